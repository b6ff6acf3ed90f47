/**
 * Client mode's five sequences, with upstream's names, step names and MaxPingTime values. Each step
 * says what the client must do and judges it from what crossed the wire and what the simulated
 * devices received; the harness looks again (every 50 ms) until the step passes, fails for good, or
 * its time is up. A client may act before a step is reached (a library scans and sends as fast as it
 * can), so checks read the whole record; where order matters (a valid command *after* an error, no
 * command to a removed device) they say so.
 *
 * `inject` is what upstream's default (harness-driven) mode sends on the client's behalf; with
 * `--client-driven` the client itself must send it.
 */
import { STOPPABLE_OUTPUTS, type OutputType } from '../../../protocols/buttplug/featureTypes.js';
import { describeMessage, messageBody, messageName, wireMessage, type WireMessage } from '../wire.js';
import { CONFORMANCE_DEVICES, SENSOR_VALUES, type DecodedOutput } from './conformanceDevices.js';
import type { Exchange, ObservedConnection } from './observedConnection.js';

export type Verdict = { readonly status: 'pass' } | { readonly status: 'waiting' | 'fail'; readonly reason: string };

const pass: Verdict = { status: 'pass' };
const waiting = (reason: string): Verdict => ({ status: 'waiting', reason });
const fail = (reason: string): Verdict => ({ status: 'fail', reason });

export interface TimedOutput extends DecodedOutput {
  readonly at: number;
}

/** What a step can see. */
export interface SequenceView {
  readonly now: number;
  readonly connections: readonly ObservedConnection[];
  /** Output writes each device (by index) received, decoded, in order. */
  outputs(device: number): readonly TimedOutput[];
  /** When the harness did something a step waits for: `device-removed`, `server-closed`, `rebuilt`. */
  readonly marks: ReadonlyMap<string, number>;
}

/** What a step can do to the client's world. */
export interface HarnessControl {
  /** The device goes away (its link drops). */
  dropDevice(index: number): void;
  /** The device pushes a sensor reading once the engine has asked it to notify; rejects after `timeoutMs`. */
  pushSensorReading(device: number, feature: number, value: number, timeoutMs: number): Promise<void>;
  /** The harness ends the client's connection. */
  closeConnection(): void;
  /** A fresh engine and listener on the same port (the old ones are shut down). */
  rebuild(): Promise<void>;
}

export interface ClientStep {
  readonly name: string;
  /** What the client must do, in one sentence (shown with a failure). */
  readonly expects: string;
  /** A failure ends the sequence. */
  readonly blocking?: boolean;
  /** Harness-driven mode: messages (without Id) the harness sends in the client's name. */
  readonly inject?: readonly WireMessage[];
  /** What the harness does when the step starts. */
  act?(control: HarnessControl, timeoutMs: number): Promise<void>;
  check(view: SequenceView): Verdict;
}

export interface ClientSequence {
  readonly name: SequenceName;
  readonly description: string;
  readonly maxPingTime: number;
  readonly steps: readonly ClientStep[];
}

export const SEQUENCE_NAMES = [
  'core_protocol',
  'ping_required',
  'error_handling',
  'ping_timeout',
  'reconnection',
] as const;
export type SequenceName = (typeof SEQUENCE_NAMES)[number];

/** Timing slack for deadlines the client must meet (network, a busy machine). */
const SLACK_MS = 250;
/** How long after a device is removed the client is watched for commands to it. */
const REMOVAL_WATCH_MS = 200;

// ---- looking things up ----

type ConnectionOf = (view: SequenceView) => ObservedConnection | undefined;
const firstConnection: ConnectionOf = (view) => view.connections[0];
const latestConnection: ConnectionOf = (view) => view.connections.at(-1);
const connectionAfter =
  (mark: string): ConnectionOf =>
  (view) => {
    const at = view.marks.get(mark);
    return at === undefined ? undefined : view.connections.find((c) => c.openedAt >= at);
  };

const body = (message: WireMessage) => messageBody(message);
const replyName = (exchange: Exchange) => (exchange.reply ? messageName(exchange.reply.message) : undefined);
const errorText = (exchange: Exchange) => {
  const error = exchange.reply ? body(exchange.reply.message) : {};
  return `Error ${String(error['ErrorCode'])} (${String(error['ErrorMessage'])})`;
};

