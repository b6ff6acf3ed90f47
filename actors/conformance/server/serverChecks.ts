/**
 * Server mode's scripted checks, one spec rule each: the handshake and version negotiation, errors and
 * Ids, DeviceList consistency, outputs, stop semantics and ping. Each opens its own connection, says
 * in one line what it saw, and is skipped (with the reason) when the server gives it nothing to work
 * on: no device, no device port to watch, no ping timer.
 *
 * Where the written spec and the reference server differ on something the spec leaves open, a check
 * accepts both and says which it saw; where the written spec is clear, it is the rule.
 */
import { Schema } from 'effect';
import { messageBodiesV4 } from '../../../protocols/buttplug/messages.js';
import { messageOf } from '../../../protocols/core/errorText.js';
import { gapRespected, stoppedWithin } from '../../../protocols/safety/observedRules.js';
import { describeMessage, messageBody, messageId, messageName, wireMessage, type WireMessage } from '../wire.js';
import type { DialedDevice } from './dialedDevice.js';
import { describeLevels, isRunning } from './lovenseLevels.js';
import { describeRequest, missingOutputType, requestFrame } from './requestFrames.js';
import { handshakeMessage, type ServerTarget, type Session } from './serverTarget.js';
import {
  devicesOf,
  expectationOf,
  isStoppable,
  judgeReply,
  type ModelDevice,
  type ModelOutput,
  type ModelRequest,
} from './specModel.js';
import type { WireConnection } from './wireConnection.js';

export type CheckStatus = 'pass' | 'fail' | 'skip';

export interface CheckOutcome {
  readonly status: CheckStatus;
  readonly detail: string;
}

export interface ServerCheck {
  readonly id: string;
  readonly title: string;
  run(target: ServerTarget): Promise<CheckOutcome>;
}

export const passed = (detail: string): CheckOutcome => ({ status: 'pass', detail });
export const failed = (detail: string): CheckOutcome => ({ status: 'fail', detail });
export const skipped = (detail: string): CheckOutcome => ({ status: 'skip', detail });

/** Every stop path must have zeroed every output within this long. */
export const STOP_WITHIN_MS = 1_000;
/** After a stop, devices are watched this long for anything starting them again. */
const STAY_STOPPED_MS = 300;

/** How long a scan may take to find what it finds (servers with Bluetooth scan until told to stop). */
export const SCAN_MS = 1_000;

const NEEDS_DEVICE_PORT = "needs --device-server (the server's device WebSocket port), to see what the devices receive";

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// ---- helpers ----

const withSession = async (
  target: ServerTarget,
  use: (session: Session) => Promise<CheckOutcome>,
): Promise<CheckOutcome> => {
  const session = await target.session();
  try {
    return await use(session);
  } finally {
    await session.close();
  }
};

const replyOf = (message: WireMessage | undefined) =>
  message ? { name: messageName(message), body: messageBody(message) } : undefined;

/** Sends a model request and judges the reply: the problem, or undefined when it is what the spec wants. */
const ask = async (
  connection: WireConnection,
  request: ModelRequest,
  maxPingTime: number,
): Promise<string | undefined> => (await exchange(connection, request, maxPingTime)).problem;

const exchange = async (
  connection: WireConnection,
  request: ModelRequest,
  maxPingTime: number,
): Promise<{ problem?: string; reply?: WireMessage }> => {
  const id = connection.takeId();
  const from = connection.received.length;
  connection.send(requestFrame(request, id));
  const expectation = expectationOf(request, maxPingTime);
  const reply = await connection.waitFor(
    (m) => messageId(m) === id || (expectation.idZero === true && messageId(m) === 0 && messageName(m) === 'Error'),
    connection.timeoutMs,
    from,
  );
  const problem = judgeReply(expectation, replyOf(reply?.message));
  return {
    ...(problem ? { problem: `${describeRequest(request)}: ${problem}` } : {}),
    ...(reply ? { reply: reply.message } : {}),
  };
};

/** "Error 4 (no device with index 1002)", for reports. */
const describeReply = (message: WireMessage | undefined): string => {
  if (!message) return 'nothing';
  const body = messageBody(message);
  return messageName(message) === 'Error'
    ? `Error ${String(body['ErrorCode'])} (${String(body['ErrorMessage'])})`
    : messageName(message);
};

/** The session still works: RequestDeviceList is answered with a DeviceList. */
const stillAnswers = async (connection: WireConnection): Promise<string | undefined> => {
  if (!connection.open)
    return `the server closed the connection (${connection.closed?.reason || `code ${connection.closed?.code}`})`;
  const reply = await connection.request('RequestDeviceList');
  if (reply && messageName(reply) === 'DeviceList') return undefined;
  return reply
    ? `afterwards RequestDeviceList was answered ${describeMessage(reply)}`
    : 'afterwards RequestDeviceList got no answer';
};

