/**
 * Heap, measured in the host processes after full collections (`--expose-gc`), against the heap of one
 * bare `ws` connection (a server that answers every frame and keeps nothing): per idle session (a
 * connection that handshook and does nothing), per engine (a ButtplugServer with no managers, devices or
 * sessions) and per device (from the scale benchmark: 1,000 simulated devices connected and listed).
 */
import type { Figure } from './figures.js';
import type { HostProcess } from './hostProcess.js';
import { WireClient } from './wireClient.js';

const KiB = 1024;

/** Heap growth per connection for `count` open connections, handshaken or not. */
export const heapPerConnection = async (
  host: HostProcess<{ url: string }>,
  count: number,
  handshake: boolean,
): Promise<number> => {
  // Warm-up: the first connections compile the code they run (on the heap too); only the rest count.
  const warm = await Promise.all(Array.from({ length: 20 }, () => WireClient.open(host.ready.url, handshake)));
  await Promise.all(warm.map((client) => client.close()));
  const before = await host.ask<number>('heap');
  const clients: WireClient[] = [];
  for (let i = 0; i < count; i++) clients.push(await WireClient.open(host.ready.url, handshake));
  const perConnection = ((await host.ask<number>('heap')) - before) / count;
  await Promise.all(clients.map((client) => client.close()));
  return perConnection;
};

export const memoryFigures = (
  bareConnection: number,
  { perSession, perEngine, perDevice }: { perSession: number; perEngine: number; perDevice: number },
): Figure[] => {
  const baseline = { value: bareConnection / KiB, unit: 'KiB' } as const;
  return [
    {
      name: 'Heap per idle session, its connection included (baseline: a bare ws connection)',
      baseline,
      measured: { value: perSession / KiB, unit: 'KiB' },
      better: 'lower',
      target: { on: 'ratio', op: '<=', at: 2 },
    },
    {
      name: 'Heap per engine: a ButtplugServer with nothing connected (baseline: a bare ws connection)',
      baseline,
      measured: { value: perEngine / KiB, unit: 'KiB' },
      better: 'lower',
      target: { on: 'measured', op: '<=', at: 20 },
    },
    {
      name: 'Heap per device: 1,000 simulated devices connected and listed (baseline: a bare ws connection)',
      baseline,
      measured: { value: perDevice / KiB, unit: 'KiB' },
      better: 'lower',
      target: { on: 'measured', op: '<=', at: 8 },
    },
  ];
};