/** The value an output held at a moment, from the writes the device received (0 before any). */
const valueAt = (view: SequenceView, device: number, feature: number, type: OutputType, at: number): number =>
  view
    .outputs(device)
    .filter((w) => w.at <= at && w.featureIndex === feature && w.type === type)
    .at(-1)?.value ?? 0;

const stoppableOutputs = (device: number) =>
  CONFORMANCE_DEVICES[device]!.features.flatMap((feature) =>
    Object.keys(feature.output ?? {})
      .filter((type) => STOPPABLE_OUTPUTS.includes(type as OutputType))
      .map((type) => ({ feature: feature.index, type: type as OutputType })),
  );

const runningAt = (view: SequenceView, device: number, at: number): string[] =>
  stoppableOutputs(device)
    .filter(({ feature, type }) => valueAt(view, device, feature, type, at) !== 0)
    .map(({ feature, type }) => `${type} of feature ${feature} is at ${valueAt(view, device, feature, type, at)}`);

/** DeviceLists the client received that hold these device indexes. */
const announced = (connection: ObservedConnection, indexes: readonly number[]) =>
  connection.delivered('DeviceList').find((m) => {
    const devices = body(m.message)['Devices'];
    return typeof devices === 'object' && devices !== null && indexes.every((i) => String(i) in devices);
  });

/**
 * Passes once some request answered as wanted exists; a request answered otherwise is kept as the
 * reason, in case the client never gets it right.
 */
const someExchange = (
  exchanges: readonly Exchange[],
  judge: (exchange: Exchange) => Verdict,
  none: string,
): Verdict => {
  let reason = none;
  for (const exchange of exchanges) {
    const verdict = judge(exchange);
    if (verdict.status === 'pass') return pass;
    reason = verdict.reason;
  }
  return waiting(reason);
};

const expectOk = (exchange: Exchange, what: string): Verdict => {
  if (!exchange.reply) return waiting(`the ${what} is not answered yet`);
  if (replyName(exchange) === 'Ok') return pass;
  return fail(
    `the server answered ${errorText(exchange)} to the client's ${describeMessage(exchange.request.message)}`,
  );
};

// ---- checks ----

const handshake =
  (maxPingTime: number, connectionOf: ConnectionOf = latestConnection): ClientStep['check'] =>
  (view) => {
    const connection = connectionOf(view);
    if (!connection) return waiting('no client has connected');
    const first = connection.fromClient[0];
    if (!first) return waiting('waiting for the client to send RequestServerInfo');
    if (messageName(first.message) !== 'RequestServerInfo')
      return fail(`the client's first message was ${describeMessage(first.message)}, not RequestServerInfo`);
    const major = body(first.message)['ProtocolVersionMajor'];
    if (major !== 4)
      return fail(
        `the client asked for spec version ${String(major ?? body(first.message)['MessageVersion'])}; these sequences test spec v4 clients`,
      );
    const [exchange] = connection.exchanges('RequestServerInfo');
    if (!exchange?.reply) return waiting('RequestServerInfo is not answered yet');
    if (replyName(exchange) !== 'ServerInfo') return fail(`the handshake was refused: ${errorText(exchange)}`);
    const advertised = body(exchange.reply.message)['MaxPingTime'];
    return advertised === maxPingTime ? pass : fail(`ServerInfo advertised MaxPingTime ${String(advertised)}`);
  };

const scanned =
  (connectionOf: ConnectionOf = latestConnection): ClientStep['check'] =>
  (view) => {
    const connection = connectionOf(view);
    if (!connection) return waiting('no client has connected');
    return someExchange(
      connection.exchanges('StartScanning'),
      (exchange) => expectOk(exchange, 'StartScanning'),
      'the client has not sent StartScanning',
    );
  };

const allAnnounced =
  (connectionOf: ConnectionOf = latestConnection): ClientStep['check'] =>
  (view) => {
    const connection = connectionOf(view);
    if (!connection) return waiting('no client has connected');
    if (!connection.exchanges('StartScanning').some((e) => replyName(e) === 'Ok'))
      return waiting('the client has not scanned');
    return announced(connection, [0, 1, 2]) ? pass : waiting('the three devices have not been announced yet');
  };