const firstOutput = (
  devices: readonly ModelDevice[],
  accept: (output: ModelOutput) => boolean,
): ModelOutput | undefined => devices.flatMap((device) => device.outputs).find(accept);

const unsigned = (output: ModelOutput) => output.range[0] >= 0;
const stoppable = (output: ModelOutput) => isStoppable(output.type);

/** The value that drives an output hard enough to notice: its range's maximum. */
const runValue = (output: ModelOutput) => output.range[1];

const unknownIndex = (devices: readonly ModelDevice[]) => Math.max(-1, ...devices.map((d) => d.index)) + 1_000;

/** Sets every stoppable output of these devices to its maximum; the first problem if the server refuses. */
const runDevices = async (session: Session, devices: readonly ModelDevice[]): Promise<string | undefined> => {
  for (const device of devices)
    for (const output of device.outputs.filter(stoppable)) {
      const problem = await ask(
        session.connection,
        { kind: 'output', output, value: runValue(output) },
        session.serverInfo.maxPingTime,
      );
      if (problem) return problem;
    }
  return undefined;
};

/** Waits until each dialed device runs; the ones that do not. */
const waitRunning = async (devices: readonly DialedDevice[]): Promise<DialedDevice[]> => {
  const started = await Promise.all(devices.map((device) => device.waitUntil(isRunning, STOP_WITHIN_MS)));
  return devices.filter((_, i) => !started[i]);
};

/** Each device stopped within a second of `from` and stayed stopped a while; what went wrong, per device. */
const stoppedSince = async (devices: readonly DialedDevice[], from: number): Promise<string[]> => {
  await Promise.all(devices.map((device) => device.waitUntil((levels) => !isRunning(levels), STOP_WITHIN_MS)));
  const until = Math.min(performance.now(), from + STOP_WITHIN_MS) + STAY_STOPPED_MS;
  await delay(Math.max(0, until - performance.now()));
  return devices.flatMap((device) => {
    const timeline = device.commands.filter((c) => c.output).map((c) => ({ at: c.at, running: isRunning(c.levels) }));
    const problem = stoppedWithin(timeline, from, STOP_WITHIN_MS, until);
    return problem ? [`device ${device.index}: ${problem} (${describeLevels(device.levels)})`] : [];
  });
};

const dialedReady = (target: ServerTarget): DialedDevice[] | CheckOutcome => {
  if (target.options.deviceServer === undefined) return skipped(NEEDS_DEVICE_PORT);
  if (target.dialProblem) return failed(target.dialProblem);
  const ready = target.dialed.filter((device) => device.index !== undefined && device.connected);
  return ready.length > 0 ? ready : failed('no dialed device is connected to the server');
};

const isOutcome = (value: unknown): value is CheckOutcome =>
  typeof value === 'object' && value !== null && 'status' in value;

const connectionProblem = (connection: WireConnection) =>
  connection.closed
    ? `the server closed the connection (${connection.closed.reason || `code ${connection.closed.code}`})`
    : undefined;

// ---- handshake and versions ----

const serverInfoCheck: ServerCheck = {
  id: 'handshake.server-info',
  title: 'RequestServerInfo (spec 4.0) is answered with one ServerInfo carrying its Id',
  async run(target) {
    const { connection, reply } = await target.connect([handshakeMessage(7)], 7);
    try {
      if (!reply) return failed(`no answer within ${target.timeoutMs} ms`);
      if (messageName(reply) !== 'ServerInfo') return failed(`answered ${describeMessage(reply)}`);
      const decoded = Schema.decodeUnknownEither(messageBodiesV4.ServerInfo)(messageBody(reply));
      if (decoded._tag === 'Left') return failed(`ServerInfo does not match the spec: ${describeMessage(reply)}`);
      const info = decoded.right;
      if (info.Id !== 7) return failed(`ServerInfo carries Id ${info.Id}, not the request's 7`);
      if (info.ProtocolVersionMajor !== 4)
        return failed(`ServerInfo says spec ${info.ProtocolVersionMajor}.${info.ProtocolVersionMinor} to a 4.0 client`);
      return passed(
        `"${info.ServerName}", spec ${info.ProtocolVersionMajor}.${info.ProtocolVersionMinor}, MaxPingTime ${info.MaxPingTime}`,
      );
    } finally {
      await connection.close();
    }
  },
};

