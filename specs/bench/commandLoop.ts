/**
 * A command loop to profile, not a benchmark: one embedded engine with a simulated Lovense Edge takes
 * `COUNT` OutputCmds (default 20,000), each awaited. Run it under a profiler:
 *
 *   node --cpu-prof --import tsx specs/bench/commandLoop.ts
 *   valgrind --tool=callgrind node --import tsx specs/bench/commandLoop.ts   (instruction counts)
 *
 * `MODE=ping` sends Pings instead; `MODE=pipelined` keeps 64 OutputCmds in flight.
 */
import { ButtplugServer } from '../../actors/engine/buttplugServer.js';
import { SimulatedDcm } from '../../hardware/simulated/simulatedDcm.js';
import { textSession } from '../support/textSession.js';
import { vibrateFrame } from './wireClient.js';

const count = Number(process.env['COUNT'] ?? 20_000);
const mode = process.env['MODE'] ?? 'output';

const server = new ButtplugServer({
  deviceCommunicationManagers: [new SimulatedDcm({ devices: [{ name: 'LVS-Edge', address: 'LOOP00000001' }] })],
});
const { send, handshake, scanUntil } = textSession(server);
await handshake('loop');
await scanUntil('"DeviceList"');

const frame = (i: number) => (id: number) =>
  mode === 'ping' ? `[{"Ping":{"Id":${id}}}]` : vibrateFrame(id, 0, 1 + (i % 20));
const started = process.cpuUsage();
if (mode === 'pipelined') {
  let i = 0;
  const lane = async () => {
    while (i < count) await send(frame(i++));
  };
  await Promise.all(Array.from({ length: 64 }, lane));
} else for (let i = 0; i < count; i++) await send(frame(i));
const used = process.cpuUsage(started);
process.stderr.write(`${mode}: ${((used.user + used.system) / count).toFixed(1)} µs CPU per command\n`);
await server.shutdown();