const scanAndEnumerate =
  (connectionOf: ConnectionOf = latestConnection): ClientStep['check'] =>
  (view) => {
    const scan = scanned(connectionOf)(view);
    return scan.status === 'pass' ? allAnnounced(connectionOf)(view) : scan;
  };

const requestedDeviceList: ClientStep['check'] = (view) => {
  const connection = latestConnection(view);
  if (!connection) return waiting('no client has connected');
  return someExchange(
    connection.exchanges('RequestDeviceList'),
    (exchange) =>
      !exchange.reply
        ? waiting('RequestDeviceList is not answered yet')
        : replyName(exchange) === 'DeviceList'
          ? pass
          : fail(`RequestDeviceList was answered ${errorText(exchange)}`),
    'the client has not sent RequestDeviceList',
  );
};

/** The client sent this output to this feature, the server said Ok, and the device holds the value. */
const outputReached =
  (
    device: number,
    feature: number,
    type: OutputType,
    connectionOf: ConnectionOf = latestConnection,
  ): ClientStep['check'] =>
  (view) => {
    const connection = connectionOf(view);
    if (!connection) return waiting('no client has connected');
    const exchanges = connection.exchanges(
      'OutputCmd',
      (b) =>
        b['DeviceIndex'] === device &&
        b['FeatureIndex'] === feature &&
        typeof b['Command'] === 'object' &&
        b['Command'] !== null &&
        type in b['Command'],
    );
    return someExchange(
      exchanges,
      (exchange) => {
        const ok = expectOk(exchange, `OutputCmd ${type}`);
        if (ok.status !== 'pass') return ok;
        const command = (body(exchange.request.message)['Command'] as Record<string, Record<string, unknown>>)[type]!;
        const held = valueAt(view, device, feature, type, exchange.reply!.at);
        return held === command['Value']
          ? pass
          : fail(`the device's ${type} holds ${held} after the Ok, not the ${String(command['Value'])} sent`);
      },
      `the client has not sent OutputCmd ${type} to device ${device}, feature ${feature}`,
    );
  };

const inputAnswered =
  (device: number, feature: number, type: string, command: 'Read' | 'Subscribe' | 'Unsubscribe'): ClientStep['check'] =>
  (view) => {
    const connection = latestConnection(view);
    if (!connection) return waiting('no client has connected');
    const exchanges = connection.exchanges(
      'InputCmd',
      (b) =>
        b['DeviceIndex'] === device && b['FeatureIndex'] === feature && b['Type'] === type && b['Command'] === command,
    );
    return someExchange(
      exchanges,
      (exchange) => {
        if (command !== 'Read') return expectOk(exchange, `InputCmd ${command}`);
        if (!exchange.reply) return waiting('the read is not answered yet');
        if (replyName(exchange) !== 'InputReading') return fail(`the read was answered ${errorText(exchange)}`);
        const reading = body(exchange.reply.message)['Reading'] as Record<string, { Value?: unknown }> | undefined;
        const value = reading?.[type]?.Value;
        return value === SENSOR_VALUES[type as keyof typeof SENSOR_VALUES]
          ? pass
          : fail(`the reading was ${describeMessage(reading)}`);
      },
      `the client has not sent InputCmd ${command} ${type} for device ${device}, feature ${feature}`,
    );
  };

const sensorNotified =
  (device: number, feature: number): ClientStep['check'] =>
  (view) => {
    const connection = latestConnection(view);
    if (!connection) return waiting('no client has connected');
    const reading = connection
      .delivered('InputReading')
      .find(
        (m) =>
          body(m.message)['Id'] === 0 &&
          body(m.message)['DeviceIndex'] === device &&
          body(m.message)['FeatureIndex'] === feature,
      );
    return reading ? pass : waiting(`no reading of device ${device}, feature ${feature} has reached the client`);
  };

