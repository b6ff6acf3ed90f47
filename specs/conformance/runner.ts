/**
 * Replays conformance cases against the real engine with simulated hardware, the way the reference
 * harness does (the reference repository's device test harness), once per
 * spec version whose messages can express the case. A file passes when every version that ran passed.
 *
 * Stricter than the reference in two ways: commands left over after the last step fail the run
 * (except a keepalive resending the last packet on time, and further writes of a final Stop the case
 * does not list), and battery readings requested asynchronously are awaited and compared.
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ButtplugServer } from '../../actors/engine/buttplugServer.js';
import { withTimeout } from '../../protocols/core/timeouts.js';
import type { HardwareCommandRecord, SimulatedHardware } from '../../hardware/simulated/simulatedHardware.js';
import { SimulatedDcm } from '../../hardware/simulated/simulatedDcm.js';
import type { DeviceManagerContext } from '../../machines/deviceManagerMachine.js';
import { codecFor as defaultCodecFor } from '../../protocols/buttplug/codecs.js';
import type { SessionCodec } from '../../protocols/buttplug/sessionCodec.js';
import { matchProtocols, type DeviceConfig } from '../../protocols/config/deviceConfig.js';
import type { AnyDeviceProtocol, KeepalivePolicy } from '../../protocols/devices/shared/deviceProtocol.js';
import { builtinProtocols } from '../../protocols/devices/index.js';
import { LegacyCaseClient, V4CaseClient, type CaseClient } from './caseClients.js';
import {
  describeCommand,
  describeForm,
  flattenSteps,
  parseCase,
  type CaseStep,
  type ConformanceCase,
  type DeviceEvent,
  type FlatStep,
  type HardwareCommand,
} from './caseFile.js';
import { correctCase, writtenForAnotherConfig } from './caseErrata.js';
import { loadDeviceConfiguration } from '../../actors/engine/configFiles.js';
import { formGap, v0VibrateGap } from './messageForms.js';
import { messageOf } from '../../protocols/core/errorText.js';

/** Waits of the reference harness, and ours where it has none. */
export const timing = {
  /** Per expected hardware command (reference: 500 ms). */
  commandMs: 500,
  /** For the engine to connect to a simulated device. */
  connectMs: 2_000,
  /**
   * For the device to be announced once its init steps are done (reference: 300 ms per event).
   * Longer here: some devices must rest after waking (the Cowgirl Cone 3 s).
   */
  announceMs: 5_000,
  /** For the server to answer a message (and for an asynchronous battery reading). */
  replyMs: 2_000,
  /** Quiet time after the last step in which no unexpected command may arrive. */
  settleMs: 50,
  /** The simulated device's own message gap, as the reference's fake device reports it. */
  deviceGapMs: 1,
};

export const SPEC_VERSIONS = [4, 3, 2, 1, 0] as const;

export type VersionResult =
  /** `note`: what the run let pass that a reader should know (see `finalStopRemainder`). */
  | { readonly version: number; readonly status: 'passed'; readonly note?: string }
  | { readonly version: number; readonly status: 'failed'; readonly reason: string }
  /** The case uses a message form this version cannot say. */
  | { readonly version: number; readonly status: 'skipped'; readonly reason: string }
  /** This server has no session codec for the version yet. */
  | { readonly version: number; readonly status: 'unserved' };

export interface CaseReport {
  readonly file: string;
  readonly passed: boolean;
  /** Set when the case was shown to be wrong and ran corrected: why. */
  readonly correction?: string;
  /** Why the file fails as a whole (a broken case), when it does. */
  readonly error?: string;
  /** Why the case was not run: it was written for another device config (caseErrata.ts). Neither passed nor failed. */
  readonly notApplicable?: string;
  readonly versions: readonly VersionResult[];
}

export interface RunOptions {
  /** Spec versions the server speaks (default: the engine's codecs). */
  readonly codecFor?: (version: number) => SessionCodec | undefined;
  /** Device protocols the engine runs (default: every built-in one). */
  readonly protocols?: readonly AnyDeviceProtocol[];
}

