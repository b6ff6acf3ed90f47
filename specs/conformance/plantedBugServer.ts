/**
 * Buttplug servers with planted bugs, for the conformance harness's own tests: a proxy in front of a
 * correct engine (its client port and its device port) that breaks exactly one rule, so a test can
 * show that server mode catches that bug and nothing else changes. With no bug the proxy is
 * transparent (and the harness passes through it).
 */
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import { onCleanup } from '../support/engine.js';

export interface PlantedBugs {
  /** When the client leaves, nothing more reaches the devices: they keep running. */
  readonly keepsDevicesRunning?: boolean;
  /** Every Ok is sent twice. */
  readonly answersTwice?: boolean;
  /** DeviceList advertises this message gap, which the engine behind does not keep. */
  readonly advertisesGapMs?: number;
}

const listen = async (onConnection: (socket: WebSocket) => void): Promise<{ url: string; server: WebSocketServer }> => {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  server.on('connection', (socket) => {
    socket.on('error', () => {});
    onConnection(socket);
  });
  onCleanup(async () => {
    for (const client of server.clients) client.terminate();
    await new Promise((resolve) => server.close(resolve));
  });
  return { url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
};

/** Joins a downstream socket to a new upstream one; `transform` may rewrite (or drop, or repeat) downstream-bound frames. */
const pipe = (
  downstream: WebSocket,
  upstreamUrl: string,
  transform: (data: RawData, isBinary: boolean) => readonly (RawData | string)[] = (data) => [data],
): WebSocket => {
  const upstream = new WebSocket(upstreamUrl);
  upstream.on('error', () => {});
  const pending: { data: RawData; isBinary: boolean }[] = [];
  downstream.on('message', (data, isBinary) => {
    if (upstream.readyState === WebSocket.OPEN) upstream.send(data, { binary: isBinary });
    else pending.push({ data, isBinary });
  });
  upstream.on('open', () => {
    for (const { data, isBinary } of pending.splice(0)) upstream.send(data, { binary: isBinary });
  });
  upstream.on('message', (data, isBinary) => {
    for (const frame of transform(data, isBinary))
      if (downstream.readyState === WebSocket.OPEN) downstream.send(frame, { binary: isBinary });
  });
  upstream.on('close', (code, reason) => downstream.close(code === 1005 ? 1000 : code, reason));
  downstream.on('close', () => upstream.close());
  return upstream;
};

/** A proxy with the given bugs in front of an engine's client port (and device port, if it has one). */
export const startPlantedBugServer = async (
  engine: { readonly url: string; readonly deviceUrl?: string },
  bugs: PlantedBugs = {},
): Promise<{ url: string; deviceUrl?: string }> => {
  let clients = 0;
  const client = await listen((socket) => {
    clients++;
    socket.on('close', () => clients--);
    pipe(socket, engine.url, (data) => {
      let text = String(data);
      if (bugs.advertisesGapMs !== undefined && text.includes('"DeviceList"'))
        text = text.replace(/"DeviceMessageTimingGap":\d+/g, `"DeviceMessageTimingGap":${bugs.advertisesGapMs}`);
      const repeat = bugs.answersTwice === true && /^\[\{"Ok":\{"Id":[1-9]/.test(text);
      return repeat ? [text, text] : [text];
    });
  });
  if (engine.deviceUrl === undefined) return { url: client.url };
  const devices = await listen((socket) =>
    pipe(socket, engine.deviceUrl!, (data) => (bugs.keepsDevicesRunning === true && clients === 0 ? [] : [data])),
  );
  return { url: client.url, deviceUrl: devices.url };
};