const stopped =
  (device: number | undefined): ClientStep['check'] =>
  (view) => {
    const connection = latestConnection(view);
    if (!connection) return waiting('no client has connected');
    const exchanges = connection.exchanges('StopCmd', (b) =>
      device === undefined
        ? b['DeviceIndex'] === undefined
        : b['DeviceIndex'] === device && b['FeatureIndex'] === undefined,
    );
    return someExchange(
      exchanges,
      (exchange) => {
        const ok = expectOk(exchange, 'StopCmd');
        if (ok.status !== 'pass') return ok;
        const devices = device === undefined ? [0, 1, 2] : [device];
        const running = devices.flatMap((d) => runningAt(view, d, exchange.reply!.at).map((r) => `device ${d}: ${r}`));
        return running.length === 0 ? pass : fail(`after the StopCmd's Ok, ${running.join('; ')}`);
      },
      device === undefined
        ? 'the client has not sent StopCmd for all devices'
        : `the client has not sent StopCmd for device ${device}`,
    );
  };

const removalHandled =
  (device: number): ClientStep['check'] =>
  (view) => {
    const connection = latestConnection(view);
    const removedAt = view.marks.get('device-removed');
    if (!connection || removedAt === undefined) return waiting('the device has not been removed yet');
    const list = connection
      .delivered('DeviceList')
      .find(
        (m) => m.at >= removedAt && !(String(device) in ((body(m.message)['Devices'] as object | undefined) ?? {})),
      );
    if (!list) return waiting(`no DeviceList without device ${device} has reached the client`);
    const late = connection.fromClient.find((m) => m.at > list.at && body(m.message)['DeviceIndex'] === device);
    if (late) return fail(`after device ${device} was removed the client sent ${describeMessage(late.message)}`);
    return view.now - list.at >= REMOVAL_WATCH_MS || !connection.open
      ? pass
      : waiting('watching the client after the removal');
  };

/**
 * The client has sent `count` Pings (the last one after `after`, if given), each within MaxPingTime
 * of the handshake or the Ping before, and is not overdue now; every Ping answered Ok.
 */
const pingsInTime =
  (
    maxPingTime: number,
    count: number,
    after: (view: SequenceView) => number | undefined = () => 0,
  ): ClientStep['check'] =>
  (view) => {
    const connection = latestConnection(view);
    const handshakeAt = connection?.exchanges('RequestServerInfo')[0]?.reply?.at;
    if (!connection || handshakeAt === undefined) return waiting('no handshake yet');
    const pings = connection.exchanges('Ping');
    const times = [handshakeAt, ...pings.map((ping) => ping.request.at)];
    for (let i = 1; i < times.length; i++) {
      const gap = times[i]! - times[i - 1]!;
      if (gap > maxPingTime + SLACK_MS)
        return fail(
          `Ping ${i} came ${Math.round(gap)} ms after the ${i === 1 ? 'handshake' : 'Ping before'} (MaxPingTime ${maxPingTime})`,
        );
    }
    for (const ping of pings) if (ping.reply && replyName(ping) !== 'Ok') return expectOk(ping, 'Ping');
    const since = times.at(-1)!;
    const overdue = (connection.open ? view.now : connection.closedAt!) - since > maxPingTime + SLACK_MS;
    const done = pings.length >= count && pings.at(-1)!.request.at >= (after(view) ?? Infinity);
    if (done && pings.at(-1)!.reply) return pass;
    if (overdue || !connection.open)
      return fail(
        `no Ping within ${maxPingTime} ms of the ${pings.length === 0 ? 'handshake' : 'last Ping'}${connection.open ? '' : '; the server closed the connection'}`,
      );
    return waiting(`waiting for Ping ${Math.max(pings.length + 1, count)}`);
  };

