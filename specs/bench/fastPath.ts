/**
 * The fast-path benchmarks (issue 11): latency, throughput, bursts, scale, heap and engines side by
 * side, each figure against a baseline measured in the same run. Every server runs in a child process
 * of its own; they are all started first (in parallel), then measured one at a time.
 */
import { measureBursts } from './burstBench.js';
import type { HostReady } from './baselineHost.js';
import type { Fact, Figure } from './figures.js';
import { startHost, type HostProcess } from './hostProcess.js';
import { measureLatency, type LatencyPath } from './latencyBench.js';
import { heapPerConnection, memoryFigures } from './memoryBench.js';
import { measureScale } from './scaleBench.js';
import { measureThroughput } from './throughputBench.js';
import { WireClient } from './wireClient.js';
import { WireDevice } from './wireDevice.js';

export interface FastPathOptions {
  /** The CI version: fewer rounds and samples, same figures. */
  readonly short: boolean;
  readonly progress: (line: string) => void;
}

export interface FastPathResults {
  readonly figures: Figure[];
  readonly facts: Fact[];
}

const GAP_MS = 50;
const SCALE_DEVICES = 1_000;

/** The DeviceList index of the device that appears when `connect` runs. */
const indexOfNewDevice = async (client: WireClient, connect: () => Promise<WireDevice>) => {
  const known = new Set<string>();
  const stop = client.watch((message) => {
    const list = message['DeviceList'];
    if (list) for (const index of Object.keys(list['Devices'] as object)) known.add(index);
  });
  const before = new Set(known);
  const listed = await client.request('RequestDeviceList');
  for (const index of Object.keys(listed['DeviceList']!['Devices'] as object)) before.add(index);
  const device = await connect();
  const { message } = await client.until((m) =>
    Object.keys((m['DeviceList']?.['Devices'] as object | undefined) ?? {}).some((index) => !before.has(index)),
  );
  stop();
  const index = Object.keys(message['DeviceList']!['Devices'] as object).find((i) => !before.has(i))!;
  return { device, deviceIndex: Number(index) };
};

