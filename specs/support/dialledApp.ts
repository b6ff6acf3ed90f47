/**
 * An app that runs the WebSocket server the engine dials out to (`--websocket-client-address`),
 * recording each connection it gets: what it received and how it closed. Closed with the test.
 */
import { WebSocketServer, type ServerOptions, type WebSocket } from 'ws';
import { onCleanup } from './engine.js';
import { MessageLog } from './rawWebSocket.js';

export interface DialledConnection {
  readonly socket: WebSocket;
  readonly log: MessageLog;
  closed?: { code: number; reason: string };
}

export const startDialledApp = async (port = 0, options: ServerOptions = {}) => {
  const wss = new WebSocketServer({ host: '127.0.0.1', port, ...options });
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  const connections: DialledConnection[] = [];
  wss.on('connection', (socket) => {
    const connection: DialledConnection = { socket, log: new MessageLog() };
    socket.on('message', (data) => connection.log.add(String(data)));
    socket.on('close', (code, reason) => (connection.closed = { code, reason: String(reason) }));
    connections.push(connection);
  });
  onCleanup(
    () =>
      new Promise<void>((resolve) => {
        for (const { socket } of connections) socket.terminate();
        wss.close(() => resolve());
      }),
  );
  return { wss, connections, port: (wss.address() as { port: number }).port };
};