const validAfterError =
  (nth: number): ClientStep['check'] =>
  (view) => {
    const connection = latestConnection(view);
    if (!connection) return waiting('no client has connected');
    const errors = connection.exchanges('OutputCmd').filter((e) => replyName(e) === 'Error');
    const error = errors[nth];
    if (!error?.reply) return waiting('the error has not happened yet');
    const verdict = someExchange(
      connection.exchanges('OutputCmd').filter((e) => e.request.at > error.reply!.at),
      (exchange) => {
        const ok = expectOk(exchange, 'OutputCmd');
        if (ok.status !== 'pass') return ok;
        const b = body(exchange.request.message);
        const [type, command] = Object.entries(b['Command'] as Record<string, Record<string, unknown>>)[0]!;
        const held = valueAt(
          view,
          b['DeviceIndex'] as number,
          b['FeatureIndex'] as number,
          type as OutputType,
          exchange.reply!.at,
        );
        return held === command['Value']
          ? pass
          : fail(`the device holds ${held}, not the ${String(command['Value'])} sent`);
      },
      'the client has not sent a valid OutputCmd after the error',
    );
    return verdict.status === 'waiting' && !connection.open ? fail('the client disconnected after the error') : verdict;
  };

/** The client went on after an Error: it sent something more, or is still connected. */
const wentOn = (connection: ObservedConnection, after: number) =>
  connection.open || connection.fromClient.some((m) => m.at > after);

const invalidIndexAnswered =
  (what: 'device' | 'feature'): ClientStep['check'] =>
  (view) => {
    const connection = latestConnection(view);
    if (!connection) return waiting('no client has connected');
    const invalid = (b: Readonly<Record<string, unknown>>) => {
      const device = CONFORMANCE_DEVICES[b['DeviceIndex'] as number];
      if (what === 'device') return device === undefined;
      return device !== undefined && !device.features.some((f) => f.index === b['FeatureIndex']);
    };
    return someExchange(
      connection.exchanges('OutputCmd', invalid),
      (exchange) => {
        if (!exchange.reply) return waiting('the invalid command is not answered yet');
        if (replyName(exchange) !== 'Error')
          return fail(`the invalid command was answered ${describeMessage(exchange.reply.message)}`);
        return wentOn(connection, exchange.reply.at) ? pass : fail('the client disconnected after the error');
      },
      `the client has not sent an OutputCmd to an unknown ${what} index`,
    );
  };

const closedByServer: ClientStep['check'] = (view) => {
  const connection = latestConnection(view);
  if (!connection) return waiting('no client has connected');
  if (connection.exchanges('Ping').length > 0)
    return fail('the client sent Ping; in ping_timeout it must stay silent so the server times it out');
  if (connection.open) return waiting('the connection is still open');
  return connection.closedBy === 'server' ? pass : fail('the client closed the connection before the ping timeout');
};

const closed =
  (connectionOf: ConnectionOf = latestConnection): ClientStep['check'] =>
  (view) => {
    const connection = connectionOf(view);
    if (!connection) return waiting('no client has connected');
    return connection.open ? waiting('the connection is still open') : pass;
  };

const marked =
  (mark: string): ClientStep['check'] =>
  (view) =>
    view.marks.has(mark) ? pass : waiting(`waiting for ${mark}`);

// ---- harness-driven messages ----

const output = (device: number, feature: number, command: Record<string, unknown>) =>
  wireMessage('OutputCmd', { DeviceIndex: device, FeatureIndex: feature, Command: command });
const handshakeMessage = wireMessage('RequestServerInfo', {
  ClientName: 'conformance-runner',
  ProtocolVersionMajor: 4,
  ProtocolVersionMinor: 0,
});
const scanMessage = wireMessage('StartScanning', {});

const outputStep = (device: number, feature: number, type: OutputType, value: Record<string, number>): ClientStep => ({
  name: `${type} Command (Device ${device}, Feature ${feature})`,
  expects: `send OutputCmd ${type} to device ${device}, feature ${feature}`,
  inject: [output(device, feature, { [type]: value })],
  check: outputReached(device, feature, type),
});

// ---- the sequences ----

