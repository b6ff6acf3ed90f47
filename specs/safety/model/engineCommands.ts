/**
 * The whole-engine model test's commands and invariants (issue 9, Must have 5). Each command does one
 * thing a client, a device or the operator can do; after every one the invariants must hold:
 *
 * - the engine answers a Ping within 1 s;
 * - every request Id has been answered exactly once (and nothing else was answered);
 * - after any stop path every simulated output is at zero (within 1 s);
 * - a new client is served at once: handshaken when nobody is connected, refused with Error code 1
 *   while somebody is (over WebSocket: one client at a time), closed at once after shutdown.
 *
 * At the end of a run the safety rules (protocols/safety) judge the whole timeline of commands, stops
 * and decoded writes.
 */
import fc from 'fast-check';
import { ErrorCode } from '../../../protocols/buttplug/errorCodes.js';
import { hostileFrame, nearValidFrame, type TestFrame } from '../../../protocols/buttplug/testing/clientFrames.js';
import { checkSafety } from '../../../protocols/safety/safetyRules.js';
import type { SafetyEvent } from '../../../protocols/safety/safetyTimeline.js';
import {
  bodyOf,
  DEVICES,
  EMBEDDED_MAX_PING_TIME_MS,
  EngineUnderTest,
  MAX_FRAME_BYTES,
  MAX_PING_TIME_MS,
  poll,
  sleep,
  type TestClient,
  type Variant,
  type WireMessage,
} from './engineUnderTest.js';

export interface EngineModel {
  connected: boolean;
  shutDown: boolean;
  /** Commands run so far (shutdown ends a run, so it waits for some history). */
  steps: number;
}

type Command = fc.AsyncCommand<EngineModel, EngineUnderTest>;

const handshake = (id: number, name = 'model client') =>
  JSON.stringify([
    { RequestServerInfo: { Id: id, ClientName: name, ProtocolVersionMajor: 4, ProtocolVersionMinor: 0 } },
  ]);

const isError = (code?: number) => (message: WireMessage) =>
  'Error' in message && (code === undefined || bodyOf(message)['ErrorCode'] === code);

/** Longest a paused (slow) device holds its writes. */
const MAX_SLOW_MS = 400;
/** Every request is answered within this: the longest write timeout plus slack. */
const ANSWER_WITHIN_MS = 7_000;

// ---- invariants ---------------------------------------------------------------------------------

const expectLedgerKept = async (client: TestClient | undefined): Promise<void> => {
  if (!client) return;
  if (client.ledgerErrors.length > 0) throw new Error(`broken ledger: ${client.ledgerErrors.join('; ')}`);
  if (client.closed) return;
  await poll(
    () => client.unanswered().length === 0 || client.closed,
    ANSWER_WITHIN_MS,
    'every request to be answered',
  ).catch(() => {
    throw new Error(`requests never answered: ${client.unanswered().join(', ')}`);
  });
  if (client.ledgerErrors.length > 0) throw new Error(`broken ledger: ${client.ledgerErrors.join('; ')}`);
};

const expectPingAnswered = async (real: EngineUnderTest): Promise<void> => {
  const client = real.client!;
  const id = client.request('invariant Ping', (pingId) => JSON.stringify([{ Ping: { Id: pingId } }]));
  const reply = await client.waitReply(id, 1_000).catch(() => {
    throw new Error('the engine did not answer a Ping within 1 s');
  });
  if (!('Ok' in reply)) throw new Error(`a Ping was answered with ${JSON.stringify(reply)}`);
};

/** Every live output reads zero within 1 s. */
const expectAllStopped = async (real: EngineUnderTest, why: string): Promise<void> => {
  await poll(
    () => real.liveOutputs().every((output) => output.value === 0),
    1_000,
    `every output to stop after ${why}`,
  ).catch(() => {
    throw new Error(`outputs still running 1 s after ${why}: ${JSON.stringify(real.liveOutputs())}`);
  });
};