const handshakeFirstCheck: ServerCheck = {
  id: 'handshake.required-first',
  title: 'A request before RequestServerInfo is not served',
  async run(target) {
    const { connection, reply } = await target.connect([wireMessage('RequestDeviceList', { Id: 3 })], 3);
    try {
      if (!reply)
        return passed(
          connection.closed ? 'the server closed the connection' : 'no reply (the reference server drops such frames)',
        );
      if (messageName(reply) === 'Error' && messageBody(reply)['ErrorCode'] === 1) return passed('Error code 1');
      return failed(`answered ${describeMessage(reply)} (expected Error code 1)`);
    } finally {
      await connection.close();
    }
  },
};

const handshakeRepeatedCheck: ServerCheck = {
  id: 'handshake.repeated',
  title: 'A second RequestServerInfo gets Error code 1, and the session goes on',
  run: (target) =>
    withSession(target, async ({ connection }) => {
      const id = connection.takeId();
      const reply = await connection.request('RequestServerInfo', { ...messageBody(handshakeMessage(id)) });
      if (!reply) return failed(`no answer within ${target.timeoutMs} ms`);
      if (messageName(reply) !== 'Error' || messageBody(reply)['ErrorCode'] !== 1)
        return failed(`answered ${describeMessage(reply)} (expected Error code 1)`);
      const problem = await stillAnswers(connection);
      return problem ? failed(problem) : passed('Error code 1');
    }),
};

const newerMajorCheck: ServerCheck = {
  id: 'version.newer-client',
  title: 'A client asking for spec 5 is refused (Error code 1 or closed), not served',
  async run(target) {
    const rsi = wireMessage('RequestServerInfo', {
      Id: 1,
      ClientName: 'conformance',
      ProtocolVersionMajor: 5,
      ProtocolVersionMinor: 0,
    });
    const { connection, reply } = await target.connect([rsi], 1);
    try {
      if (reply && messageName(reply) === 'Error' && messageBody(reply)['ErrorCode'] === 1)
        return passed('Error code 1');
      if (reply) return failed(`answered ${describeMessage(reply)}`);
      if (await connection.waitForClose(1_000)) return passed('closed the connection');
      return failed(`no answer and the connection stays open: the client is left waiting`);
    } finally {
      await connection.close();
    }
  },
};

const legacyCheck = (version: 0 | 1 | 2 | 3): ServerCheck => ({
  id: `version.legacy-v${version}`,
  title: `A spec v${version} client gets ServerInfo for v${version} and a v${version} DeviceList`,
  async run(target) {
    const rsi = wireMessage('RequestServerInfo', {
      Id: 1,
      ClientName: 'conformance',
      ...(version > 0 ? { MessageVersion: version } : {}),
    });
    const { connection, reply } = await target.connect([rsi], 1);
    try {
      if (!reply) return failed(`no answer within ${target.timeoutMs} ms`);
      if (messageName(reply) !== 'ServerInfo') return failed(`answered ${describeMessage(reply)}`);
      const info = messageBody(reply);
      if (info['MessageVersion'] !== version)
        return failed(`ServerInfo says MessageVersion ${String(info['MessageVersion'])}: ${describeMessage(reply)}`);
      if ('ProtocolVersionMajor' in info)
        return failed(`a v4 ServerInfo went to a v${version} client: ${describeMessage(reply)}`);
      connection.takeId();
      const list = await connection.request('RequestDeviceList');
      if (!list || messageName(list) !== 'DeviceList')
        return failed(`RequestDeviceList was answered ${list ? describeMessage(list) : 'with nothing'}`);
      if (!Array.isArray(messageBody(list)['Devices']))
        return failed(`the DeviceList is not in v${version} form (Devices must be an array)`);
      return passed(
        `MessageVersion ${version}, DeviceList with ${(messageBody(list)['Devices'] as unknown[]).length} devices`,
      );
    } finally {
      await connection.close();
    }
  },
});

// ---- errors ----

const errorCheck = (
  id: string,
  title: string,
  request: (target: ServerTarget) => ModelRequest | CheckOutcome,
): ServerCheck => ({
  id,
  title,
  async run(target) {
    const chosen = request(target);
    if (isOutcome(chosen)) return chosen;
    return withSession(target, async (session) => {
      const { problem, reply } = await exchange(session.connection, chosen, session.serverInfo.maxPingTime);
      if (problem) return failed(problem);
      const dead = await stillAnswers(session.connection);
      return dead ? failed(dead) : passed(`${describeRequest(chosen)}: ${describeReply(reply)}`);
    });
  },
});