/** The first difference between what a case expects and what happened. */
class Mismatch extends Error {
  override readonly name = 'Mismatch';
}

/** The case cannot run at this version after all (found once the device is known). */
class Inexpressible extends Error {
  override readonly name = 'Inexpressible';
}

/** A problem with the case itself, the same at every version. */
export class CaseError extends Error {
  override readonly name = 'CaseError';
}

// ---- comparing hardware traffic ----

const sameCommand = (actual: HardwareCommandRecord, expected: HardwareCommand): boolean => {
  if (actual.type !== expected.kind || actual.endpoint !== expected.endpoint) return false;
  if (actual.type !== 'write' || expected.kind !== 'write') return true;
  return (
    actual.withResponse === expected.withResponse &&
    actual.data.length === expected.data.length &&
    actual.data.every((byte, i) => byte === expected.data[i])
  );
};

const recordAsCommand = (record: HardwareCommandRecord): HardwareCommand =>
  record.type === 'write'
    ? { kind: 'write', endpoint: record.endpoint, data: [...record.data], withResponse: record.withResponse }
    : { kind: record.type, endpoint: record.endpoint };

/** One simulated device as the run sees it: its connection and how much of its traffic was checked. */
class DeviceProbe {
  private hardware: SimulatedHardware | undefined;
  /** Commands taken by `!Commands` steps (or skipped as keepalive resends). */
  private taken = 0;

  constructor(
    readonly address: string,
    private readonly connection: Promise<SimulatedHardware>,
    private readonly keepalive: KeepalivePolicy | undefined,
  ) {}

  async connected(): Promise<SimulatedHardware> {
    this.hardware ??= await this.connection;
    return this.hardware;
  }

  /**
   * A keepalive resending the previous write after its idle interval (a repeat-last-write keepalive,
   * or a protocol's own keepalive that repeats the level) is the protocol's own behaviour, not traffic
   * a step caused.
   */
  private isKeepaliveResend(hardware: SimulatedHardware, position: number): boolean {
    const repeats = this.keepalive?.kind === 'repeatLastWrite' || this.keepalive?.kind === 'protocolKeepalive';
    if (!this.keepalive || !repeats || position === 0) return false;
    const record = hardware.commands[position]!;
    const previous = hardware.commands[position - 1]!;
    const idle = hardware.commandTimes[position]! - hardware.commandTimes[position - 1]!;
    return (
      record.type === 'write' &&
      previous.type === 'write' &&
      sameCommand(record, recordAsCommand(previous)) &&
      idle >= this.keepalive.intervalMs * 0.9
    );
  }

  async expect(expected: readonly HardwareCommand[], where: string, waitMs = timing.commandMs): Promise<void> {
    const hardware = await this.connected();
    for (const [i, command] of expected.entries()) {
      const what = `${where}, command ${i + 1} of ${expected.length}`;
      // Keepalive resends do not extend the wait: a command that never comes fails instead of hanging.
      const deadline = Date.now() + waitMs;
      for (;;) {
        const actual = await hardware.nextCommand(Math.max(0, deadline - Date.now())).catch(() => undefined);
        if (!actual)
          throw new Mismatch(`${what}: expected ${describeCommand(command)}, got nothing within ${waitMs} ms`);
        const position = this.taken++;
        if (sameCommand(actual, command)) break;
        if (this.isKeepaliveResend(hardware, position)) continue;
        throw new Mismatch(
          `${what}: expected ${describeCommand(command)}, got ${describeCommand(recordAsCommand(actual))}`,
        );
      }
    }
  }

  async inject(events: readonly DeviceEvent[]): Promise<void> {
    const hardware = await this.connected();
    for (const event of events) {
      if (event.kind === 'notifications')
        for (const { endpoint, data } of event.entries) hardware.notify(endpoint, data);
      else if (event.kind === 'reads')
        for (const { endpoint, data } of event.entries) hardware.queueRead(endpoint, data);
      else hardware.drop('the case disconnected the device');
    }
  }

