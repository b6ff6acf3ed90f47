/**
 * Bursts: 200 OutputCmds sent back to back, each in a frame of its own, to a WebSocket device; the
 * figure is how long after the last send the device (in this process: one clock) got the last value,
 * against the same burst through the two-hop relay. Then the safety rules under load: every request
 * answered exactly once, the device ends on the last value sent, and a StopCmd at the end of a burst
 * is not overtaken by any older value.
 */
import { performance } from 'node:perf_hooks';
import { median, type Fact, type Figure } from './figures.js';
import type { LatencyPath } from './latencyBench.js';
import { vibrateFrame } from './wireClient.js';

const BURST = 200;
/** Levels 1..19 for all but the last command, which alone is 20: its arrival is unambiguous. */
const levelAt = (i: number) => (i === BURST - 1 ? 20 : 1 + (i % 19));

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface BurstResult {
  /** ms from the last send until the device had the last value. */
  readonly lag: number;
  /** Requests answered exactly once (out of BURST, or BURST + 1 with a stop). */
  readonly answeredOnce: boolean;
  /** The level the device was left at. */
  readonly finalLevel: number | undefined;
}

const burst = async (path: LatencyPath, options: { gapMs: number; relay: boolean; stop: boolean }) => {
  const { client, device, deviceIndex } = path;
  const ids: number[] = [];
  const answers = new Map<number, number>();
  const stopWatching = client.watch((message) => {
    const id = Object.values(message)[0]!['Id'] as number;
    answers.set(id, (answers.get(id) ?? 0) + 1);
  });
  const firstArrival = device.arrivals.length;
  for (let i = 0; i < BURST; i++) {
    const id = client.id();
    ids.push(id);
    client.post(vibrateFrame(id, deviceIndex, levelAt(i)));
  }
  if (options.stop) {
    const id = client.id();
    ids.push(id);
    client.post(`[{"StopCmd":{"Id":${id},"DeviceIndex":${deviceIndex}}}]`);
  }
  const lastSent = performance.now();
  const deadline = lastSent + 10_000;
  // The last command's bytes: the relay passes the frame on as it is; the engine writes Lovense text.
  const isLast = options.stop
    ? (text: string) => /^Vibrate\d?:0;$/.test(text)
    : options.relay
      ? (text: string) => text.includes('"Value":20')
      : (text: string) => text === 'Vibrate1:20;';
  let lag = Number.NaN;
  while (performance.now() < deadline) {
    const arrival = device.arrivals.slice(firstArrival).find((a) => isLast(a.text));
    if (arrival && ids.every((id) => answers.has(id))) {
      lag = arrival.at - lastSent;
      break;
    }
    await settle(1);
  }
  // Whatever was still to come has come after two gaps.
  await settle(Math.max(50, 2 * options.gapMs));
  stopWatching();
  return {
    lag,
    answeredOnce: ids.every((id) => answers.get(id) === 1),
    finalLevel: device.lastLevel,
  } satisfies BurstResult;
};

export interface BurstPaths {
  readonly relay: LatencyPath;
  readonly gapless: LatencyPath;
  readonly gapped: LatencyPath & { readonly gapMs: number };
}

export const measureBursts = async (
  paths: BurstPaths,
  { rounds }: { rounds: number },
): Promise<{ figures: Figure[]; facts: Fact[] }> => {
  const relay: BurstResult[] = [];
  const gapless: BurstResult[] = [];
  const gapped: BurstResult[] = [];
  const stops: BurstResult[] = [];
  for (let i = 0; i < rounds; i++) {
    relay.push(await burst(paths.relay, { gapMs: 0, relay: true, stop: false }));
    gapless.push(await burst(paths.gapless, { gapMs: 0, relay: false, stop: false }));
    gapped.push(await burst(paths.gapped, { gapMs: paths.gapped.gapMs, relay: false, stop: false }));
    stops.push(await burst(paths.gapless, { gapMs: 0, relay: false, stop: true }));
    stops.push(await burst(paths.gapped, { gapMs: paths.gapped.gapMs, relay: false, stop: true }));
  }
  const lag = (results: BurstResult[]) => median(results.map((r) => r.lag));
  const relayLag = lag(relay);
  const valueRuns = [...gapless, ...gapped];
  return {
    figures: [
      {
        name: `Burst of ${BURST} to a gap-0 device: last value on the device after the last send (baseline: relay)`,
        baseline: { value: relayLag, unit: 'ms' },
        measured: { value: lag(gapless), unit: 'ms' },
        better: 'lower',
        target: { on: 'measured', op: '<=', at: 10 },
      },
      {
        name: `Burst of ${BURST} to a ${paths.gapped.gapMs} ms gap device: last value after the last send (baseline: relay)`,
        baseline: { value: relayLag, unit: 'ms' },
        measured: { value: lag(gapped), unit: 'ms' },
        better: 'lower',
        target: { on: 'measured', op: '<=', at: paths.gapped.gapMs },
      },
    ],
    facts: [
      {
        name: 'Every request of a burst answered exactly once',
        holds: [...valueRuns, ...stops].every((r) => r.answeredOnce),
        detail: `${valueRuns.length + stops.length} bursts of ${BURST} OutputCmds (some ending in a StopCmd), each Id counted`,
      },
      {
        name: 'The device ends on the last value sent',
        holds: valueRuns.every((r) => r.finalLevel === 20),
        detail: `${valueRuns.length} bursts (gap 0 and ${paths.gapped.gapMs} ms): the last \`Vibrate\` the device got is the burst's last level`,
      },
      {
        name: 'A stop is never overtaken by an older value',
        holds: stops.every((r) => r.finalLevel === 0),
        detail: `${stops.length} bursts ending in StopCmd (gap 0 and ${paths.gapped.gapMs} ms): the device is left at 0`,
      },
    ],
  };
};