const needOutput = (
  target: ServerTarget,
  accept: (output: ModelOutput) => boolean,
  what: string,
): ModelOutput | CheckOutcome =>
  firstOutput(target.commandable, accept) ?? skipped(`the server lists no device with ${what}`);

const errorChecks: ServerCheck[] = [
  errorCheck('errors.unparseable-frame', 'A frame that is not JSON gets Error code 3, and the session goes on', () => ({
    kind: 'hostile',
    frame: 'unparseable',
  })),
  errorCheck('errors.not-an-array', 'A frame that is not an array gets Error code 3', () => ({
    kind: 'hostile',
    frame: 'notArray',
  })),
  errorCheck('errors.unknown-message', 'An unknown message type gets Error code 3', () => ({
    kind: 'hostile',
    frame: 'unknownMessage',
  })),
  errorCheck('errors.reserved-id', 'A request with Id 0 (reserved for events) gets Error code 3', () => ({
    kind: 'hostile',
    frame: 'reservedId',
  })),
  errorCheck('errors.unknown-device', 'OutputCmd to a device index nobody has gets Error code 4', (target) => ({
    kind: 'unknownDevice',
    device: unknownIndex(target.devices),
  })),
  errorCheck('errors.unknown-feature', 'OutputCmd to a feature index the device lacks gets Error code 4', (target) => {
    const device = target.commandable[0];
    return device
      ? { kind: 'unknownFeature', device: device.index, feature: Math.max(-1, ...device.featureIndexes) + 10 }
      : skipped('the server lists no device');
  }),
  errorCheck('errors.out-of-range', 'A value above the feature range gets Error code 4', (target) => {
    const output = needOutput(target, () => true, 'outputs');
    return isOutcome(output) ? output : { kind: 'outputOutOfRange', output, value: output.range[1] + 1 };
  }),
  errorCheck(
    'errors.negative-value',
    'A negative value for an output without direction gets Error code 4',
    (target) => {
      const output = needOutput(
        target,
        (o) => unsigned(o) && o.type !== 'HwPositionWithDuration',
        'an unsigned output',
      );
      return isOutcome(output) ? output : { kind: 'negativeValue', output };
    },
  ),
  errorCheck('errors.wrong-output-type', 'An output type the feature does not have gets Error code 4', (target) => {
    for (const device of target.commandable)
      for (const output of device.outputs) {
        const type = missingOutputType(device.outputs.filter((o) => o.feature === output.feature));
        if (type) return { kind: 'wrongOutputType', output, type };
      }
    return skipped('the server lists no device with outputs');
  }),
];

// ---- device list ----

const deviceListCheck: ServerCheck = {
  id: 'devicelist.reply',
  title: 'RequestDeviceList is answered with a DeviceList that matches the spec and itself',
  run: (target) =>
    withSession(target, async ({ connection }) => {
      const reply = await connection.request('RequestDeviceList');
      if (!reply || messageName(reply) !== 'DeviceList')
        return failed(`answered ${reply ? describeMessage(reply) : 'nothing'}`);
      const problems = deviceListProblems(messageBody(reply));
      return problems.length
        ? failed(problems.join('; '))
        : passed(`${(devicesOf(messageBody(reply)) ?? []).length} devices`);
    }),
};

/** Spec shape plus the internal consistency the schema cannot say: keys repeat indexes, ranges ascend. */
export const deviceListProblems = (body: unknown): string[] => {
  const decoded = Schema.decodeUnknownEither(messageBodiesV4.DeviceList)(body);
  if (decoded._tag === 'Left') return [`does not match the spec: ${describeMessage(body, 300)}`];
  const problems: string[] = [];
  for (const [key, device] of Object.entries(decoded.right.Devices)) {
    if (key !== String(device.DeviceIndex))
      problems.push(`device key "${key}" holds DeviceIndex ${device.DeviceIndex}`);
    for (const [featureKey, feature] of Object.entries(device.DeviceFeatures)) {
      const where = `device ${device.DeviceIndex} feature ${featureKey}`;
      if (featureKey !== String(feature.FeatureIndex))
        problems.push(`${where} holds FeatureIndex ${feature.FeatureIndex}`);
      for (const [type, output] of Object.entries(feature.Output ?? {})) {
        if (!output) continue;
        if (output.Value[0] > output.Value[1])
          problems.push(`${where} ${type} range [${output.Value.join(', ')}] is upside down`);
        if ('Duration' in output && output.Duration[0] > output.Duration[1])
          problems.push(`${where} ${type} duration range is upside down`);
      }
      for (const [type, input] of Object.entries(feature.Input ?? {}))
        if (input && input.Value.length === 0) problems.push(`${where} ${type} input has no value range`);
    }
  }
  return problems;
};

