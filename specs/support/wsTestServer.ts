/**
 * A minimal WebSocket front for an engine, for interop tests with published clients: each
 * connection is a session fed text frames. (Stands in until the real server transport lands.)
 */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';
import { WebSocketServer } from 'ws';
import { frameTransport, type ButtplugServer } from '../../actors/buttplugServer.js';

const open: WebSocketServer[] = [];

afterEach(async () => {
  for (const wss of open.splice(0)) {
    for (const client of wss.clients) client.terminate();
    await new Promise((resolve) => wss.close(resolve));
  }
});

/** Serves `server` on a free local port; returns the ws:// address. */
export const serveOverWebSocket = async (server: ButtplugServer): Promise<string> => {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  open.push(wss);
  wss.on('connection', (socket) => {
    const session = server.connect(frameTransport((text) => socket.send(text), () => socket.close()));
    socket.on('message', (data) => session.receive(String(data)));
    socket.on('close', () => session.close());
  });
  await once(wss, 'listening');
  return `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`;
};
