/**
 * A probe to find where the WebSocket path's time goes, not a benchmark: one engine (WebSocket server
 * transport, device WebSocket server) with a wire client and a wire device in this process. Stamps, on
 * the engine's side only (each span is synchronous engine work or a deferral inside the engine):
 * the client's frame emitted by the server socket -> `device.request` relayed to the device (the session's
 * part is over) -> the device hardware's write -> the device bytes
 * handed to the socket -> the reply frame handed to the client's socket. Run it as
 *
 *   node --import tsx specs/bench/latencyProbe.ts             (COUNT=5000 sequential OutputCmds)
 *   node --cpu-prof --import tsx specs/bench/latencyProbe.ts
 */
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { Actor } from 'xstate';
import { ButtplugServer } from '../../actors/engine/buttplugServer.js';
import { WebsocketDeviceDcm } from '../../hardware/websocketDevices/websocketDeviceDcm.js';
import { WebsocketDeviceHardware } from '../../hardware/websocketDevices/websocketDeviceHardware.js';
import { createDeviceConfig, specifiersOf } from '../../protocols/config/deviceConfig.js';
import { builtinProtocolConfigs } from '../../protocols/devices/index.js';
import { WebSocketServerTransport } from '../../transports/websocketServer.js';
import { quantile } from './figures.js';
import { vibrateFrame, WireClient } from './wireClient.js';
import { WireDevice } from './wireDevice.js';

const count = Number(process.env['COUNT'] ?? 5_000);
let arrived = 0;
let routed = 0;
let writeStarted = 0;
let bytesSent = 0;
let replySent = 0;
const ws = WebSocket.prototype as unknown as {
  emit: (event: string, ...args: unknown[]) => boolean;
  send: (...args: unknown[]) => void;
  _isServer: boolean;
};
const emit = ws.emit;
ws.emit = function (this: typeof ws, event: string, ...args: unknown[]) {
  if (event === 'message' && this._isServer) arrived = performance.now();
  return emit.call(this, event, ...args);
};
const send = ws.send;
ws.send = function (this: typeof ws, ...args: unknown[]) {
  const result = send.apply(this, args);
  if (this._isServer && typeof args[0] === 'string') replySent = performance.now();
  else if (this._isServer) bytesSent = performance.now();
  return result;
};
// The session hands the request to the device: the session's part of the frame is over.
// (`_send` is XState's internal entry for every event an actor takes, the relayed ones included.)
const actor = Actor.prototype as unknown as { _send: (event: { type: string }) => void };
const actorSend = actor._send;
actor._send = function (this: unknown, event: { type: string }) {
  if (event.type === 'device.request' && routed < arrived) routed = performance.now();
  return actorSend.call(this, event);
};
const write = WebsocketDeviceHardware.prototype.write;
WebsocketDeviceHardware.prototype.write = function (...args) {
  writeStarted = performance.now();
  return write.apply(this, args);
};

const config = createDeviceConfig(builtinProtocolConfigs(), {
  communication: { lovense: [{ transport: 'websocket', name: 'LVSDevice' }] },
});
const wireDevices = new WebsocketDeviceDcm({
  port: 0,
  deviceNames: () => specifiersOf(config, 'websocket').map((s) => s.name),
});
const server = new ButtplugServer({ deviceConfig: config, deviceCommunicationManagers: [wireDevices] });
const transport = await WebSocketServerTransport.listen({ server, port: 0, pingIntervalMs: 0 });
while (wireDevices.port === undefined) await new Promise((resolve) => setTimeout(resolve, 5));
const client = await WireClient.open(transport.url);
const listed = client.until(
  (m) => m['DeviceList'] !== undefined && Object.keys(m['DeviceList']['Devices'] as object).length > 0,
);
await client.request('StartScanning');
const device = await WireDevice.connect(`ws://127.0.0.1:${wireDevices.port}`, 'PROBE0000001');
await listed;

const spans = {
  toDevice: [] as number[],
  deviceToWrite: [] as number[],
  toWrite: [] as number[],
  write: [] as number[],
  toReply: [] as number[],
  total: [] as number[],
};
const cpu = process.cpuUsage();
for (let i = 0; i < count; i++) {
  const id = client.id();
  const got = device.next();
  const replied = client.until((message) => Object.values(message)[0]!['Id'] === id);
  client.post(vibrateFrame(id, 0, 5 + (i % 2)));
  await got;
  await replied;
  if (i < count / 5) continue; // warm-up
  spans.toDevice.push(routed - arrived);
  spans.deviceToWrite.push(writeStarted - routed);
  spans.toWrite.push(writeStarted - arrived);
  spans.write.push(bytesSent - writeStarted);
  spans.toReply.push(replySent - bytesSent);
  spans.total.push(replySent - arrived);
}
const used = process.cpuUsage(cpu);
for (const [name, list] of Object.entries(spans))
  process.stderr.write(
    `${name}: p50 ${(quantile(list, 0.5) * 1000).toFixed(1)} µs, p99 ${(quantile(list, 0.99) * 1000).toFixed(1)} µs\n`,
  );
process.stderr.write(
  `process CPU per command (client, device and engine): ${((used.user + used.system) / count).toFixed(1)} µs\n`,
);
await client.close();
await device.close();
await transport.close();
await server.shutdown();