const scanningCheck: ServerCheck = {
  id: 'devicelist.scanning',
  title: 'StartScanning and StopScanning get Ok; DeviceList events agree with RequestDeviceList',
  run: (target) =>
    withSession(target, async ({ connection }) => {
      const from = connection.received.length;
      const start = await connection.request('StartScanning');
      if (!start || messageName(start) !== 'Ok')
        return failed(`StartScanning was answered ${start ? describeMessage(start) : 'with nothing'}`);
      await connection.waitFor((m) => messageName(m) === 'ScanningFinished', SCAN_MS, from);
      const stop = await connection.request('StopScanning');
      if (!stop || messageName(stop) !== 'Ok')
        return failed(`StopScanning was answered ${stop ? describeMessage(stop) : 'with nothing'}`);
      const events = connection.all('DeviceList', from).filter((e) => messageId(e.message) === 0);
      const broken = events.flatMap((e) => deviceListProblems(messageBody(e.message)));
      if (broken.length) return failed(`a DeviceList event ${broken[0]}`);
      const listed = await target.deviceList(connection);
      if (!listed) return failed('RequestDeviceList did not give a valid DeviceList');
      const lastEvent = events.at(-1);
      if (lastEvent) {
        const evented = (devicesOf(messageBody(lastEvent.message)) ?? []).map((d) => d.DeviceIndex).sort();
        const now = listed.map((d) => d.index).sort();
        if (evented.join() !== now.join())
          return failed(
            `the last DeviceList event had devices [${evented.join(', ')}], RequestDeviceList then says [${now.join(', ')}]`,
          );
      }
      return passed(`${events.length} DeviceList events while scanning; ${listed.length} devices listed`);
    }),
};

const deviceAddedCheck: ServerCheck = {
  id: 'devicelist.device-added',
  title: 'A device that connects is announced to the client by a DeviceList event (Id 0)',
  async run(target) {
    const ready = dialedReady(target);
    if (isOutcome(ready)) return ready;
    const silent = ready.filter((device) => !target.announcedByEvent.has(device));
    return silent.length
      ? failed(
          `no DeviceList event announced device ${silent.map((d) => d.index).join(', ')} (it only showed up in RequestDeviceList)`,
        )
      : passed(`devices ${ready.map((d) => d.index).join(', ')} announced as they connected`);
  },
};

const deviceRemovedCheck: ServerCheck = {
  id: 'devicelist.device-removed',
  title: 'A device that goes away leaves the list (DeviceList event) and commands to it get Error code 4',
  async run(target) {
    const ready = dialedReady(target);
    if (isOutcome(ready)) return ready;
    const leaving = ready.at(-1)!;
    const index = leaving.index!;
    return withSession(target, async ({ connection }) => {
      const from = connection.received.length;
      await leaving.close();
      const event = await connection.waitFor(
        (m) =>
          messageName(m) === 'DeviceList' &&
          messageId(m) === 0 &&
          !(devicesOf(messageBody(m)) ?? []).some((d) => d.DeviceIndex === index),
        2_000,
        from,
      );
      if (!event) return failed(`no DeviceList event without device ${index} within 2000 ms of it leaving`);
      const output = target.modelOf(leaving)?.outputs[0] ?? { feature: 0, type: 'Vibrate' };
      const reply = await connection.request('OutputCmd', {
        DeviceIndex: index,
        FeatureIndex: output.feature,
        Command: { [output.type]: output.type === 'HwPositionWithDuration' ? { Value: 0, Duration: 0 } : { Value: 0 } },
      });
      if (!reply || messageName(reply) !== 'Error' || messageBody(reply)['ErrorCode'] !== 4)
        return failed(
          `a command to the removed device ${index} was answered ${reply ? describeMessage(reply) : 'with nothing'} (expected Error code 4)`,
        );
      return passed(
        `device ${index} left the list ${Math.round(event.at - (leaving.closed?.at ?? event.at))} ms after it went away`,
      );
    });
  },
};

// ---- outputs ----