  /** Commands nobody expected, keepalive resends excepted. */
  surplus(): HardwareCommandRecord[] {
    const hardware = this.hardware;
    if (!hardware) return [];
    const surplus: HardwareCommandRecord[] = [];
    for (let position = this.taken; position < hardware.commands.length; position++) {
      if (!this.isKeepaliveResend(hardware, position)) surplus.push(hardware.commands[position]!);
    }
    return surplus;
  }
}

// ---- one run ----

interface CaseEnvironment {
  readonly deviceConfig: DeviceConfig;
  readonly protocols: readonly AnyDeviceProtocol[];
}

const deviceAddress = (testCase: ConformanceCase, deviceIndex: number): string =>
  testCase.devices[deviceIndex]?.address ?? `conformance-device-${deviceIndex}`;

/** The engine's device index of the device at `address`, once it is in the device table. */
const engineIndexOf = (server: ButtplugServer, address: string): number | undefined => {
  const manager = server.actor.getSnapshot().children.deviceManager;
  const context = manager?.getSnapshot().context as DeviceManagerContext | undefined;
  for (const [index, entry] of context?.table ?? []) if (entry.address === address) return index;
  return undefined;
};

const runVersion = async (testCase: ConformanceCase, version: number, env: CaseEnvironment): Promise<VersionResult> => {
  const init = flattenSteps(testCase.deviceInit, version);
  const commands = flattenSteps(testCase.deviceCommands, version);
  for (const step of commands) {
    if (step.kind !== 'messages') continue;
    for (const form of step.messages) {
      const gap = formGap(form, version);
      if (gap) return { version, status: 'skipped', reason: gap };
    }
  }

  const addresses = testCase.devices.map((_, i) => deviceAddress(testCase, i));
  // A BLE name first; otherwise the v5 transports that find devices by name alone (an SDL gamepad, a simulated archetype).
  const transports = testCase.devices.map((device, i) =>
    (['btle', 'sdlGamepad', 'simulated'] as const).find(
      (transport) => matchProtocols(env.deviceConfig, { transport, name: device.name, address: addresses[i]! }).length,
    ),
  );
  const protocols: (AnyDeviceProtocol | undefined)[] = testCase.devices.map((device, i) => {
    const transport = transports[i] ?? 'btle';
    const [match] = matchProtocols(env.deviceConfig, { transport, name: device.name, address: addresses[i]! });
    return env.protocols.find((protocol) => protocol.name === match?.protocol);
  });
  const unmatched = protocols.indexOf(undefined);
  if (unmatched >= 0) {
    const name = JSON.stringify(testCase.devices[unmatched]!.name);
    return {
      version,
      status: 'failed',
      reason: `device ${unmatched}: no implemented protocol matches the name ${name}`,
    };
  }
  const dcm = new SimulatedDcm({
    devices: testCase.devices.map((device, i) => ({
      name: device.name,
      address: addresses[i]!,
      transport: transports[i] ?? 'btle',
      // An SDL pad that reports its layout chooses its own definition (and is announced by its own name).
      ...(device.sdlSelection !== undefined ? { selection: { selector: device.sdlSelection } } : {}),
      simulator: null,
      messageGapMs: timing.deviceGapMs,
    })),
  });
  const probes = testCase.devices.map((device, i) => {
    const address = addresses[i]!;
    const connection = dcm.nextConnection(address, timing.connectMs).catch(() => {
      throw new Mismatch(
        `device ${i}: the engine did not connect to ${JSON.stringify(device.name)} within ${timing.connectMs} ms`,
      );
    });
    connection.catch(() => {}); // observed when a step needs it
    return new DeviceProbe(address, connection, protocols[i]!.keepalive);
  });
  const server = new ButtplugServer({
    deviceCommunicationManagers: [dcm],
    protocols: env.protocols,
    deviceConfig: env.deviceConfig,
  });
  const client: CaseClient = version === 4 ? new V4CaseClient(server) : new LegacyCaseClient(server, version);
  const batteryChecks: { reading: Promise<number | undefined>; expected: number; where: string }[] = [];

  const checkBatteries = async () => {
    for (const check of batteryChecks.splice(0)) {
      const reading = await withTimeout(check.reading, timing.replyMs, 'battery reading').catch((error: unknown) => {
        throw new Mismatch(`${check.where}: ${messageOf(error)}`);
      });
      if (reading !== check.expected)
        throw new Mismatch(`${check.where}: battery read ${reading}, expected ${check.expected}`);
    }
  };

  const runStep = async (step: FlatStep, where: string, waitMs?: number) => {
    const probe = probes[step.deviceIndex]!;
    switch (step.kind) {
      case 'commands':
        return probe.expect(step.commands, where, waitMs);
      case 'events':
        await probe.inject(step.events);
        return checkBatteries();
      case 'messages': {
        const index = engineIndexOf(server, probe.address)!;
        for (const form of step.messages) {
          const what = `${where}: ${describeForm(form)}`;
          const reading = client.perform(form, index).catch((error: unknown) => {
            throw new Mismatch(`${what} failed: ${messageOf(error)}`);
          });
          if (form.kind === 'Battery' && form.runAsync) {
            reading.catch(() => {}); // judged after the events that answer it
            batteryChecks.push({ reading, expected: form.expectedPower, where: what });
            continue;
          }
          const value = await reading;
          if (form.kind === 'Battery' && value !== form.expectedPower) {
            throw new Mismatch(`${what}: battery read ${value}, expected ${form.expectedPower}`);
          }
        }
        return;
      }
    }
  };

  try {
    await withTimeout(client.start(), timing.replyMs, `spec v${version} handshake and scanning`).catch(
      (error: unknown) => {
        throw new Mismatch(messageOf(error));
      },
    );
    // `device_init_timeout_ms` bounds each command's wait in the init phase (upstream does not say per command
    // or per phase; per command is the looser reading, and a phase bound would only fail slower devices).
    for (const [i, step] of init.entries())
      await runStep(step, `device_init step ${i + 1} (!${stepTag(step)})`, testCase.deviceInitTimeoutMs);
    await announcement(testCase, version, server, client, probes);
    if (version === 0) checkV0Vibrate(commands, server, probes);
    for (const [i, step] of commands.entries())
      await runStep(step, `device_commands step ${i + 1} (!${stepTag(step)})`);
    await checkBatteries();
    await new Promise((resolve) => setTimeout(resolve, timing.settleMs));
    const notes: string[] = [];
    for (const [i, probe] of probes.entries()) {
      const surplus = probe.surplus();
      const [extra, ...more] = surplus;
      if (!extra) continue;
      if (endsWithStopOf(commands, i) && surplus.every((record) => record.type === 'write')) {
        notes.push(`device ${i}: ${finalStopRemainder(surplus.length)}`);
        continue;
      }
      const others = more.length ? ` (and ${more.length} more)` : '';
      throw new Mismatch(
        `device ${i}: unexpected ${describeCommand(recordAsCommand(extra))} after the last step${others}`,
      );
    }
    return { version, status: 'passed', ...(notes.length ? { note: notes.join('; ') } : {}) };
  } catch (error) {
    if (error instanceof Inexpressible) return { version, status: 'skipped', reason: error.message };
    if (error instanceof Mismatch) return { version, status: 'failed', reason: error.message };
    return { version, status: 'failed', reason: `runner error: ${messageOf(error)}` };
  } finally {
    await client.close().catch(() => {});
    await server.shutdown();
  }
};

