/**
 * `npm run demo`: an embedded engine with a simulated Lovense Edge, driven by a client in the same
 * process. Shows the whole path: scan, device added, vibrate, battery, what the device received.
 */
import { ButtplugServer } from './actors/engine/buttplugServer.js';
import { ButtplugClient } from './actors/client/buttplugClient.js';
import { SimulatedDcm } from './hardware/simulated/simulatedDcm.js';
import { EmbeddedConnector } from './transports/embeddedConnector.js';

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const main = async () => {
  const simulated = new SimulatedDcm({ devices: [{ name: 'LVS-Edge', address: 'SIM-EDGE-1' }] });
  const server = new ButtplugServer({ serverName: 'buttplug-actors demo', deviceCommunicationManagers: [simulated] });
  const client = new ButtplugClient('demo client');
  client.on('deviceadded', (device) => console.log(`device added: #${device.index} ${device.name}`));

  await client.connect(new EmbeddedConnector(server));
  console.log(`connected to "${client.serverInfo?.ServerName}" (spec v${client.serverInfo?.ProtocolVersionMajor})`);
  const found = new Promise<void>((resolve) => client.once('deviceadded', () => resolve()));
  await client.startScanning();
  await found;

  const [edge] = client.devices;
  if (!edge) throw new Error('the simulated device did not appear');
  console.log('vibrating at 50%, then motor 2 at 100%');
  await edge.vibrate(0.5);
  await edge.vibrate([0.5, 1]);
  console.log(`battery: ${Math.round((await edge.battery()) * 100)}%`);
  await delay(50);
  await edge.stop();
  await client.disconnect();
  await server.shutdown();
  console.log('the device received:', simulated.hardware('SIM-EDGE-1')?.writtenText.join(' '));
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
