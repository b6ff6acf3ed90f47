/**
 * A server in its own process for the memory benchmarks, started with `--expose-gc` so it can report
 * its heap after a full collection (asked over the IPC channel). Modes:
 * - `relay`: the baseline, a bare `ws` server answering every frame without doing anything;
 * - `sessions`: one engine, every connection a session of it;
 * - `engines`: every connection its own engine (the command line's `--concurrent-sessions`).
 */
import { WebSocketServer } from 'ws';
import { ButtplugServer } from '../../actors/engine/buttplugServer.js';
import { SimulatedDcm } from '../../hardware/simulated/simulatedDcm.js';
import { WebSocketServerTransport } from '../../transports/websocketServer.js';
import { serveSession } from './socketSession.js';

const mode = process.argv[2];
const engineOptions = () => ({ deviceCommunicationManagers: [new SimulatedDcm({ devices: [{ name: 'LVS-Edge' }] })] });

const listening = async (): Promise<string> => {
  if (mode === 'engines') {
    const transport = await WebSocketServerTransport.listen({
      createServer: () => new ButtplugServer(engineOptions()),
      port: 0,
      pingIntervalMs: 0,
    });
    return transport.url;
  }
  const engine = mode === 'sessions' ? new ButtplugServer(engineOptions()) : undefined;
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  wss.on('connection', (socket) => {
    if (!engine) {
      socket.on('message', (data) => {
        const frame = JSON.parse(String(data)) as Record<string, { Id: number }>[];
        socket.send(JSON.stringify(frame.map((message) => ({ Ok: { Id: Object.values(message)[0]!.Id } }))));
      });
      return;
    }
    serveSession(engine, socket);
  });
  await new Promise((resolve) => wss.once('listening', resolve));
  const address = wss.address();
  return `ws://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
};

const gc = (globalThis as { gc?: () => void }).gc;
process.on('message', () => {
  gc?.();
  gc?.();
  process.send?.({ heapUsed: process.memoryUsage().heapUsed });
});

console.log(JSON.stringify({ urls: [await listening()] }));
