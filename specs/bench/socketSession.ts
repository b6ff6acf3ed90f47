import type { WebSocket } from 'ws';
import { frameTransport, type ButtplugServer } from '../../actors/engine/buttplugServer.js';

/** One engine session per bare `ws` socket: the bench hosts' thinnest WebSocket front (no bounds, no keepalive). */
export const serveSession = (engine: ButtplugServer, socket: WebSocket): void => {
  const session = engine.connect(
    frameTransport(
      (text) => socket.send(text),
      () => socket.close(),
    ),
  );
  socket.on('message', (data) => session.receive(String(data)));
  socket.on('close', () => session.close());
};
