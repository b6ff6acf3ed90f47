/**
 * Where the heap goes: builds engines, idle sessions or connected devices in this process, takes a heap
 * snapshot before and after, and prints the growth per unit by what each object is and what holds it
 * (self sizes, grouped by `type:name | edge <- holder`, `depth` holders deep). How the heap figures of
 * BENCHMARKS.md were profiled:
 *
 *   node --expose-gc --import tsx specs/bench/heapGrowth.ts devices 1000 [depth] [rows]
 *   node --expose-gc --import tsx specs/bench/heapGrowth.ts engines 100
 *   node --expose-gc --import tsx specs/bench/heapGrowth.ts sessions 200
 *   node --expose-gc --import tsx specs/bench/heapGrowth.ts actors 1000
 *
 * `actors` is the floor under a session: the smallest XState machine actor there is (one state), spawned
 * as the server spawns a session, so what a session costs beyond any actor can be told apart.
 *
 * `HEAP_WARM=1` first scans 20 devices with an engine of their own and shuts it down, so that compiling
 * what a device runs is not counted per device (as the engines and sessions modes warm up).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeHeapSnapshot } from 'node:v8';
import { createActor, enqueueActions, setup } from 'xstate';
import { ButtplugServer, frameTransport } from '../../actors/engine/buttplugServer.js';
import { SimulatedDcm } from '../../hardware/simulated/simulatedDcm.js';
import { settledHeap } from './hostProcess.js';

const [mode = 'devices', countText = '1000', depthText = '2', rowsText = '30'] = process.argv.slice(2);
const count = Number(countText);
const directory = mkdtempSync(join(tmpdir(), 'heap-growth-'));
const handshake = JSON.stringify([
  { RequestServerInfo: { Id: 1, ClientName: 'heap', ProtocolVersionMajor: 4, ProtocolVersionMinor: 0 } },
]);
const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

/** Self size by `type:name | edge <- holder ...` (the first strong holder of each object, `depth` deep). */
const growthGroups = (file: string, depth: number): Map<string, number> => {
  const { snapshot, nodes, edges, strings } = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
  const {
    node_fields: nodeFields,
    node_types: nodeTypes,
    edge_fields: edgeFields,
    edge_types: edgeTypes,
  } = snapshot.meta;
  const [N, E] = [nodeFields.length, edgeFields.length];
  const [type, name, size, edgeCount] = ['type', 'name', 'self_size', 'edge_count'].map((f) => nodeFields.indexOf(f));
  const [edgeType, edgeName, toNode] = ['type', 'name_or_index', 'to_node'].map((f) => edgeFields.indexOf(f));
  const total = nodes.length / N;
  const holder = new Int32Array(total).fill(-1);
  const via: string[] = [];
  for (let node = 0, edge = 0; node < total; node++) {
    for (let k = 0; k < nodes[node * N + edgeCount!]!; k++, edge += E) {
      const to = edges[edge + toNode!]! / N;
      const kind = edgeTypes[0][edges[edge + edgeType!]!]!;
      if (kind === 'weak' || holder[to] !== -1) continue;
      holder[to] = node;
      via[to] = `${kind}:${kind === 'element' || kind === 'hidden' ? '#' : strings[edges[edge + edgeName!]!]}`;
    }
  }
  const label = (node: number) => {
    const kind = nodeTypes[0][nodes[node * N + type!]!]!;
    const named = kind.includes('string') || kind === 'number' ? '' : strings[nodes[node * N + name!]!]!;
    return `${kind}:${named.slice(0, 30)}`;
  };
  const groups = new Map<string, number>();
  for (let node = 0; node < total; node++) {
    const path = [label(node)];
    for (let at = node, d = 0; d < depth && holder[at] !== -1; d++, at = holder[at]!)
      path.push(`${via[at]} <- ${label(holder[at]!)}`);
    const key = path.join(' | ');
    groups.set(key, (groups.get(key) ?? 0) + nodes[node * N + size!]!);
  }
  return groups;
};

const snapshotNow = async (name: string): Promise<{ file: string; heap: number }> => {
  const heap = await settledHeap();
  return { file: writeHeapSnapshot(join(directory, `${name}.heapsnapshot`)), heap };
};