const coreProtocol: ClientSequence = {
  name: 'core_protocol',
  description:
    'Full protocol exercise without ping: handshake, enumeration, all output and input commands, stop, device removal',
  maxPingTime: 0,
  steps: [
    {
      name: 'Handshake',
      expects: 'send RequestServerInfo for spec v4',
      blocking: true,
      inject: [handshakeMessage],
      check: handshake(0),
    },
    { name: 'Start Scanning', expects: 'send StartScanning', blocking: true, inject: [scanMessage], check: scanned() },
    { name: 'Verify Devices Received', expects: 'receive the three devices', blocking: true, check: allAnnounced() },
    {
      name: 'Request Device List',
      expects: 'send RequestDeviceList',
      inject: [wireMessage('RequestDeviceList', {})],
      check: requestedDeviceList,
    },
    outputStep(0, 0, 'Vibrate', { Value: 50 }),
    outputStep(0, 1, 'Vibrate', { Value: 75 }),
    outputStep(0, 2, 'Rotate', { Value: 50 }),
    outputStep(1, 2, 'Oscillate', { Value: 50 }),
    outputStep(1, 0, 'Position', { Value: 50 }),
    outputStep(1, 1, 'HwPositionWithDuration', { Value: 75, Duration: 1000 }),
    outputStep(2, 0, 'Constrict', { Value: 50 }),
    outputStep(2, 1, 'Spray', { Value: 50 }),
    outputStep(2, 2, 'Temperature', { Value: 50 }),
    outputStep(2, 3, 'Led', { Value: 50 }),
    {
      name: 'Battery Read (Device 0)',
      expects: 'read the battery of device 0 (feature 3) and get 85',
      inject: [wireMessage('InputCmd', { DeviceIndex: 0, FeatureIndex: 3, Type: 'Battery', Command: 'Read' })],
      check: inputAnswered(0, 3, 'Battery', 'Read'),
    },
    {
      name: 'Sensor Subscribe (Device 2, Pressure)',
      expects: 'subscribe to the pressure sensor of device 2 (feature 5)',
      inject: [wireMessage('InputCmd', { DeviceIndex: 2, FeatureIndex: 5, Type: 'Pressure', Command: 'Subscribe' })],
      check: inputAnswered(2, 5, 'Pressure', 'Subscribe'),
    },
    {
      name: 'Sensor Notification (Device 2, Pressure)',
      expects: 'stay subscribed while the device pushes a pressure reading',
      act: (control, timeoutMs) => control.pushSensorReading(2, 5, 32_768, timeoutMs),
      check: sensorNotified(2, 5),
    },
    {
      name: 'Sensor Unsubscribe (Device 2, Pressure)',
      expects: 'unsubscribe from the pressure sensor of device 2',
      inject: [wireMessage('InputCmd', { DeviceIndex: 2, FeatureIndex: 5, Type: 'Pressure', Command: 'Unsubscribe' })],
      check: inputAnswered(2, 5, 'Pressure', 'Unsubscribe'),
    },
    {
      name: 'Stop Single Device (Device 0)',
      expects: 'send StopCmd for device 0',
      inject: [wireMessage('StopCmd', { DeviceIndex: 0 })],
      check: stopped(0),
    },
    {
      name: 'Stop All Devices',
      expects: 'send StopCmd without a device index',
      inject: [wireMessage('StopCmd', {})],
      check: stopped(undefined),
    },
    {
      name: 'Device Removal (Device 1)',
      expects: 'take device 1 off its list when it is removed, and send it nothing more',
      act: async (control) => control.dropDevice(1),
      check: removalHandled(1),
    },
  ],
};

const pingRequired: ClientStep[] = [
  {
    name: 'Handshake with Ping',
    expects: 'handshake (MaxPingTime is 1000)',
    blocking: true,
    inject: [handshakeMessage],
    check: handshake(1000),
  },
  {
    name: 'First Ping Received',
    expects: 'send Ping within 1000 ms of the handshake',
    blocking: true,
    check: pingsInTime(1000, 1),
  },
  { name: 'Second Ping Received', expects: 'send Ping within 1000 ms of the first', check: pingsInTime(1000, 2) },
  {
    name: 'Ping with Device Operations',
    expects: 'scan and keep pinging within 1000 ms while the devices arrive',
    inject: [scanMessage],
    check: (view) => {
      const scan = scanAndEnumerate()(view);
      if (scan.status === 'fail') return scan;
      const enumerated = (view: SequenceView) => {
        const connection = latestConnection(view);
        return connection && announced(connection, [0, 1, 2])?.at;
      };
      const pings = pingsInTime(1000, 3, enumerated)(view);
      return pings.status === 'pass' ? scan : pings;
    },
  },
];