/**
 * Does the case end with a Stop for this device and the writes it expects from it? The reference's
 * harness never looks past the last step, and some cases list only the stop writes they care about
 * (a device stop writes 0 to every output, also ones the case never used). Further writes of that
 * final stop are accepted and reported; any other command after the last step fails.
 */
const endsWithStopOf = (steps: readonly FlatStep[], deviceIndex: number): boolean => {
  const last = steps.at(-1);
  const before = steps.at(-2);
  return (
    last?.kind === 'commands' &&
    last.deviceIndex === deviceIndex &&
    before?.kind === 'messages' &&
    before.deviceIndex === deviceIndex &&
    before.messages.some((form) => form.kind === 'Stop')
  );
};

const finalStopRemainder = (count: number) =>
  `${count} more write${count === 1 ? '' : 's'} of the final Stop than the case lists (accepted: its harness never checks past the last step)`;

const stepTag = (step: FlatStep): string =>
  ({ messages: 'Messages', commands: 'Commands', events: 'Events' })[step.kind];

/** Waits until every device is announced, then checks the names the case expects. */
const announcement = async (
  testCase: ConformanceCase,
  version: number,
  server: ButtplugServer,
  client: CaseClient,
  probes: readonly DeviceProbe[],
): Promise<void> => {
  const allAnnounced = () =>
    probes.every((probe) => {
      const index = engineIndexOf(server, probe.address);
      return index !== undefined && client.announced.has(index);
    });
  if (!allAnnounced()) {
    let stop = () => {};
    const announced = new Promise<void>((resolve) => {
      stop = client.onAnnounce(() => {
        if (allAnnounced()) resolve();
      });
    });
    // A device that never connected explains itself better than the announcement timeout.
    const unconnected = Promise.all(probes.map((probe) => probe.connected())).then(() => new Promise<never>(() => {}));
    await withTimeout(Promise.race([announced, unconnected]), timing.announceMs, 'device announcement')
      .catch((error: unknown) => {
        throw new Mismatch(messageOf(error));
      })
      .finally(stop);
  }
  for (const [i, expected] of testCase.devices.entries()) {
    const device = client.announced.get(engineIndexOf(server, probes[i]!.address)!)!;
    if (expected.expectedName !== undefined && device.name !== expected.expectedName) {
      throw new Mismatch(
        `device ${i}: announced as ${JSON.stringify(device.name)}, expected ${JSON.stringify(expected.expectedName)}`,
      );
    }
    // Display names exist in the messages of v3 and v4 only.
    if (
      expected.expectedDisplayName !== undefined &&
      version >= 3 &&
      device.displayName !== expected.expectedDisplayName
    ) {
      throw new Mismatch(
        `device ${i}: display name ${JSON.stringify(device.displayName ?? null)}, expected ${JSON.stringify(expected.expectedDisplayName)}`,
      );
    }
  }
};

