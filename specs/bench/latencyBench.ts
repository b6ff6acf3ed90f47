/**
 * Latency: a client's OutputCmd over WebSocket until its bytes reach a WebSocket-attached device,
 * against the floor of two raw `ws` hops through a relay process. Client and device live in this
 * process, so both ends read one clock. Relay and engine take turns in rounds (so load on a shared
 * machine falls on both alike); each round gives a p50 and a p99, and the figure is their median.
 */
import { performance } from 'node:perf_hooks';
import { median, quantile, type Figure } from './figures.js';
import type { WireClient } from './wireClient.js';
import { vibrateFrame } from './wireClient.js';
import type { WireDevice } from './wireDevice.js';

export interface LatencyPath {
  readonly client: WireClient;
  readonly device: WireDevice;
  readonly deviceIndex: number;
}

/** One sample: send, then wait for the device to get the bytes and the client its reply. */
const sample = async (path: LatencyPath, level: number): Promise<number> => {
  const id = path.client.id();
  const arrived = path.device.next();
  const replied = path.client.until((message) => Object.values(message)[0]!['Id'] === id);
  const sent = performance.now();
  path.client.post(vibrateFrame(id, path.deviceIndex, level));
  const { at } = await arrived;
  await replied;
  return at - sent;
};

const round = async (path: LatencyPath, samples: number) => {
  const times: number[] = [];
  for (let i = 0; i < samples; i++) times.push(await sample(path, 5 + (i % 2)));
  return { p50: quantile(times, 0.5), p99: quantile(times, 0.99) };
};

export const measureLatency = async (
  floor: LatencyPath,
  engine: LatencyPath,
  { rounds, samples }: { rounds: number; samples: number },
): Promise<Figure[]> => {
  // Warm both up (JIT, socket buffers) before anything counts.
  await round(floor, Math.min(200, samples));
  await round(engine, Math.min(200, samples));
  const floors: { p50: number; p99: number }[] = [];
  const engines: { p50: number; p99: number }[] = [];
  for (let i = 0; i < rounds; i++) {
    floors.push(await round(floor, samples));
    engines.push(await round(engine, samples));
  }
  const of = (list: { p50: number; p99: number }[], key: 'p50' | 'p99') => median(list.map((r) => r[key]));
  return [
    {
      name: 'Latency: OutputCmd to WebSocket device bytes, p50 (baseline: two-hop ws relay)',
      baseline: { value: of(floors, 'p50'), unit: 'ms' },
      measured: { value: of(engines, 'p50'), unit: 'ms' },
      better: 'lower',
      target: { on: 'ratio', op: '<=', at: 1.5 },
    },
    {
      name: 'Latency: OutputCmd to WebSocket device bytes, p99 (baseline: two-hop ws relay)',
      baseline: { value: of(floors, 'p99'), unit: 'ms' },
      measured: { value: of(engines, 'p99'), unit: 'ms' },
      better: 'lower',
      target: { on: 'ratio', op: '<=', at: 2 },
    },
  ];
};