/** A session of `engine` that has done the handshake and ignores what it is sent. */
const handshaken = (engine: ButtplugServer) => {
  const session = engine.connect(
    frameTransport(
      () => {},
      () => {},
    ),
  );
  session.receive(handshake);
  return session;
};

/** Starts a scan through `session` and waits until `engine` lists `count` devices. */
const scanUntilListed = async (engine: ButtplugServer, session: ReturnType<typeof handshaken>, count: number) => {
  session.receive(JSON.stringify([{ StartScanning: { Id: 2 } }]));
  while (engine.devices.length < count) await tick(20);
};

const build = async (): Promise<{ before: { file: string; heap: number }; keep: unknown }> => {
  if (mode === 'engines') {
    // The first engines compile what an engine runs: only the rest count.
    await Promise.all(Array.from({ length: 10 }, () => new ButtplugServer()).map((engine) => engine.shutdown()));
    const before = await snapshotNow('before');
    return { before, keep: Array.from({ length: count }, () => new ButtplugServer()) };
  }
  if (mode === 'actors') {
    const smallest = setup({}).createMachine({ initial: 'idle', states: { idle: {} } });
    const parent = createActor(
      setup({ types: { events: {} as { type: 'spawn'; id: string } }, actors: { smallest } }).createMachine({
        on: {
          spawn: { actions: enqueueActions(({ enqueue, event }) => enqueue.spawnChild('smallest', { id: event.id })) },
        },
      }),
    ).start();
    let spawned = 0;
    const spawn = () => parent.send({ type: 'spawn', id: `actor-${++spawned}` });
    for (let i = 0; i < 20; i++) spawn();
    const before = await snapshotNow('before');
    for (let i = 0; i < count; i++) spawn();
    return { before, keep: parent };
  }
  if (mode === 'sessions') {
    const engine = new ButtplugServer();
    const open = () => handshaken(engine);
    const warm = Array.from({ length: 20 }, open);
    await tick(20);
    for (const session of warm) session.close();
    await tick(20);
    const before = await snapshotNow('before');
    return { before, keep: [engine, Array.from({ length: count }, open)] };
  }
  if (process.env.HEAP_WARM) {
    // An engine that finds a few devices first compiles what a device runs: only the rest count.
    const warm = new ButtplugServer({
      deviceCommunicationManagers: [
        new SimulatedDcm({
          devices: Array.from({ length: 20 }, (_, i) => ({ name: 'LVS-Edge', address: `WARM${i}` })),
        }),
      ],
    });
    const warmSession = handshaken(warm);
    await tick(20);
    await scanUntilListed(warm, warmSession, 20);
    await warm.shutdown();
  }
  const devices = Array.from({ length: count }, (_, i) => ({ name: 'LVS-Edge', address: `EDGE${i}` }));
  const engine = new ButtplugServer({ deviceCommunicationManagers: [new SimulatedDcm({ devices })] });
  const session = handshaken(engine);
  await tick(20);
  const before = await snapshotNow('before');
  await scanUntilListed(engine, session, count);
  return { before, keep: [engine, session] };
};

if (!(globalThis as { gc?: unknown }).gc) throw new Error('run with --expose-gc');
const { before, keep } = await build();
await tick(100);
const after = await snapshotNow('after');
const [was, now] = [growthGroups(before.file, Number(depthText)), growthGroups(after.file, Number(depthText))];
const growth = [...new Set([...was.keys(), ...now.keys()])]
  .map((key): [string, number] => [key, ((now.get(key) ?? 0) - (was.get(key) ?? 0)) / count])
  .sort((a, b) => b[1] - a[1]);
console.log(`${mode}: ${((after.heap - before.heap) / count / 1024).toFixed(2)} KiB each (heapUsed after full GCs)`);
for (const [key, bytes] of growth.slice(0, Number(rowsText))) console.log(`${bytes.toFixed(0).padStart(7)} B  ${key}`);
rmSync(directory, { recursive: true, force: true });
void keep;
process.exit(0);