/** v0 can only set every vibrator to one speed: a case saying anything else does not run at v0. */
const checkV0Vibrate = (
  commands: readonly FlatStep[],
  server: ButtplugServer,
  probes: readonly DeviceProbe[],
): void => {
  for (const step of commands) {
    if (step.kind !== 'messages') continue;
    const index = engineIndexOf(server, probes[step.deviceIndex]!.address);
    const info = server.devices.find((device) => device.DeviceIndex === index);
    const vibrators = Object.values(info?.DeviceFeatures ?? {}).filter((feature) => feature.Output?.Vibrate).length;
    for (const form of step.messages) {
      const gap = v0VibrateGap(form, vibrators);
      if (gap) throw new Inexpressible(gap);
    }
  }
};

// ---- whole files ----

/** Problems of the case itself, found before anything runs. */
const caseProblems = (testCase: ConformanceCase): string | undefined => {
  const walk = (steps: readonly CaseStep[], section: string): string | undefined => {
    for (const [i, step] of steps.entries()) {
      if (step.kind === 'versionGated') {
        const inner = walk(step.steps, `${section} step ${i + 1} (!VersionGated)`);
        if (inner) return inner;
        continue;
      }
      if (step.deviceIndex >= testCase.devices.length) {
        return `${section} step ${i + 1} addresses device ${step.deviceIndex}, but the case has ${testCase.devices.length}`;
      }
      if (section.startsWith('device_init') && step.kind === 'messages') {
        return `${section} step ${i + 1}: a !Messages step in device_init (the client has no device yet)`;
      }
    }
    return undefined;
  };
  return walk(testCase.deviceInit, 'device_init') ?? walk(testCase.deviceCommands, 'device_commands');
};