/** A newcomer is served at once, whatever state the engine is in. */
const expectNewcomerServed = async (model: EngineModel, real: EngineUnderTest): Promise<void> => {
  if (model.connected && real.variant === 'embedded') return; // the embedding API admits any number of sessions
  const newcomer = await real.connect().catch((error: unknown) => {
    if (model.shutDown) return undefined; // the listener is gone: refused at once
    throw error;
  });
  if (!newcomer) return;
  const id = newcomer.request('newcomer handshake', (hello) => handshake(hello, 'newcomer'));
  if (model.shutDown) {
    await poll(() => newcomer.closed, 1_000, 'a newcomer to be closed after shutdown');
    return;
  }
  const reply = await newcomer.waitReply(id, 1_000).catch(() => {
    throw new Error('a new client got no answer to its handshake within 1 s');
  });
  if (model.connected) {
    if (!isError(ErrorCode.Init)(reply)) throw new Error(`a second client got ${JSON.stringify(reply)}, not busy`);
    await poll(() => newcomer.closed, 1_000, 'the refused client to be closed');
    return;
  }
  if (!('ServerInfo' in reply)) throw new Error(`a new client got ${JSON.stringify(reply)}`);
  // It leaves again: a stop path like any other.
  newcomer.request('newcomer Disconnect', (bye) => JSON.stringify([{ Disconnect: { Id: bye } }]));
  real.timeline.push({ kind: 'stop', at: performance.now(), reason: 'a client left' });
  await poll(() => newcomer.closed, 1_000, 'the newcomer to be closed after Disconnect');
  await expectLedgerKept(newcomer);
};

const checkInvariants = async (model: EngineModel, real: EngineUnderTest): Promise<void> => {
  await expectLedgerKept(real.client);
  if (model.connected) await expectPingAnswered(real);
  await expectNewcomerServed(model, real);
};

/** Marks the client gone in the model and the timeline: a stop path. */
const clientLeft = async (model: EngineModel, real: EngineUnderTest, why: string): Promise<void> => {
  model.connected = false;
  await poll(() => real.client!.closed, 2_000, `the connection to close after ${why}`);
  // The engine itself notices within 1 s (over WebSocket the close handshake takes a round trip):
  // only then may a newcomer expect to be let in.
  if (real.transport) await poll(() => real.transport!.sessionCount === 0, 1_000, `the engine to notice ${why}`);
  await expectLedgerKept(real.client);
  real.client = undefined;
  await expectAllStopped(real, why);
};

// ---- commands -----------------------------------------------------------------------------------

abstract class EngineCommand implements Command {
  abstract check(model: Readonly<EngineModel>): boolean;
  protected abstract act(model: EngineModel, real: EngineUnderTest): Promise<void>;
  abstract toString(): string;
  async run(model: EngineModel, real: EngineUnderTest): Promise<void> {
    model.steps++;
    if (process.env['DEBUG_MODEL']) console.log('  ', this.toString());
    await this.act(model, real);
    await checkInvariants(model, real);
  }
}

const whenConnected = (model: Readonly<EngineModel>) => model.connected && !model.shutDown;

class Connect extends EngineCommand {
  check(model: Readonly<EngineModel>): boolean {
    return !model.connected && !model.shutDown;
  }
  protected async act(model: EngineModel, real: EngineUnderTest) {
    const client = await real.connect();
    const id = client.request('handshake', (hello) => handshake(hello));
    const reply = await client.waitReply(id, 1_000);
    if (!('ServerInfo' in reply)) throw new Error(`handshake answered with ${JSON.stringify(reply)}`);
    real.client = client;
    model.connected = true;
    client.keepPinging((real.variant === 'websocket' ? MAX_PING_TIME_MS : EMBEDDED_MAX_PING_TIME_MS) / 5);
  }
  override toString(): string {
    return 'Connect';
  }
}

class Scan extends EngineCommand {
  check(model: Readonly<EngineModel>): boolean {
    return whenConnected(model);
  }
  protected async act(_model: EngineModel, real: EngineUnderTest) {
    real.client!.request('StartScanning', (id) => JSON.stringify([{ StartScanning: { Id: id } }]));
    // Every reachable device shows up (a paused one may take a while to answer its identification).
    await poll(() => DEVICES.every((d) => real.indexOf(d.address) !== undefined), 3_000, 'both devices').catch(
      () => {},
    );
  }
  override toString(): string {
    return 'Scan';
  }
}

class Vibrate extends EngineCommand {
  constructor(
    readonly device: number,
    readonly feature: number,
    readonly value: number,
  ) {
    super();
  }
  check(model: Readonly<EngineModel>): boolean {
    return whenConnected(model);
  }
  protected async act(_model: EngineModel, real: EngineUnderTest) {
    const { device, feature, value } = this;
    real.client!.request(
      `Vibrate ${device}/${feature} at ${value}`,
      (id) =>
        JSON.stringify([
          { OutputCmd: { Id: id, DeviceIndex: device, FeatureIndex: feature, Command: { Vibrate: { Value: value } } } },
        ]),
      (at): SafetyEvent => ({ kind: 'command', at, device, feature, type: 'Vibrate', value }),
    );
  }
  override toString(): string {
    return `Vibrate(${this.device}, ${this.feature}, ${this.value})`;
  }
}