const errorHandling: ClientStep[] = [
  {
    name: 'Handshake',
    expects: 'send RequestServerInfo for spec v4',
    blocking: true,
    inject: [handshakeMessage],
    check: handshake(0),
  },
  {
    name: 'Scan and Enumerate',
    expects: 'scan and receive the three devices',
    blocking: true,
    inject: [scanMessage],
    check: scanAndEnumerate(),
  },
  {
    name: 'Invalid Device Index',
    expects: 'send OutputCmd to a device index that does not exist (e.g. 99), get an Error and stay connected',
    inject: [output(99, 0, { Vibrate: { Value: 50 } })],
    check: invalidIndexAnswered('device'),
  },
  {
    name: 'Valid Command After Error',
    expects: 'send a valid OutputCmd after that Error',
    inject: [output(0, 0, { Vibrate: { Value: 50 } })],
    check: validAfterError(0),
  },
  {
    name: 'Invalid Feature Index',
    expects: 'send OutputCmd to a feature index device 0 does not have (e.g. 99), get an Error and stay connected',
    inject: [output(0, 99, { Vibrate: { Value: 50 } })],
    check: invalidIndexAnswered('feature'),
  },
  {
    name: 'Valid Command After Second Error',
    expects: 'send a valid OutputCmd after the second Error',
    inject: [output(0, 2, { Rotate: { Value: 75 } })],
    check: validAfterError(1),
  },
];

const pingTimeout: ClientStep[] = [
  {
    name: 'Handshake with Short Ping',
    expects: 'handshake (MaxPingTime is 500)',
    blocking: true,
    inject: [handshakeMessage],
    check: handshake(500),
  },
  {
    name: 'Wait for Ping Timeout',
    expects: 'send no Ping, so the server closes the connection after 500 ms',
    blocking: true,
    check: closedByServer,
  },
  { name: 'Verify Disconnected State', expects: 'let the connection close', check: closed() },
];

const afterRebuild = connectionAfter('rebuilt');
const reconnection: ClientStep[] = [
  {
    name: 'First Connection Handshake',
    expects: 'send RequestServerInfo for spec v4',
    blocking: true,
    inject: [handshakeMessage],
    check: handshake(0, firstConnection),
  },
  {
    name: 'First Connection Scan',
    expects: 'scan and receive the three devices',
    blocking: true,
    inject: [scanMessage],
    check: scanAndEnumerate(firstConnection),
  },
  {
    name: 'Server Closes Connection',
    expects: 'notice that the server closed the connection',
    blocking: true,
    act: async (control) => control.closeConnection(),
    check: closed(firstConnection),
  },
  {
    name: 'Rebuild Server for Reconnection',
    expects: '(the harness restarts its server)',
    blocking: true,
    act: (control) => control.rebuild(),
    check: marked('rebuilt'),
  },
  {
    name: 'Reconnection Handshake',
    expects: 'connect again and handshake afresh',
    blocking: true,
    inject: [handshakeMessage],
    check: handshake(0, afterRebuild),
  },
  {
    name: 'Reconnection Scan',
    expects: 'scan again and receive the three devices',
    blocking: true,
    inject: [scanMessage],
    check: scanAndEnumerate(afterRebuild),
  },
  {
    name: 'Reconnection Device Command',
    expects: 'send OutputCmd Vibrate to device 0 on the new connection',
    inject: [output(0, 0, { Vibrate: { Value: 50 } })],
    check: outputReached(0, 0, 'Vibrate', afterRebuild),
  },
];

export const SEQUENCES: readonly ClientSequence[] = [
  coreProtocol,
  {
    name: 'ping_required',
    description: 'The client sends Ping in time when the server asks for it',
    maxPingTime: 1000,
    steps: pingRequired,
  },
  {
    name: 'error_handling',
    description: 'The client takes Error replies in its stride and goes on',
    maxPingTime: 0,
    steps: errorHandling,
  },
  {
    name: 'ping_timeout',
    description: 'The server drops a client that does not ping',
    maxPingTime: 500,
    steps: pingTimeout,
  },
  {
    name: 'reconnection',
    description: 'The client reconnects cleanly after the server drops it',
    maxPingTime: 0,
    steps: reconnection,
  },
];
