/**
 * In-process figures, in a child process of their own (see hostProcess.ts): engines embedded through
 * `ButtplugServer.connect` with a text-frame transport, no sockets. Answers:
 * - `outputCpu`: CPU µs per OutputCmd (sent, written to a simulated Lovense Edge, answered), against the
 *   minimal correct server's handling of the same frames in the same process;
 * - `engines`: 100 engines side by side: CPU per OutputCmd across all of them against one engine alone,
 *   and whether each stayed independent (its device got exactly its commands; a session closing or an
 *   engine shutting down touched no other).
 */
import { ButtplugServer, frameTransport, type ServerSession } from '../../actors/engine/buttplugServer.js';
import { SimulatedDcm } from '../../hardware/simulated/simulatedDcm.js';
import type { SimulatedHardware } from '../../hardware/simulated/simulatedHardware.js';
import { announceReady, serveQuestions } from './hostProcess.js';
import { median, WARM_UP_COMMANDS } from './figures.js';
import { minimalServer } from './minimalServer.js';
import { vibrateFrame } from './wireClient.js';

const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return user + system;
};

/** One engine with one simulated Edge and one session, driven with text frames. */
class EmbeddedEngine {
  readonly server: ButtplugServer;
  readonly dcm: SimulatedDcm;
  private session!: ServerSession;
  private readonly waiting = new Map<number, () => void>();
  private readonly waitingFor = new Map<string, () => void>();
  private nextId = 1;
  closed = false;

  constructor(readonly address: string) {
    this.dcm = new SimulatedDcm({ devices: [{ name: 'LVS-Edge', address }] });
    this.server = new ButtplugServer({ deviceCommunicationManagers: [this.dcm] });
  }

  async open(): Promise<void> {
    this.session = this.server.connect(
      frameTransport(
        (text) => this.receive(text),
        () => {
          this.closed = true;
        },
      ),
    );
    await this.request('RequestServerInfo', '"ClientName":"bench","ProtocolVersionMajor":4,"ProtocolVersionMinor":0');
    const listed = new Promise<void>((resolve) => this.waitingFor.set('DeviceList', resolve));
    await this.request('StartScanning', '');
    await listed;
  }

  get hardware(): SimulatedHardware {
    return this.dcm.hardware(this.address)!;
  }

  /** Replies are matched by Id without parsing them: the client's side should cost next to nothing. */
  private receive(text: string): void {
    for (const [id, resolve] of this.waiting) {
      if (!text.includes(`"Id":${id}}`) && !text.includes(`"Id":${id},`)) continue;
      this.waiting.delete(id);
      resolve();
    }
    for (const [name, resolve] of this.waitingFor) {
      if (!text.includes(`"${name}"`)) continue;
      this.waitingFor.delete(name);
      resolve();
    }
  }

  private send(id: number, text: string): Promise<void> {
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.session.receive(text);
    });
  }

  request(name: string, fields: string): Promise<void> {
    const id = this.nextId++;
    return this.send(id, `[{"${name}":{"Id":${id}${fields ? `,${fields}` : ''}}}]`);
  }

  vibrate(level: number): Promise<void> {
    const id = this.nextId++;
    return this.send(id, vibrateFrame(id, 0, level));
  }

  close(): void {
    this.session.close('bench over');
  }
}

/** CPU µs per call of `step` over `count` calls. (No forced collection first: a full `gc()` before a round
 * made the engine's next round 1.4-1.9x slower here; why was not pinned down.) */
const cpuPer = async (count: number, step: (i: number) => Promise<unknown>): Promise<number> => {
  const started = cpuNow();
  for (let i = 0; i < count; i++) await step(i);
  return (cpuNow() - started) / count;
};

/** Engine and baseline take turns in `rounds` (load on the machine falls on both alike); medians. */
const inTurns = async (
  rounds: number,
  count: number,
  a: (i: number) => Promise<unknown>,
  b: (i: number) => Promise<unknown>,
) => {
  await cpuPer(WARM_UP_COMMANDS, a);
  await cpuPer(WARM_UP_COMMANDS, b);
  const as: number[] = [];
  const bs: number[] = [];
  for (let round = 0; round < rounds; round++) {
    as.push(await cpuPer(count, a));
    bs.push(await cpuPer(count, b));
  }
  return { a: median(as), b: median(bs) };
};

const outputCpu = async ({ rounds, count }: { rounds: number; count: number }) => {
  const engine = new EmbeddedEngine('INPROC000001');
  await engine.open();
  // The baseline: the same frames through the minimal server, answered as text, awaited as replies are.
  const minimal = minimalServer();
  const frames = Array.from({ length: 20 }, (_, i) => vibrateFrame(i + 1, 0, 1 + i));
  const result = await inTurns(
    rounds,
    count,
    (i) => engine.vibrate(1 + (i % 20)),
    (i) => Promise.resolve(minimal.handle(frames[i % 20]!).includes('"Ok"')),
  );
  engine.close();
  await engine.server.shutdown();
  return { engine: result.a, baseline: result.b };
};

const enginesSideBySide = async ({ count, commands, rounds }: { count: number; commands: number; rounds: number }) => {
  const engines = Array.from({ length: count }, (_, i) => new EmbeddedEngine(`MANY${i.toString().padStart(8, '0')}`));
  await Promise.all(engines.map((engine) => engine.open()));

  // Commands to one engine (the others idle), and as many spread over all of them, taking turns.
  const { a: cpuAlone, b: cpuSpread } = await inTurns(
    rounds,
    commands,
    (i) => engines[0]!.vibrate(1 + (i % 20)),
    // Each engine sees its level change with every command it gets (an unchanged level is not written again).
    (i) => engines[i % count]!.vibrate(1 + (Math.floor(i / count) % 20)),
  );

  // Independence: each device ends on its own engine's last level, written only by its engine...
  await Promise.all(engines.map((engine, k) => engine.vibrate(1 + (k % 20))));
  const ownLevels = engines.every((engine, k) => engine.hardware.writtenText.at(-1) === `Vibrate1:${1 + (k % 20)};`);
  // ...a session closing stops its own device only...
  const writesBefore = engines.map((engine) => engine.hardware.writes.length);
  engines[1]!.close();
  await new Promise((resolve) => setTimeout(resolve, 50));
  const stoppedOwn = engines[1]!.hardware.writtenText.at(-1)?.endsWith(':0;') ?? false;
  const othersUntouched = engines.every((engine, k) => k === 1 || engine.hardware.writes.length === writesBefore[k]);
  // ...and an engine shutting down leaves the others answering.
  await engines[2]!.server.shutdown();
  await Promise.all(engines.slice(3).map((engine) => engine.vibrate(7)));
  const othersAnswer = engines.slice(3).every((engine) => engine.hardware.writtenText.at(-1) === 'Vibrate1:7;');

  await Promise.all(engines.map((engine) => engine.server.shutdown()));
  return {
    cpuAlone,
    cpuSpread,
    independent: ownLevels && stoppedOwn && othersUntouched && othersAnswer,
    detail: { ownLevels, stoppedOwn, othersUntouched, othersAnswer },
  };
};

serveQuestions({
  outputCpu: (argument) => outputCpu(argument as { rounds: number; count: number }),
  engines: (argument) => enginesSideBySide(argument as { count: number; commands: number; rounds: number }),
});
announceReady({});