export const runFastPath = async ({ short, progress }: FastPathOptions): Promise<FastPathResults> => {
  const figures: Figure[] = [];
  const facts: Fact[] = [];
  const report = (more: Figure[]) => {
    figures.push(...more);
    for (const figure of more)
      progress(
        `  ${figure.name}: ${figure.measured.value.toFixed(3)} vs ${figure.baseline.value.toFixed(3)} (${(figure.measured.value / figure.baseline.value).toFixed(2)}x)`,
      );
  };

  progress('fast path: starting the hosts (relay, minimal server, engines, bare ws, in-process)...');
  const hosts: HostProcess<unknown>[] = [];
  const start = async <Ready = HostReady>(script: string, ...args: string[]) => {
    const host = await startHost<Ready>(`specs/bench/${script}.ts`, ...args);
    hosts.push(host);
    return host;
  };
  try {
    const [relay, minimal, engine, scaleEngine, bare, sessions, inProcess] = await Promise.all([
      start('baselineHost', 'relay'),
      start('baselineHost', 'minimal'),
      start('engineHost', 'engine', '--simulate', '1', '--gap', `GAPPED000001=${GAP_MS}`),
      start('engineHost', 'engine', '--simulate', String(SCALE_DEVICES)),
      start('baselineHost', 'bare'),
      start('engineHost', 'sessions'),
      start<Record<string, never>>('inProcessHost'),
    ]);

    // The wire devices and clients.
    const relayClient = await WireClient.open(relay.ready.url, false);
    const relayPath: LatencyPath = {
      client: relayClient,
      device: await WireDevice.connect(relay.ready.deviceUrl!, 'RELAY0000001'),
      deviceIndex: 0,
    };
    const engineClient = await WireClient.open(engine.ready.url);
    const simulated = firstListedIndex(engineClient);
    await engineClient.request('StartScanning');
    const simulatedIndex = await simulated;
    const gapless = await indexOfNewDevice(engineClient, () =>
      WireDevice.connect(engine.ready.deviceUrl!, 'GAPLESS00001'),
    );
    const gapped = await indexOfNewDevice(engineClient, () =>
      WireDevice.connect(engine.ready.deviceUrl!, 'GAPPED000001'),
    );
    const enginePath: LatencyPath = { client: engineClient, ...gapless };

    progress('[1/6] latency: client -> WebSocket device, against two raw ws hops...');
    report(
      await measureLatency(relayPath, enginePath, short ? { rounds: 3, samples: 300 } : { rounds: 5, samples: 1_000 }),
    );

    progress('[2/6] bursts of 200 commands, gap 0 and gapped...');
    const bursts = await measureBursts(
      { relay: relayPath, gapless: enginePath, gapped: { client: engineClient, ...gapped, gapMs: GAP_MS } },
      { rounds: short ? 2 : 5 },
    );
    report(bursts.figures);
    facts.push(...bursts.facts);

    progress('[3/6] throughput and server CPU per request, against the minimal correct server...');
    const minimalClient = await WireClient.open(minimal.ready.url, false);
    report(
      await measureThroughput(
        { client: minimalClient, host: minimal, deviceIndex: 0 },
        { client: engineClient, host: engine, deviceIndex: simulatedIndex },
        short ? { rounds: 3, requests: 4_000 } : { rounds: 5, requests: 20_000 },
      ),
    );
    await minimalClient.close();

    progress('[4/6] CPU per in-process OutputCmd; 100 engines in one process...');
    const cpu = await inProcess.ask<{ engine: number; baseline: number }>(
      'outputCpu',
      short ? { rounds: 3, count: 1_000 } : { rounds: 5, count: 2_000 },
    );
    const many = await inProcess.ask<{
      cpuAlone: number;
      cpuSpread: number;
      independent: boolean;
      detail: Record<string, boolean>;
    }>('engines', { count: 100, ...(short ? { rounds: 3, commands: 500 } : { rounds: 5, commands: 1_000 }) });
    report([
      {
        name: 'CPU per in-process OutputCmd, written and answered (baseline: the minimal server in process)',
        baseline: { value: cpu.baseline, unit: 'µs' },
        measured: { value: cpu.engine, unit: 'µs' },
        better: 'lower',
        target: { on: 'measured', op: '<=', at: 80 },
      },
      {
        name: 'CPU per OutputCmd spread over 100 engines in one process (baseline: one engine alone)',
        baseline: { value: many.cpuAlone, unit: 'µs' },
        measured: { value: many.cpuSpread, unit: 'µs' },
        better: 'lower',
      },
    ]);
    facts.push({
      name: '100 engines in one process stay independent',
      holds: many.independent,
      detail:
        "each device ends on its own engine's level; closing one session stops only its device; shutting one engine down leaves the others answering (" +
        Object.entries(many.detail)
          .map(([check, ok]) => `${check}: ${ok ? 'yes' : 'no'}`)
          .join(', ') +
        ')',
    });

    progress(`[5/6] scale: ${SCALE_DEVICES} simulated devices...`);
    const scale = await measureScale(scaleEngine, minimal, {
      devices: SCALE_DEVICES,
      roundTripCount: short ? 10 : 30,
    });
    report(scale.figures);

    progress('[6/6] heap: idle sessions, engines, devices, against a bare ws connection...');
    const connections = short ? 100 : 200;
    const bareConnection = await heapPerConnection(bare, connections, false);
    const perSession = await heapPerConnection(sessions, connections, true);
    const perEngine = await engine.ask<number>('engines', short ? 50 : 100);
    report(memoryFigures(bareConnection, { perSession, perEngine, perDevice: scale.heapPerDevice }));

    await Promise.all(
      [relayClient, engineClient, relayPath.device, gapless.device, gapped.device].map((c) => c.close()),
    );
    return { figures, facts };
  } finally {
    await Promise.all(hosts.map((host) => host.stop()));
  }
};

/** Resolves with the index of the first device a DeviceList names. */
const firstListedIndex = async (wire: WireClient): Promise<number> => {
  const { message } = await wire.until((m) => Object.keys((m['DeviceList']?.['Devices'] as object) ?? {}).length > 0);
  return Number(Object.keys(message['DeviceList']!['Devices'] as object)[0]);
};
