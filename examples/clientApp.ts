/**
 * A client app: connects to an engine (Intiface, `npm start`, or examples/embeddedServer.ts), scans,
 * and gives each device something it can do, whatever kind of device it is.
 * Run: npx tsx examples/clientApp.ts [ws://127.0.0.1:12345]
 */
import { ButtplugClient, WebSocketConnector, type ButtplugClientDevice } from 'buttplug-actors';

const url = process.argv[2] ?? 'ws://127.0.0.1:12345';
const client = new ButtplugClient('example app');
client.on('deviceadded', (device) => console.log(`found ${device.name} at index ${device.index}`));
client.on('deviceremoved', (device) => console.log(`lost ${device.name}`));

/** A short pulse with the first output the device has; devices without any are left alone. */
const pulse = async (device: ButtplugClientDevice): Promise<string> => {
  if (device.hasOutput('Vibrate')) await device.vibrate(0.4);
  else if (device.hasOutput('Oscillate')) await device.oscillate(0.4);
  else if (device.hasOutput('Rotate')) await device.rotate(0.4);
  else if (device.hasOutput('Position')) await device.position(0.5);
  else return 'nothing to do';
  await new Promise((resolve) => setTimeout(resolve, 300));
  await device.stop();
  return 'pulsed';
};

await client.connect(new WebSocketConnector(url));
const scanned = new Promise<void>((resolve) => client.once('scanningfinished', () => resolve()));
await client.startScanning();
await scanned; // the devices this scan found are in client.devices now

for (const device of client.devices) console.log(`${device.name}: ${await pulse(device)}`);
await client.disconnect();