const outputsAcceptedCheck: ServerCheck = {
  id: 'outputs.accepted',
  title: 'Every output takes the ends of its range (Ok), and 0 again',
  run: async (target) => {
    const outputs = target.commandable.flatMap((d) => d.outputs);
    if (outputs.length === 0) return skipped('the server lists no device with outputs');
    return withSession(target, async ({ connection, serverInfo }) => {
      const problems: string[] = [];
      for (const output of outputs) {
        const duration = output.duration ? Math.min(Math.max(output.duration[0], 200), output.duration[1]) : undefined;
        const values = [
          output.range[1],
          ...(output.range[0] < 0 ? [output.range[0]] : []),
          ...(stoppable(output) ? [0] : []),
        ];
        for (const value of values) {
          const request: ModelRequest = {
            kind: 'output',
            output,
            value,
            ...(duration !== undefined ? { duration } : {}),
          };
          const problem = await ask(connection, request, serverInfo.maxPingTime);
          if (problem) problems.push(problem);
        }
      }
      await ask(connection, { kind: 'stop' }, serverInfo.maxPingTime);
      return problems.length
        ? failed(problems.slice(0, 3).join('; '))
        : passed(`${outputs.length} outputs on ${target.commandable.length} devices`);
    });
  },
};

/** The Lovense motor a Vibrate feature drives, when the server passes steps through unscaled (range 0..20). */
const motorOf = (device: ModelDevice, output: ModelOutput): number | undefined => {
  const vibrators = device.outputs.filter((o) => o.type === 'Vibrate');
  if (output.type !== 'Vibrate' || vibrators.length !== device.outputs.length || output.range[1] !== 20)
    return undefined;
  return vibrators.indexOf(output);
};

const reachDeviceCheck: ServerCheck = {
  id: 'outputs.reach-device',
  title: 'An output command reaches the device (it runs at the level sent), and 0 stops it',
  async run(target) {
    const ready = dialedReady(target);
    if (isOutcome(ready)) return ready;
    return withSession(target, async ({ connection, serverInfo }) => {
      const notes: string[] = [];
      for (const device of ready) {
        const model = target.modelOf(device)!;
        const output = model.outputs.find(stoppable);
        if (!output) return failed(`the server lists device ${device.index} with no output to run`);
        const value = runValue(output);
        const problem = await ask(connection, { kind: 'output', output, value }, serverInfo.maxPingTime);
        if (problem) return failed(problem);
        const motor = motorOf(model, output);
        const reached = await device.waitUntil(
          (levels) => (motor === undefined ? isRunning(levels) : levels.motors[motor] === value),
          STOP_WITHIN_MS,
        );
        if (!reached)
          return failed(
            `device ${device.index} did not run after ${describeRequest({ kind: 'output', output, value })}: ${describeLevels(device.levels)}`,
          );
        const stopProblem = await ask(connection, { kind: 'output', output, value: 0 }, serverInfo.maxPingTime);
        if (stopProblem) return failed(stopProblem);
        if (!(await device.waitUntil((levels) => !isRunning(levels), STOP_WITHIN_MS)))
          return failed(`device ${device.index} still runs after ${output.type} 0: ${describeLevels(device.levels)}`);
        notes.push(`device ${device.index} ran at ${output.type} ${value} and stopped at 0`);
      }
      return passed(notes.join('; '));
    });
  },
};

const BURST = 20;
const BURST_SPACING_MS = 5;

const messageGapCheck: ServerCheck = {
  id: 'outputs.message-gap',
  title: "A burst of commands respects the device's message gap, and the last value wins",
  async run(target) {
    const ready = dialedReady(target);
    if (isOutcome(ready)) return ready;
    const device = ready[0]!;
    const model = target.modelOf(device)!;
    const output = model.outputs.find(stoppable);
    if (!output) return failed(`the server lists device ${device.index} with no output to run`);
    return withSession(target, async ({ connection, serverInfo }) => {
      const values = Array.from({ length: BURST }, (_, i) => 1 + (i % Math.max(1, output.range[1])));
      const last = values.at(-1)!;
      const startedAt = performance.now();
      const ids: number[] = [];
      for (const value of values) {
        const id = connection.takeId();
        ids.push(id);
        connection.send(requestFrame({ kind: 'output', output, value }, id));
        await delay(BURST_SPACING_MS);
      }
      const burstMs = performance.now() - startedAt;
      for (const id of ids) {
        const reply = await connection.waitFor((m) => messageId(m) === id, connection.timeoutMs);
        const problem = judgeReply({ replies: ['Ok'], errorCodes: [] }, replyOf(reply?.message));
        if (problem) return failed(`a command of the burst: ${problem}`);
      }
      await delay(model.gapMs + 300);
      const writes = device.outputsSince(startedAt);
      const gapProblem = gapRespected(
        writes.map((w) => w.at),
        model.gapMs,
        { burstMs: burstMs + model.gapMs },
      );
      const motor = motorOf(model, output);
      const held = motor === undefined ? undefined : device.levels.motors[motor];
      await ask(connection, { kind: 'stop' }, serverInfo.maxPingTime);
      if (gapProblem) return failed(`${gapProblem} (${writes.map((w) => w.command).join(' ')})`);
      if (motor === undefined ? !isRunning(device.levels) : held !== last)
        return failed(
          `after the burst device ${device.index} is at ${describeLevels(device.levels)}; the last value sent was ${last}`,
        );
      return passed(
        `${BURST} commands in ${Math.round(burstMs)} ms became ${writes.length} writes (gap ${model.gapMs} ms); the device ends at ${last}`,
      );
    });
  },
};