class Stop extends EngineCommand {
  constructor(readonly scope: { device?: number; feature?: number }) {
    super();
  }
  check(model: Readonly<EngineModel>): boolean {
    return whenConnected(model);
  }
  protected async act(_model: EngineModel, real: EngineUnderTest) {
    const { device, feature } = this.scope;
    const body = {
      ...(device !== undefined ? { DeviceIndex: device } : {}),
      ...(device !== undefined && feature !== undefined ? { FeatureIndex: feature } : {}),
    };
    const id = real.client!.request(
      `StopCmd ${JSON.stringify(body)}`,
      (stopId) => JSON.stringify([{ StopCmd: { Id: stopId, ...body } }]),
      (at): SafetyEvent => ({
        kind: 'stop',
        at,
        ...(device !== undefined ? { device } : {}),
        ...(device !== undefined && feature !== undefined ? { feature } : {}),
        reason: 'StopCmd',
      }),
    );
    if (device === undefined) {
      const reply = await real.client!.waitReply(id, ANSWER_WITHIN_MS);
      if ('Ok' in reply) await expectAllStopped(real, 'StopCmd for every device');
    }
  }
  override toString(): string {
    return `Stop(${JSON.stringify(this.scope)})`;
  }
}

class BatteryRead extends EngineCommand {
  constructor(readonly device: number) {
    super();
  }
  check(model: Readonly<EngineModel>): boolean {
    return whenConnected(model);
  }
  protected async act(_model: EngineModel, real: EngineUnderTest) {
    real.client!.request(`Battery ${this.device}`, (id) =>
      JSON.stringify([
        { InputCmd: { Id: id, DeviceIndex: this.device, FeatureIndex: 2, Type: 'Battery', Command: 'Read' } },
      ]),
    );
  }
  override toString(): string {
    return `BatteryRead(${this.device})`;
  }
}

class NearValid extends EngineCommand {
  constructor(readonly frame: TestFrame) {
    super();
  }
  check(model: Readonly<EngineModel>): boolean {
    return whenConnected(model);
  }
  protected async act(_model: EngineModel, real: EngineUnderTest) {
    const id = real.client!.request(this.frame.label, this.frame.text);
    const reply = await real.client!.waitReply(id, ANSWER_WITHIN_MS);
    if (!isError()(reply)) throw new Error(`${this.frame.label} was answered with ${JSON.stringify(reply)}`);
  }
  override toString(): string {
    return `NearValid(${this.frame.label})`;
  }
}

class Hostile extends EngineCommand {
  constructor(readonly frame: TestFrame | { label: string; binary: Uint8Array }) {
    super();
  }
  check(model: Readonly<EngineModel>): boolean {
    return whenConnected(model);
  }
  protected async act(_model: EngineModel, real: EngineUnderTest) {
    const client = real.client!;
    const errorsBefore = client.count((m) => isError()(m) && bodyOf(m)['Id'] === 0);
    if ('binary' in this.frame) {
      if (real.variant !== 'websocket') return;
      real.sendBinary(client, this.frame.binary);
    } else client.sendFrame(this.frame.text(0));
    // The Ping after it is answered after it: by then its one Error must be there.
    await expectPingAnswered(real);
    const errors = client.count((m) => isError()(m) && bodyOf(m)['Id'] === 0) - errorsBefore;
    if (errors !== 1) throw new Error(`${this.frame.label} got ${errors} errors with Id 0, not 1`);
  }
  override toString(): string {
    return `Hostile(${this.frame.label})`;
  }
}

class Disconnect extends EngineCommand {
  constructor(readonly how: 'Disconnect' | 'close') {
    super();
  }
  check(model: Readonly<EngineModel>): boolean {
    return whenConnected(model);
  }
  protected async act(model: EngineModel, real: EngineUnderTest) {
    const client = real.client!;
    client.stopPinging();
    real.timeline.push({ kind: 'stop', at: performance.now(), reason: `client ${this.how}` });
    if (this.how === 'Disconnect') client.request('Disconnect', (id) => JSON.stringify([{ Disconnect: { Id: id } }]));
    else client.close();
    await clientLeft(model, real, `the client's ${this.how}`);
  }
  override toString(): string {
    return `Disconnect(${this.how})`;
  }
}

