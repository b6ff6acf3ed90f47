/**
 * The benchmark suite behind `npm run bench`. Every figure is compared with a baseline measured in
 * the same run on the same machine: a bare `ws` server in its own process that answers each frame
 * without doing anything (the cost of the hop itself), or `JSON.parse` for decoding.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { messageOf } from '../../protocols/core/errorText.js';
import { v4Codec } from '../../protocols/buttplug/v4Codec.js';
import { startBenchHost, startEngineProcess, type BenchProcess } from './benchProcesses.js';
import { FrameProbe } from './frameProbe.js';
import { benchInspector } from './inspectorBench.js';
import { browserBundle, installInto, packThisPackage, type BundleSize, type InstallSize } from './packageSize.js';

type Progress = (line: string) => void;

const summary = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { mean: samples.reduce((a, b) => a + b, 0) / samples.length, p50: at(0.5), p99: at(0.99) };
};

const ms = (value: number) => `${value.toFixed(3)} ms`;
const ratio = (engine: number, baseline: number) => `${(engine / baseline).toFixed(2)}x`;

let nextId = 1;

const handshake = async (probe: FrameProbe) => {
  await probe.request('RequestServerInfo', {
    Id: nextId++,
    ClientName: 'bench',
    ProtocolVersionMajor: 4,
    ProtocolVersionMinor: 0,
  });
};

/** Sequential round trips: each request waits for its reply. */
const roundTrips = async (count: number, send: (id: number, i: number) => Promise<unknown>) => {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await send(nextId++, i);
    samples.push(performance.now() - started);
  }
  return summary(samples.slice(Math.floor(count / 10))); // the first tenth warms up
};

/** Requests per second with `window` requests always in flight. */
const throughput = async (probe: FrameProbe, total: number, window: number) => {
  let sent = 0;
  const started = performance.now();
  const lane = async () => {
    while (sent < total) {
      sent++;
      await probe.request('Ping', { Id: nextId++ });
    }
  };
  await Promise.all(Array.from({ length: window }, lane));
  return total / ((performance.now() - started) / 1000);
};