// ---- stop ----

const stopDeviceCheck: ServerCheck = {
  id: 'stop.device',
  title: 'StopCmd for one device gets Ok and stops it within 1 s',
  async run(target) {
    const device = target.commandable[0];
    if (!device) return skipped('the server lists no device');
    return withSession(target, async (session) => {
      const dialed = target.dialed.find((d) => d.index === device.index);
      if (dialed) {
        const problem = await runDevices(session, [device]);
        if (problem) return failed(problem);
        if ((await waitRunning([dialed])).length)
          return failed(`device ${device.index} never started, so its stop cannot be seen`);
      }
      const problem = await ask(
        session.connection,
        { kind: 'stop', device: device.index },
        session.serverInfo.maxPingTime,
      );
      if (problem) return failed(problem);
      if (!dialed)
        return passed(`Ok for device ${device.index} (what the device does is not visible: ${NEEDS_DEVICE_PORT})`);
      const late = await stoppedSince([dialed], performance.now());
      return late.length ? failed(late.join('; ')) : passed(`device ${device.index} stopped`);
    });
  },
};

const stopAllCheck: ServerCheck = {
  id: 'stop.all',
  title: 'StopCmd without a device index gets Ok and stops every device within 1 s',
  run: (target) =>
    withSession(target, async (session) => {
      const dialed = target.options.deviceServer === undefined ? [] : dialedReady(target);
      if (isOutcome(dialed)) return dialed;
      if (dialed.length) {
        const problem = await runDevices(session, target.commandable);
        if (problem) return failed(problem);
        const idle = await waitRunning(dialed);
        if (idle.length) return failed(`device ${idle.map((d) => d.index).join(', ')} never started`);
      }
      const problem = await ask(session.connection, { kind: 'stop' }, session.serverInfo.maxPingTime);
      if (problem) return failed(problem);
      if (!dialed.length) return passed('Ok; what the devices did is not visible without --device-server');
      const late = await stoppedSince(dialed, performance.now());
      return late.length ? failed(late.join('; ')) : passed(`devices ${dialed.map((d) => d.index).join(', ')} stopped`);
    }),
};

const stopUnknownCheck = errorCheck(
  'stop.unknown-device',
  'StopCmd for a device index nobody has gets Error code 4',
  (target) => ({
    kind: 'stopUnknownDevice',
    device: unknownIndex(target.devices),
  }),
);

const stopOnLeaveCheck = (how: 'close' | 'drop'): ServerCheck => ({
  id: how === 'close' ? 'stop.on-disconnect' : 'stop.on-connection-loss',
  title:
    how === 'close'
      ? 'When the client closes its connection, every device stops within 1 s'
      : 'When the client vanishes (TCP gone, no close frame), every device stops within 1 s',
  async run(target) {
    const dialed = dialedReady(target);
    if (isOutcome(dialed)) return dialed;
    const session = await target.session();
    try {
      const problem = await runDevices(session, target.commandable);
      if (problem) return failed(problem);
      const idle = await waitRunning(dialed);
      if (idle.length) return failed(`device ${idle.map((d) => d.index).join(', ')} never started`);
    } catch (error) {
      await session.close();
      throw error;
    }
    session.stopPinging();
    const leftAt = performance.now();
    if (how === 'close') await session.close();
    else session.connection.terminate();
    const late = await stoppedSince(dialed, leftAt);
    return late.length
      ? failed(late.join('; '))
      : passed(`devices ${dialed.map((d) => d.index).join(', ')} stopped after the client left`);
  },
});

// ---- ping ----

const pingAnsweredCheck: ServerCheck = {
  id: 'ping.answered',
  title: 'Ping gets Ok',
  run: (target) =>
    withSession(target, async ({ connection, serverInfo }) => {
      const reply = await connection.request('Ping');
      if (reply && messageName(reply) === 'Ok') return passed('Ok');
      if (
        serverInfo.maxPingTime === 0 &&
        reply &&
        messageName(reply) === 'Error' &&
        messageBody(reply)['ErrorCode'] === 2
      )
        return passed('Error code 2 while MaxPingTime is 0 (the reference server does this; the written spec says Ok)');
      return failed(`answered ${reply ? describeMessage(reply) : 'nothing'}`);
    }),
};