const environmentFor = async (testCase: ConformanceCase, caseDir: string, protocols: readonly AnyDeviceProtocol[]) => {
  const configDir = join(caseDir, 'config');
  const deviceConfig = await loadDeviceConfiguration({
    protocols,
    ...(testCase.deviceConfigFile !== undefined
      ? { deviceConfigFile: join(configDir, testCase.deviceConfigFile) }
      : {}),
    ...(testCase.userDeviceConfigFile !== undefined
      ? { userConfigFile: join(configDir, testCase.userDeviceConfigFile) }
      : {}),
  });
  return { deviceConfig, protocols };
};

export const runCaseFile = async (path: string, options: RunOptions = {}): Promise<CaseReport> => {
  const file = basename(path);
  const codecFor = options.codecFor ?? defaultCodecFor;
  const protocols = options.protocols ?? builtinProtocols;
  let testCase: ConformanceCase;
  let env: CaseEnvironment;
  let correction: string | undefined;
  try {
    const text = await readFile(path, 'utf8');
    const otherConfig = writtenForAnotherConfig(file, text);
    if (otherConfig) return { file, passed: false, notApplicable: otherConfig, versions: [] };
    testCase = parseCase(text);
    const corrected = correctCase(file, text, testCase);
    if (corrected) ({ testCase, reason: correction } = corrected);
    const problem = caseProblems(testCase);
    if (problem) throw new CaseError(problem);
    env = await environmentFor(testCase, dirname(path), protocols);
  } catch (error) {
    return { file, passed: false, error: `case error: ${messageOf(error)}`, versions: [] };
  }
  const versions: VersionResult[] = [];
  for (const version of SPEC_VERSIONS) {
    versions.push(codecFor(version) ? await runVersion(testCase, version, env) : { version, status: 'unserved' });
  }
  const ran = versions.filter((v) => v.status === 'passed' || v.status === 'failed');
  if (ran.length === 0) {
    const skipped = versions.find((v) => v.status === 'skipped');
    const why = skipped?.status === 'skipped' ? `: ${skipped.reason}` : '';
    return { file, passed: false, error: `no spec version this server speaks can run the case${why}`, versions };
  }
  return { file, passed: ran.every((v) => v.status === 'passed'), ...(correction ? { correction } : {}), versions };
};

// ---- reporting ----

const versionList = (results: readonly VersionResult[], status: VersionResult['status']) =>
  results
    .filter((r) => r.status === status)
    .map((r) => `v${r.version}`)
    .join(' ');

/** Which versions ran, which could not express the case, which the server does not speak. */
export const describeVersions = (report: CaseReport): string => {
  const parts = [
    ['passed', versionList(report.versions, 'passed')],
    ['failed', versionList(report.versions, 'failed')],
    ['cannot express', versionList(report.versions, 'skipped')],
    ['no codec', versionList(report.versions, 'unserved')],
  ].filter(([, list]) => list !== '');
  return parts.map(([label, list]) => `${label}: ${list}`).join('; ');
};

/** `PASS file` or `FAIL file: first difference`, with the versions in brackets. */
export const reportLine = (report: CaseReport): string => {
  if (report.notApplicable) return `SKIP ${report.file}: ${report.notApplicable}`;
  const versions = report.versions.length ? ` [${describeVersions(report)}]` : '';
  const corrected = report.correction ? ` (case corrected: ${report.correction})` : '';
  const notes = [...new Set(report.versions.flatMap((v) => (v.status === 'passed' && v.note ? [v.note] : [])))];
  const noted = notes.length ? ` (note: ${notes.join('; ')})` : '';
  if (report.passed) return `PASS ${report.file}${versions}${corrected}${noted}`;
  const failed = report.versions.find((v) => v.status === 'failed');
  const reason = report.error ?? (failed?.status === 'failed' ? `v${failed.version}: ${failed.reason}` : 'failed');
  return `FAIL ${report.file}: ${reason}${versions}${corrected}`;
};