/** The client stops pinging: the engine ends its session and every device stops. */
class PingLapse extends EngineCommand {
  check(model: Readonly<EngineModel>): boolean {
    return whenConnected(model);
  }
  protected async act(model: EngineModel, real: EngineUnderTest) {
    const client = real.client!;
    client.stopPinging();
    const pingTimeout = () => client.count(isError(ErrorCode.Ping)) > 0;
    if (real.clock) {
      // The engine's clock jumps over the whole allowance: the watchdog fires now, not in 10 s.
      const lapsed = performance.now();
      await real.clock.jump(EMBEDDED_MAX_PING_TIME_MS);
      await poll(pingTimeout, 1_000, 'the ping timeout after the clock jumped over the allowance');
      real.timeline.push({ kind: 'stop', at: lapsed, reason: 'ping timeout' });
    } else {
      await poll(pingTimeout, MAX_PING_TIME_MS + 1_500, 'the ping timeout');
      real.timeline.push({ kind: 'stop', at: performance.now() - 1, reason: 'ping timeout' });
    }
    await clientLeft(model, real, 'the ping timeout');
  }
  override toString(): string {
    return 'PingLapse';
  }
}

class DropDevice extends EngineCommand {
  constructor(readonly address: string) {
    super();
  }
  check(model: Readonly<EngineModel>): boolean {
    return !model.shutDown;
  }
  protected async act(_model: EngineModel, real: EngineUnderTest) {
    real.live(this.address)?.drop('out of range');
  }
  override toString(): string {
    return `DropDevice(${this.address})`;
  }
}

class FailNextWrite extends EngineCommand {
  constructor(readonly address: string) {
    super();
  }
  check(model: Readonly<EngineModel>): boolean {
    return !model.shutDown;
  }
  protected async act(_model: EngineModel, real: EngineUnderTest) {
    real.live(this.address)?.failWrites(1, 'radio interference');
  }
  override toString(): string {
    return `FailNextWrite(${this.address})`;
  }
}

class SlowDevice extends EngineCommand {
  constructor(
    readonly address: string,
    readonly ms: number,
  ) {
    super();
  }
  check(model: Readonly<EngineModel>): boolean {
    return !model.shutDown;
  }
  protected async act(_model: EngineModel, real: EngineUnderTest) {
    real.pauseWrites(this.address, this.ms);
  }
  override toString(): string {
    return `SlowDevice(${this.address}, ${this.ms} ms)`;
  }
}

class Shutdown extends EngineCommand {
  check(model: Readonly<EngineModel>): boolean {
    return !model.shutDown && model.steps >= 12;
  }
  protected async act(model: EngineModel, real: EngineUnderTest) {
    real.client?.stopPinging();
    real.timeline.push({ kind: 'stop', at: performance.now(), reason: 'shutdown' });
    const started = performance.now();
    await real.server.shutdown();
    await real.transport?.close();
    if (performance.now() - started > 2_500) throw new Error('shutdown took longer than 2.5 s');
    model.shutDown = true;
    if (model.connected) {
      await poll(() => real.client!.closed, 1_000, 'the client to be closed by the shutdown');
      model.connected = false;
      real.client = undefined;
    }
    await expectAllStopped(real, 'shutdown');
  }
  override toString(): string {
    return 'Shutdown';
  }
}

/** A client sets a toy vibrating, then stops pinging: the property over this one script. */
export const missedPingScript = (): Command[] => [new Vibrate(0, 0, 12), new Vibrate(1, 0, 7), new PingLapse()];

// ---- the property -------------------------------------------------------------------------------

const device = fc.integer({ min: 0, max: DEVICES.length - 1 });
const address = fc.constantFrom(...DEVICES.map((d) => d.address));

const binaryFrames = fc.constantFrom(
  { label: 'a binary frame', binary: new Uint8Array([0x5b, 0x5d]) },
  { label: 'text that is not UTF-8', binary: new Uint8Array([0x5b, 0xff, 0x5d]) },
);

const oversized = { label: `a frame over ${MAX_FRAME_BYTES} bytes`, text: () => `[${'0,'.repeat(MAX_FRAME_BYTES)}0]` };

const vibrate = fc
  .tuple(device, fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 20 }))
  .map(([d, f, v]) => new Vibrate(d, f, v));