/** Heap growth (after full collections) per connected, handshaken client. */
const memoryPerClient = async (server: BenchProcess, clients: number, handshaken: boolean) => {
  const before = await server.heapUsed();
  const probes: FrameProbe[] = [];
  for (let i = 0; i < clients; i++) {
    const probe = await FrameProbe.open(server.url);
    if (handshaken) await handshake(probe);
    probes.push(probe);
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
  const perClient = ((await server.heapUsed()) - before) / clients;
  await Promise.all(probes.map((probe) => probe.close()));
  return perClient;
};

const decodeRate = (decode: (text: string) => unknown, text: string, iterations: number) => {
  const started = performance.now();
  for (let i = 0; i < iterations; i++) decode(text);
  return iterations / ((performance.now() - started) / 1000);
};

export const runBenchmarks = async (progress: Progress): Promise<string> => {
  const rows: string[] = [];
  const report = (name: string, baseline: string, engine: string, relative: string) => {
    rows.push(`| ${name} | ${baseline} | ${engine} | ${relative} |`);
    progress(`  ${name}: baseline ${baseline}, engine ${engine} (${relative})`);
  };

  progress('starting the baseline relay and the engine (simulated Lovense Edge)...');
  const relay = await startBenchHost('relay');
  const engine = await startEngineProcess('--simulate', 'LVS-Edge');
  try {
    const relayProbe = await FrameProbe.open(relay.url);
    const engineProbe = await FrameProbe.open(engine.url);
    await handshake(engineProbe);
    await engineProbe.request('StartScanning', { Id: nextId++ });
    await engineProbe.waitForEvent((m) => 'DeviceList' in m);

    progress('[1/8] sequential Ping round trips...');
    const pingBase = await roundTrips(3_000, (id) => relayProbe.request('Ping', { Id: id }));
    const pingEngine = await roundTrips(3_000, (id) => engineProbe.request('Ping', { Id: id }));
    report(
      'Ping -> Ok round trip, mean',
      ms(pingBase.mean),
      ms(pingEngine.mean),
      ratio(pingEngine.mean, pingBase.mean),
    );
    report('Ping -> Ok round trip, p99', ms(pingBase.p99), ms(pingEngine.p99), ratio(pingEngine.p99, pingBase.p99));

    progress('[2/8] device command round trips (OutputCmd answered once written to the device)...');
    const output = await roundTrips(2_000, (id, i) =>
      engineProbe.request('OutputCmd', {
        Id: id,
        DeviceIndex: 0,
        FeatureIndex: 0,
        Command: { Vibrate: { Value: 10 + (i % 2) } },
      }),
    );
    report(
      'OutputCmd -> device write -> Ok, mean (baseline: Ping hop)',
      ms(pingBase.mean),
      ms(output.mean),
      ratio(output.mean, pingBase.mean),
    );
    report(
      'OutputCmd -> device write -> Ok, p99 (baseline: Ping hop)',
      ms(pingBase.p99),
      ms(output.p99),
      ratio(output.p99, pingBase.p99),
    );

    progress('[3/8] throughput with 64 requests in flight...');
    const rateBase = await throughput(relayProbe, 20_000, 64);
    const rateEngine = await throughput(engineProbe, 20_000, 64);
    report('Ping throughput (requests/s)', rateBase.toFixed(0), rateEngine.toFixed(0), ratio(rateEngine, rateBase));
    await relayProbe.close();
    await engineProbe.close();
  } finally {
    await engine.stop();
    await relay.stop();
  }

  progress('[4/8] heap per connected client...');
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  const hosts = {
    relay: await startBenchHost('relay'),
    sessions: await startBenchHost('sessions'),
    engines: await startBenchHost('engines'),
  };
  try {
    const base = await memoryPerClient(hosts.relay, 200, false);
    const perSession = await memoryPerClient(hosts.sessions, 200, true);
    const perEngine = await memoryPerClient(hosts.engines, 50, true);
    report(
      'Heap per client: a session of a shared engine (default)',
      kib(base),
      kib(perSession),
      ratio(perSession, base),
    );
    report(
      'Heap per client: its own engine (--concurrent-sessions)',
      kib(base),
      kib(perEngine),
      ratio(perEngine, base),
    );
  } finally {
    await Promise.all(Object.values(hosts).map((host) => host.stop()));
  }

  progress('[5/8] decoding frames in process...');
  const frame = JSON.stringify([
    { OutputCmd: { Id: 7, DeviceIndex: 0, FeatureIndex: 1, Command: { Vibrate: { Value: 10 } } } },
  ]);
  decodeRate((text) => v4Codec.decode(text), frame, 20_000); // warm up
  const parseRate = decodeRate((text) => JSON.parse(text), frame, 200_000);
  const codecRate = decodeRate((text) => v4Codec.decode(text), frame, 100_000);
  report(
    'OutputCmd frame decode + validation (frames/s; baseline JSON.parse)',
    parseRate.toFixed(0),
    codecRate.toFixed(0),
    ratio(codecRate, parseRate),
  );

  progress('[6/8] browser bundles (esbuild, minified, gzip -9)...');
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  const ours = await browserBundle(root, "export * from './browser.ts';");
  const official = await browserBundle(root, "export * from 'buttplug';");
  report(
    'Browser bundle, minified + gzipped (baseline: the official `buttplug` client)',
    kB(official.gzippedBytes),
    kB(ours.gzippedBytes),
    ratio(ours.gzippedBytes, official.gzippedBytes),
  );
  report(
    'Browser bundle, minified',
    kB(official.minifiedBytes),
    kB(ours.minifiedBytes),
    ratio(ours.minifiedBytes, official.minifiedBytes),
  );
  // `buttplug-actors/compat` in browsers: a drop-in for the official client, wrapping ours.
  const compat = await browserBundle(root, "export * from './compatBrowser.ts';");
  report(
    'Compat browser bundle (`buttplug-actors/compat`), minified + gzipped (baseline: the official client)',
    kB(official.gzippedBytes),
    kB(compat.gzippedBytes),
    ratio(compat.gzippedBytes, official.gzippedBytes),
  );

  progress('[7/8] npm install of the packed tarball into an empty project (needs the npm registry)...');
  const installs = await measureInstalls(progress);
  if (installs.ok) {
    const { ours: mine, official: theirs } = installs;
    report(
      'Install into an empty project: packages',
      String(theirs.packages),
      String(mine.packages),
      ratio(mine.packages, theirs.packages),
    );
    report(
      'Install into an empty project: size on disk',
      mb(theirs.bytes),
      mb(mine.bytes),
      ratio(mine.bytes, theirs.bytes),
    );
    report(
      'Install into an empty project: native addons compiled',
      String(theirs.compiled.length),
      String(mine.compiled.length),
      '-',
    );
  }

  progress('[8/8] the inspector page with 1000 simulated devices (headless Chromium)...');
  await benchInspector(progress, report);

  return [
    '# Benchmarks',
    '',
    'Written by `npm run bench`. Each engine figure is compared with a baseline measured in the same run on',
    'the same machine, so the ratio (engine / baseline) is the number to watch; absolute figures depend on the',
    'machine. Baselines: a bare `ws` server in its own process that answers every frame without doing',
    'anything (the cost of a WebSocket hop and JSON), and `JSON.parse` for decoding. The engine runs as',
    '`buttplug-actors` in its own process with a simulated Lovense Edge; heap figures come from bench hosts',
    '(`specs/bench/benchHost.ts`) that report their heap after full garbage collections.',
    '',
    `Run: ${new Date().toISOString()}, Node ${process.version}, ${process.platform}/${process.arch}.`,
    '',
    '| Measure | Baseline | Engine | Engine / baseline |',
    '|---|---|---|---|',
    ...rows,
    '',
    'Notes: an OutputCmd is answered only once its bytes were written to the (simulated) device, after one',
    "microtask in which the frame's other messages can join the same batch. A client with its own engine",
    '(`--concurrent-sessions`) carries a whole actor system: device manager, device communication manager, its',
    'own simulated device; by default clients take turns on one shared engine.',
    '',
    ...bundleNotes(ours),
    ...(installs.ok ? installNotes(installs.ours) : ['', `The install was not measured: ${installs.reason}`]),
    '',
    'The inspector rows run the engine with `--inspect-port` and 1000 simulated Lovense Edges, a client',
    'driving every device (one frame of 1000 OutputCmds per round, each round answered before the next),',
    'and the page in headless Chromium (`specs/bench/inspectorBench.ts`). First paint runs until every',
    "device's row and meters are drawn. The frame interval is the page's animation-frame period (16.7 ms",
    'at 60 Hz when it keeps up): what a click waits for at worst. Device levels shown per second are the',
    'device records the page applied: the engine sends the latest level of each device every 100 ms, so',
    'a ratio below 1 means levels were coalesced, not lost.',
    '',
  ].join('\n');
};

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

const root = fileURLToPath(new URL('../..', import.meta.url));

const measureInstalls = async (
  progress: Progress,
): Promise<{ ok: true; ours: InstallSize; official: InstallSize } | { ok: false; reason: string }> => {
  const folder = mkdtempSync(join(tmpdir(), 'bp-pack-'));
  try {
    const tarball = await packThisPackage(root, folder);
    const ours = await installInto(tarball);
    progress(`  ours: ${ours.packages} packages, ${mb(ours.bytes)}, ${ours.seconds.toFixed(1)} s`);
    const official = await installInto('buttplug');
    return { ok: true, ours, official };
  } catch (error) {
    return { ok: false, reason: messageOf(error).split('\n')[0]! };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
};

const bundleNotes = (bundle: BundleSize): string[] => {
  const parts = [...bundle.byPackage]
    .sort((a, b) => b[1] - a[1])
    .map(([name, bytes]) => `${name} ${(bytes / 1000).toFixed(1)} kB`);
  return [
    'Browser bundle: `buttplug-actors/browser` (the client and the browser WebSocket connector) bundled by',
    `esbuild for browsers. Minified bytes by package: ${parts.join(', ')}. Effect (the schemas that validate`,
    "every server message) is most of it; the client's own code is the rest.",
    `Test code in the bundle: ${bundle.testCode.length === 0 ? 'none' : bundle.testCode.join(', ')}.`,
  ];
};

const installNotes = (install: InstallSize): string[] => [
  '',
  "`npm install` of this package's packed tarball (`npm pack`) into an empty project, beside `npm install",
  'buttplug` into another: the native hardware libraries (noble, serialport, node-hid) are optional peer',
  'dependencies, installed only by apps that drive that hardware, so a client-only or simulated-devices',
  `install compiles ${install.compiled.length === 0 ? 'nothing' : install.compiled.join(', ')} (took ${install.seconds.toFixed(0)} s here).`,
];
