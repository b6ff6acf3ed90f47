/**
 * A web page's script: the browser build of the client (`buttplug-actors/browser`, nothing from Node),
 * connecting to an engine with the browser's own WebSocket. Bundle it with any bundler, e.g.
 * `npx esbuild examples/browserPage/app.ts --bundle --format=esm --outfile=examples/browserPage/app.js`,
 * then open index.html?engine=ws://127.0.0.1:12345 beside a running engine.
 */
import { BrowserWebSocketConnector, ButtplugClient } from 'buttplug-actors/browser';

const engine = new URLSearchParams(location.search).get('engine') ?? 'ws://127.0.0.1:12345';
const list = document.querySelector('#devices')!;
const status = document.querySelector('#status')!;

const client = new ButtplugClient('browser example');
client.on('deviceadded', (device) => {
  const item = document.createElement('li');
  item.textContent = device.name;
  if (device.hasOutput('Vibrate')) {
    const button = document.createElement('button');
    button.textContent = 'vibrate';
    button.onclick = () => void device.vibrate(0.5).then(() => device.stop());
    item.append(' ', button);
  }
  list.append(item);
});

try {
  await client.connect(new BrowserWebSocketConnector(engine));
  status.textContent = 'scanning';
  const scanned = new Promise<void>((resolve) => client.once('scanningfinished', () => resolve()));
  await client.startScanning();
  await scanned;
  status.textContent = `found ${client.devices.length} devices`;
} catch (error) {
  status.textContent = `cannot connect to ${engine}: ${String(error)}`;
}