const stop = fc
  .oneof(
    fc.constant({}),
    device.map((d) => ({ device: d })),
    fc.tuple(device, fc.integer({ min: 0, max: 1 })).map(([d, f]) => ({ device: d, feature: f })),
  )
  .map((scope) => new Stop(scope));

export const engineCommands = (variant: Variant, maxCommands: number) => {
  const hostile = fc
    .oneof(hostileFrame, ...(variant === 'websocket' ? [binaryFrames, fc.constant(oversized)] : []))
    .map((frame) => new Hostile(frame));
  return fc.commands(
    [
      fc.constant(new Connect()),
      fc.constant(new Scan()),
      // What clients mostly do, so weighed more.
      vibrate,
      vibrate,
      vibrate,
      vibrate,
      stop,
      stop,
      device.map((d) => new BatteryRead(d)),
      nearValidFrame.map((frame) => new NearValid(frame)),
      nearValidFrame.map((frame) => new NearValid(frame)),
      hostile,
      hostile,
      fc.constantFrom('Disconnect' as const, 'close' as const).map((how) => new Disconnect(how)),
      address.map((a) => new DropDevice(a)),
      address.map((a) => new FailNextWrite(a)),
      fc.tuple(address, fc.integer({ min: 20, max: MAX_SLOW_MS })).map(([a, ms]) => new SlowDevice(a, ms)),
      fc.constant(new PingLapse()),
      fc.constant(new Shutdown()),
    ],
    { maxCommands, size: 'max' },
  );
};

/** After the last command: shut down, let everything settle, and judge the whole timeline. */
const judgeRun = async (real: EngineUnderTest): Promise<void> => {
  real.client?.stopPinging();
  if (!real.server.failed && real.server.actor.getSnapshot().status === 'active') {
    real.timeline.push({ kind: 'stop', at: performance.now(), reason: 'shutdown at the end of the run' });
    await real.server.shutdown();
  }
  await real.transport?.close();
  if (real.server.failed) throw new Error(`the engine failed: ${real.server.failed.message}`);
  await sleep(MAX_SLOW_MS + 50);
  if (process.env['DEBUG_MODEL']) {
    const t = real.fullTimeline();
    console.log(
      'timeline',
      t.filter((e) => e.kind === 'command').length,
      'commands',
      t.filter((e) => e.kind === 'stop').length,
      'stops',
      t.filter((e) => e.kind === 'output' && e.value > 0).length,
      'nonzero outputs',
      t.filter((e) => e.kind === 'gone').length,
      'gone',
    );
  }
  const violations = checkSafety(real.fullTimeline(), {
    // Nothing can happen any more: judge every deadline.
    now: Infinity,
    gapMs: () => 0,
    slackMs: MAX_SLOW_MS + 1_500,
    rangeOf: () => [0, 20],
  });
  if (violations.length > 0 && process.env['DEBUG_MODEL'])
    console.log(
      JSON.stringify(
        real
          .fullTimeline()
          .sort((a, b) => a.at - b.at)
          .map((e) => ({ ...e, at: Math.round(e.at) })),
      ),
    );
  if (violations.length > 0) throw new Error(`safety rules broken: ${violations.map((v) => v.message).join('; ')}`);
};

/** One model run: a fresh engine, the commands, the invariants after each, the rules at the end. */
export const engineProperty = (
  variant: Variant,
  maxCommands: number,
  commandList: fc.Arbitrary<Iterable<Command>> = engineCommands(variant, maxCommands),
) =>
  fc.asyncProperty(fc.scheduler(), commandList, async (scheduler, commands) => {
    const real = await EngineUnderTest.start(variant, scheduler);
    try {
      // The commands run for real; whenever they wait, the scheduler releases what it holds (device
      // acknowledgements, client deliveries and closes) one at a time, in an order of its choosing.
      // Every run starts with a client that scanned: most of what is interesting needs devices.
      const run = [new Connect(), new Scan(), ...commands];
      const model: EngineModel = { connected: false, shutDown: false, steps: 0 };
      await scheduler.waitFor(
        (async () => {
          await fc.asyncModelRun(() => ({ model, real }), run);
          await judgeRun(real);
        })(),
      );
    } finally {
      // From here on nothing waits for the scheduler, and whatever it still holds is let go.
      real.stopScheduling();
      await scheduler.waitIdle();
      await real.dispose();
    }
  });
