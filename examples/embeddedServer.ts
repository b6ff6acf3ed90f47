/**
 * An engine embedded in your own Node program: simulated devices, served over WebSocket.
 * Run: npx tsx examples/embeddedServer.ts [port]   (then connect any Buttplug client; Ctrl-C stops it)
 */
import { ButtplugServer, SimulatedDcm, WebSocketServerTransport } from 'buttplug-actors';

const port = Number(process.argv[2] ?? 12345);
const server = new ButtplugServer({
  serverName: 'embedded example',
  deviceCommunicationManagers: [new SimulatedDcm({ devices: [{ name: 'LVS-Edge' }, { name: 'LVS-Nora' }] })],
});
const websocket = await WebSocketServerTransport.listen({ server, port });
console.log(`connect to ${websocket.url}`);

// Ctrl-C: every device stops and every session closes before the program ends.
process.once('SIGINT', async () => {
  await websocket.close();
  await server.shutdown();
  console.log('stopped');
});