const pingKeepsCheck: ServerCheck = {
  id: 'ping.keeps-session',
  title: 'A client that pings in time keeps its session past MaxPingTime',
  async run(target) {
    const maxPing = target.serverInfo.maxPingTime;
    if (maxPing === 0) return skipped('the server does not ask for pings (MaxPingTime 0)');
    return withSession(target, async ({ connection }) => {
      await connection.waitForClose(maxPing * 2.5);
      const pingedOut = connection.received.find(
        (r) => messageName(r.message) === 'Error' && messageBody(r.message)['ErrorCode'] === 2,
      );
      if (pingedOut)
        return failed(
          `Error code 2 although Ping came every ${Math.round(maxPing / 3)} ms: ${describeMessage(pingedOut.message)}`,
        );
      const problem = connectionProblem(connection) ?? (await stillAnswers(connection));
      return problem
        ? failed(problem)
        : passed(`alive after ${maxPing * 2.5} ms of pinging every ${Math.round(maxPing / 3)} ms`);
    });
  },
};

const pingTimeoutCheck: ServerCheck = {
  id: 'ping.timeout',
  title: 'A client that stops pinging is cut off (Error code 2 or closed) and its devices stop within 1 s',
  async run(target) {
    const maxPing = target.serverInfo.maxPingTime;
    if (maxPing === 0) return skipped('the server does not ask for pings (MaxPingTime 0)');
    const dialed = target.options.deviceServer === undefined ? [] : dialedReady(target);
    if (isOutcome(dialed)) return dialed;
    const session = await target.session();
    const { connection } = session;
    try {
      if (dialed.length) {
        const problem = await runDevices(session, target.commandable);
        if (problem) return failed(problem);
      }
      session.stopPinging();
      const lastPing =
        [...connection.sent].reverse().find((s) => s.messages.some((m) => messageName(m) === 'Ping'))?.at ??
        connection.sent[0]!.at;
      const isPingError = (m: WireMessage) => messageName(m) === 'Error' && messageBody(m)['ErrorCode'] === 2;
      const error = await connection.waitFor(isPingError, maxPing * 2 + 1_000);
      const closed = error ? undefined : await connection.waitForClose(1);
      const cutAt = error?.at ?? closed?.at;
      if (cutAt === undefined)
        return failed(`no Error code 2 and the connection is open ${maxPing * 2 + 1_000} ms after the last Ping`);
      if (cutAt - lastPing < maxPing - 50)
        return failed(
          `cut off ${Math.round(cutAt - lastPing)} ms after the last Ping, before MaxPingTime (${maxPing} ms)`,
        );
      if (connection.open) {
        const reply = await connection.request('RequestDeviceList');
        if (reply && !isPingError(reply))
          return failed(`after the ping timeout RequestDeviceList was answered ${describeMessage(reply)}`);
      }
      const late = dialed.length ? await stoppedSince(dialed, cutAt) : [];
      if (late.length) return failed(late.join('; '));
      return passed(
        `${error ? 'Error code 2' : 'closed'} ${Math.round(cutAt - lastPing)} ms after the last Ping${dialed.length ? '; devices stopped' : ''}`,
      );
    } finally {
      await session.close();
    }
  },
};

/** The scripted checks, in the order they run (the device removal comes last: it switches a device off). */
export const scriptedChecks = (): { before: ServerCheck[]; after: ServerCheck[] } => ({
  before: [
    serverInfoCheck,
    handshakeFirstCheck,
    handshakeRepeatedCheck,
    newerMajorCheck,
    legacyCheck(3),
    legacyCheck(2),
    legacyCheck(1),
    legacyCheck(0),
    ...errorChecks,
    deviceListCheck,
    scanningCheck,
    deviceAddedCheck,
    outputsAcceptedCheck,
    reachDeviceCheck,
    messageGapCheck,
    stopDeviceCheck,
    stopAllCheck,
    stopUnknownCheck,
    stopOnLeaveCheck('close'),
    stopOnLeaveCheck('drop'),
    pingAnsweredCheck,
    pingKeepsCheck,
    pingTimeoutCheck,
  ],
  after: [deviceRemovedCheck],
});

/** Runs a check; an exception (the server vanished, a socket failed) is that check's failure. */
export const runCheck = async (check: ServerCheck, target: ServerTarget): Promise<CheckOutcome> => {
  try {
    return await check.run(target);
  } catch (error) {
    return failed(messageOf(error));
  }
};
