/**
 * The baselines of the fast-path benchmarks, each in a child process of its own (see hostProcess.ts);
 * nothing of the engine is loaded here. Modes:
 *
 * - `bare`: a bare `ws` server that answers every frame with an empty array, for heap per connection.
 * - `relay`: the latency floor, two raw `ws` hops: a client frame is passed on, as it is, to the device
 *   connected at `/device`, and answered with Ok.
 * - `minimal`: the minimal correct server (minimalServer.ts); RequestDeviceList answered from a text the
 *   benchmark sets (`setDeviceList`).
 */
import { WebSocketServer, type WebSocket } from 'ws';
import { announceReady, serveQuestions } from './hostProcess.js';
import { minimalServer } from './minimalServer.js';

export interface HostReady {
  /** Where clients connect. */
  readonly url: string;
  /** Where wire devices connect (engine and relay). */
  readonly deviceUrl?: string;
}

const mode = process.argv[2];

const listen = async (): Promise<WebSocketServer> => {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false });
  await new Promise((resolve) => wss.once('listening', resolve));
  return wss;
};
const urlOf = (wss: WebSocketServer, path = '') => {
  const address = wss.address();
  return `ws://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}${path}`;
};

/** The Id of every message of a frame, without a full parse (the relay does not parse). */
const ids = (text: string): number[] => [...text.matchAll(/"Id":(\d+)/g)].map((match) => Number(match[1]));
const okFrame = (text: string) => `[${ids(text).map((id) => `{"Ok":{"Id":${id}}}`)}]`;

const startBare = async (): Promise<HostReady> => {
  const wss = await listen();
  wss.on('connection', (socket) => socket.on('message', () => socket.send('[]')));
  serveQuestions();
  return { url: urlOf(wss) };
};

const startRelay = async (): Promise<HostReady> => {
  const wss = await listen();
  let device: WebSocket | undefined;
  wss.on('connection', (socket, request) => {
    if (request.url === '/device') {
      device = socket;
      return;
    }
    socket.on('message', (data) => {
      device?.send(data as Buffer, { binary: true });
      socket.send(okFrame(String(data)));
    });
  });
  serveQuestions();
  return { url: urlOf(wss), deviceUrl: urlOf(wss, '/device') };
};

const startMinimal = async (): Promise<HostReady> => {
  const wss = await listen();
  const server = minimalServer();
  wss.on('connection', (socket) => socket.on('message', (data) => socket.send(server.handle(String(data)))));
  serveQuestions({
    setDeviceList: (text) => server.setDeviceList(String(text)),
    written: () => server.written,
  });
  return { url: urlOf(wss) };
};

const starters: Record<string, () => Promise<HostReady>> = {
  bare: startBare,
  relay: startRelay,
  minimal: startMinimal,
};
const start = mode === undefined ? undefined : starters[mode];
if (!start) throw new Error(`unknown baseline host mode ${mode}`);
announceReady(await start());
