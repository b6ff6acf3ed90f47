/**
 * Throughput against the minimal correct server (fastPathHost.ts `minimal`: JSON.parse, one device write,
 * Ok), both in child processes: requests per second one at a time and with 64 in flight, and the
 * server's CPU per request (`process.cpuUsage` in the server process: the figure that load on a shared
 * machine disturbs least). Minimal server and engine take turns in rounds; figures are medians of rounds.
 */
import { performance } from 'node:perf_hooks';
import { median, type Figure } from './figures.js';
import type { HostProcess } from './hostProcess.js';
import { vibrateFrame, type WireClient } from './wireClient.js';

export interface Target {
  readonly client: WireClient;
  readonly host: HostProcess<unknown>;
  /** The index of a simulated Lovense Edge (the minimal server takes any). */
  readonly deviceIndex: number;
}

type Kind = 'OutputCmd' | 'Ping';

const frameFor = (kind: Kind, client: WireClient, deviceIndex: number, i: number): { id: number; text: string } => {
  const id = client.id();
  return {
    id,
    text: kind === 'Ping' ? `[{"Ping":{"Id":${id}}}]` : vibrateFrame(id, deviceIndex, 1 + (i % 20)),
  };
};

/** `total` requests with `window` always in flight: requests/s, and server CPU µs per request. */
const run = async (target: Target, kind: Kind, total: number, window: number) => {
  const { client, deviceIndex } = target;
  const cpuBefore = await target.host.ask<number>('cpu');
  let sent = 0;
  let answered = 0;
  const started = performance.now();
  await new Promise<void>((resolve) => {
    const pending = new Set<number>();
    const sendOne = () => {
      const { id, text } = frameFor(kind, client, deviceIndex, sent++);
      pending.add(id);
      client.post(text);
    };
    const stop = client.watch((message) => {
      const id = Object.values(message)[0]!['Id'] as number;
      if (!pending.delete(id)) return;
      answered++;
      if (sent < total) sendOne();
      else if (answered === total) {
        stop();
        resolve();
      }
    });
    for (let i = 0; i < Math.min(window, total); i++) sendOne();
  });
  const seconds = (performance.now() - started) / 1000;
  const cpu = (await target.host.ask<number>('cpu')) - cpuBefore;
  return { rate: total / seconds, cpuPerRequest: cpu / total };
};

export const measureThroughput = async (
  minimal: Target,
  engine: Target,
  { rounds, requests }: { rounds: number; requests: number },
): Promise<Figure[]> => {
  const cases: { name: string; kind: Kind; window: number; total: number; target?: number }[] = [
    { name: 'OutputCmd request/response', kind: 'OutputCmd', window: 1, total: Math.ceil(requests / 4), target: 0.5 },
    { name: 'OutputCmd pipelined (64 in flight)', kind: 'OutputCmd', window: 64, total: requests, target: 0.5 },
    { name: 'Ping pipelined (64 in flight)', kind: 'Ping', window: 64, total: requests, target: 0.7 },
  ];
  const figures: Figure[] = [];
  for (const test of cases) {
    await run(minimal, test.kind, Math.ceil(test.total / 4), test.window); // warm-up
    await run(engine, test.kind, Math.ceil(test.total / 4), test.window);
    const base: { rate: number; cpuPerRequest: number }[] = [];
    const ours: { rate: number; cpuPerRequest: number }[] = [];
    for (let i = 0; i < rounds; i++) {
      base.push(await run(minimal, test.kind, test.total, test.window));
      ours.push(await run(engine, test.kind, test.total, test.window));
    }
    figures.push({
      name: `Throughput: ${test.name}, requests/s (baseline: minimal correct server)`,
      baseline: { value: median(base.map((r) => r.rate)), unit: '/s' },
      measured: { value: median(ours.map((r) => r.rate)), unit: '/s' },
      better: 'higher',
      ...(test.target ? { target: { on: 'ratio', op: '>=', at: test.target } as const } : {}),
    });
    figures.push({
      name: `Server CPU per request: ${test.name} (baseline: minimal correct server)`,
      baseline: { value: median(base.map((r) => r.cpuPerRequest)), unit: 'µs' },
      measured: { value: median(ours.map((r) => r.cpuPerRequest)), unit: 'µs' },
      better: 'lower',
    });
  }
  return figures;
};
