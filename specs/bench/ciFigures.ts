/**
 * The short check CI can run (`npm run bench -- --check --short`): a few figures that load on a shared
 * machine cannot move much, all in this process, well under a minute.
 * - Counts, not times: XState events per OutputCmd against a Ping through the same engine (the
 *   per-command event budget of the hot path), and DeviceList messages while 200 devices arrive
 *   (traffic linear in devices). The same code gives the same counts on any machine, however busy.
 * - One time, as a ratio of two things the same load falls on alike: CPU per OutputCmd against CPU per
 *   Ping through the same engine and session, taken back to back in 9 rounds, the median of their ratios.
 */
import type { InspectionEvent } from 'xstate';
import { ButtplugServer } from '../../actors/engine/buttplugServer.js';
import { SimulatedDcm } from '../../hardware/simulated/simulatedDcm.js';
import { textSession } from '../support/textSession.js';
import { median, WARM_UP_COMMANDS, type Figure } from './figures.js';
import { vibrateFrame } from './wireClient.js';

const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return user + system;
};

/** One embedded engine, its session driven with text frames; replies matched by Id without parsing. */
const embeddedEngine = async (devices: number) => {
  let events = 0;
  const server = new ButtplugServer({
    deviceCommunicationManagers: [
      new SimulatedDcm({
        devices: Array.from({ length: devices }, (_, i) => ({
          name: 'LVS-Edge',
          address: `CI${i.toString().padStart(10, '0')}`,
        })),
      }),
    ],
    inspect: (event: InspectionEvent) => {
      if (event.type === '@xstate.event') events++;
    },
  });
  const heard: string[] = [];
  const { send, handshake, scanUntil } = textSession(server, (text) => heard.push(text));
  await handshake('ci');
  heard.length = 0;
  await scanUntil('"ScanningFinished"');
  const deviceLists = heard.reduce((count, text) => count + (text.match(/"DeviceList"/g)?.length ?? 0), 0);
  return {
    server,
    deviceLists,
    events: () => events,
    ping: () => send((id) => `[{"Ping":{"Id":${id}}}]`),
    // The level changes with every command: an unchanged level is not written again.
    vibrate: (i: number) => send((id) => vibrateFrame(id, 0, 1 + (i % 20))),
  };
};

const perCall = async (count: number, step: (i: number) => Promise<void>, read: () => number) => {
  const before = read();
  for (let i = 0; i < count; i++) await step(i);
  return (read() - before) / count;
};

export const measureCiFigures = async (): Promise<Figure[]> => {
  const engine = await embeddedEngine(1);
  // Counted after a warm-up, when nothing but the commands runs (no scan, no timers due), and timed once
  // V8 has optimised the path (figures.ts, WARM_UP_COMMANDS).
  await perCall(WARM_UP_COMMANDS, engine.vibrate, engine.events);
  await perCall(WARM_UP_COMMANDS, engine.ping, engine.events);
  const eventsPerOutput = await perCall(500, engine.vibrate, engine.events);
  const eventsPerPing = await perCall(500, engine.ping, engine.events);
  // Each round's ratio pairs two measures taken back to back, under the same load; the median of the
  // rounds' ratios is what is checked (the Ping figure times it is shown as the measured one).
  const ratios: number[] = [];
  const pings: number[] = [];
  for (let round = 0; round < 9; round++) {
    const output = await perCall(1_000, engine.vibrate, cpuNow);
    const ping = await perCall(3_000, engine.ping, cpuNow);
    pings.push(ping);
    ratios.push(output / ping);
  }
  await engine.server.shutdown();
  const scale = await embeddedEngine(200);
  await scale.server.shutdown();
  return [
    {
      name: 'CI: XState events per in-process OutputCmd (baseline: per Ping through the same engine)',
      baseline: { value: eventsPerPing, unit: '' },
      measured: { value: eventsPerOutput, unit: '' },
      better: 'lower',
    },
    {
      name: 'CI: CPU per in-process OutputCmd (baseline: a Ping through the same engine, in turns)',
      baseline: { value: median(pings), unit: 'µs' },
      measured: { value: median(pings) * median(ratios), unit: 'µs' },
      better: 'lower',
    },
    {
      name: 'CI: DeviceList messages while 200 simulated devices are added (baseline: one)',
      baseline: { value: 1, unit: '' },
      measured: { value: scale.deviceLists, unit: '' },
      better: 'lower',
    },
  ];
};
