/**
 * The benchmarks' baseline: a bare `ws` server in its own process that answers each frame the way a
 * server that does nothing would (`[{"Ping":{"Id":n}}]` -> `[{"Ok":{"Id":n}}]`). Prints its URL.
 */
import { WebSocketServer } from 'ws';

const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
server.on('connection', (socket) => {
  socket.on('message', (data) => {
    const frame = JSON.parse(String(data)) as Record<string, { Id: number }>[];
    socket.send(JSON.stringify(frame.map((message) => ({ Ok: { Id: Object.values(message)[0]!.Id } }))));
  });
});
server.on('listening', () => {
  const address = server.address();
  if (address !== null && typeof address === 'object') console.log(JSON.stringify({ urls: [`ws://127.0.0.1:${address.port}`] }));
});
