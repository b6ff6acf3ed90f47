/**
 * Properties of the spec v0..v3 session codecs, for every version and message type:
 *   - a valid legacy message, converted and written back the way a legacy client would write the
 *     same steps, converts to the same engine request (round trip);
 *   - messages survive the wire (encode, decode) unchanged, in both directions;
 *   - garbage (any JSON, any string, well-formed messages with nonsense) never throws;
 *   - produced values never leave the feature's range.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deviceListMessage } from '../../protocols/config/deviceInfo.js';
import type { EngineRequest } from '../../protocols/buttplug/engineRequests.js';
import { decodeFrame, encodeFrame, type TaggedMessage } from '../../protocols/buttplug/frame.js';
import type { DeviceInfo, ServerMessageV4 } from '../../protocols/buttplug/messages.js';
import type { Inbound, SessionCodec } from '../../protocols/buttplug/sessionCodec.js';
import {
  ACTUATOR_TYPES,
  CLIENT_MESSAGES,
  LEGACY_VERSIONS,
  SENSOR_TYPES,
  type LegacyClientMessageName,
  type LegacyVersion,
} from '../../protocols/buttplug/legacy/legacyClientMessages.js';
import { legacyCodec } from '../../protocols/buttplug/legacy/legacyCodec.js';
import { legacyDeviceView, type LegacyActuator } from '../../protocols/buttplug/legacy/legacyDeviceView.js';
import { v3SensorName } from '../../protocols/buttplug/legacy/legacyDevices.js';
import { serverMessageTable } from '../../protocols/buttplug/legacy/legacyServerMessages.js';
import type { LegacySessionState } from '../../protocols/buttplug/legacy/legacySessionState.js';
import {
  commandValue,
  deviceInfo,
  outputRange,
  positionFor,
  speedFor,
  unitFloat,
} from '../../protocols/buttplug/testing/legacyArbitraries.js';

type Codec = SessionCodec<LegacySessionState>;
type Output = Extract<EngineRequest, { kind: 'output' }>;

const codecs = Object.fromEntries(LEGACY_VERSIONS.map((v) => [v, legacyCodec(v)])) as Record<LegacyVersion, Codec>;

const withDevices = (codec: Codec, devices: readonly DeviceInfo[]): LegacySessionState =>
  codec.seedDevices(codec.initialState(), deviceListMessage(0, devices));

/** Sends one message through the codec as a session does: text frame, decode, convert. */
const send = (
  codec: Codec,
  state: LegacySessionState,
  message: TaggedMessage,
): { state: LegacySessionState; inbound: Inbound } => {
  const decoded = codec.decode(encodeFrame([message]));
  if (!decoded.ok) throw new Error(`frame refused: ${decoded.failure.message}`);
  const element = decoded.elements[0]!;
  if (!element.ok) throw new Error(`${message.type} refused: ${element.failure.message}`);
  expect(element.message).toEqual(message);
  return codec.inbound(element.message, state);
};

const outputOf = (inbound: Inbound): Output => {
  if (inbound.kind !== 'request' || inbound.request.kind !== 'output') {
    throw new Error(`expected an output request, got ${JSON.stringify(inbound)}`);
  }
  return inbound.request;
};

/** Every produced value lies in the range DeviceList gives the feature. */
const expectInRange = (device: DeviceInfo, request: Output) => {
  for (const { featureIndex, command } of request.commands) {
    const { type, value } = commandValue(command);
    const range = outputRange(device, featureIndex, type);
    expect(range, `feature ${featureIndex} has ${type}`).toBeDefined();
    expect(Number.isInteger(value)).toBe(true);
    expect(value).toBeGreaterThanOrEqual(range![0]);
    expect(value).toBeLessThanOrEqual(range![1]);
  }
};

const indexOf = (list: readonly LegacyActuator[], featureIndex: number, type?: string) =>
  list.findIndex((a) => a.featureIndex === featureIndex && (type === undefined || a.type === type));

const base = (type: string, device: DeviceInfo, id = 7) => ({ type, Id: id, DeviceIndex: device.DeviceIndex });

/** How a legacy client writes a command for a device, and how it writes the steps it wants back. */
interface CommandCase {
  readonly versions: readonly LegacyVersion[];
  readonly applies: (device: DeviceInfo) => boolean;
  readonly message: (device: DeviceInfo) => fc.Arbitrary<TaggedMessage>;
  /** The message a client writes to get exactly `request` (undefined: no round trip exists)... */
  readonly back?: (device: DeviceInfo, request: Output) => TaggedMessage;
  /** ... on these devices (default: all). */
  readonly invertible?: (device: DeviceInfo) => boolean;
}

const view = legacyDeviceView;
const subcommands = <T>(length: number, item: (index: fc.Arbitrary<number>) => fc.Arbitrary<T>) =>
  fc.array(item(fc.integer({ min: 0, max: length - 1 })), { minLength: 1, maxLength: 4 });

const commandCases: Record<string, CommandCase> = {
  SingleMotorVibrateCmd: {
    versions: [0, 1],
    applies: (d) => view(d).vibrate.length > 0,
    message: (d) => unitFloat.map((Speed) => ({ ...base('SingleMotorVibrateCmd', d), Speed }) as TaggedMessage),
    back: (d, r) =>
      ({
        ...base('SingleMotorVibrateCmd', d),
        Speed: speedFor(commandValue(r.commands[0]!.command).value, view(d).vibrate[0]!.stepCount),
      }) as TaggedMessage,
    // One speed for every motor: motors of different step counts round it differently.
    invertible: (d) => new Set(view(d).vibrate.map((m) => m.stepCount)).size === 1,
  },
  VibrateCmd: {
    versions: [1, 2],
    applies: (d) => view(d).vibrate.length > 0,
    message: (d) =>
      subcommands(view(d).vibrate.length, (Index) => fc.record({ Index, Speed: unitFloat })).map(
        (Speeds) => ({ ...base('VibrateCmd', d), Speeds }) as TaggedMessage,
      ),
    back: (d, r) =>
      ({
        ...base('VibrateCmd', d),
        Speeds: r.commands.map(({ featureIndex, command }) => {
          const index = indexOf(view(d).vibrate, featureIndex);
          return { Index: index, Speed: speedFor(commandValue(command).value, view(d).vibrate[index]!.stepCount) };
        }),
      }) as TaggedMessage,
  },
  RotateCmd: {
    versions: [1, 2, 3],
    applies: (d) => view(d).rotate.length > 0,
    message: (d) =>
      subcommands(view(d).rotate.length, (Index) =>
        fc.record({ Index, Speed: unitFloat, Clockwise: fc.boolean() }),
      ).map((Rotations) => ({ ...base('RotateCmd', d), Rotations }) as TaggedMessage),
    back: (d, r) =>
      ({
        ...base('RotateCmd', d),
        Rotations: r.commands.map(({ featureIndex, command }) => {
          const index = indexOf(view(d).rotate, featureIndex);
          const value = commandValue(command).value;
          return { Index: index, Speed: speedFor(value, view(d).rotate[index]!.stepCount), Clockwise: value >= 0 };
        }),
      }) as TaggedMessage,
  },
  LinearCmd: {
    versions: [1, 2, 3],
    applies: (d) => view(d).linear.length > 0,
    message: (d) =>
      subcommands(view(d).linear.length, (Index) =>
        fc.record({ Index, Duration: fc.integer({ min: 0, max: 100_000 }), Position: unitFloat }),
      ).map((Vectors) => ({ ...base('LinearCmd', d), Vectors }) as TaggedMessage),
    back: (d, r) =>
      ({
        ...base('LinearCmd', d),
        Vectors: r.commands.map(({ featureIndex, command }) => {
          const index = indexOf(view(d).linear, featureIndex);
          const { value, duration } = commandValue(command);
          return { Index: index, Duration: duration, Position: positionFor(value, view(d).linear[index]!.stepCount) };
        }),
      }) as TaggedMessage,
  },
  ScalarCmd: {
    versions: [3],
    applies: (d) => view(d).scalar.length > 0,
    message: (d) =>
      subcommands(view(d).scalar.length, (Index) =>
        Index.chain((i) =>
          fc.record({ Index: fc.constant(i), Scalar: unitFloat, ActuatorType: fc.constant(view(d).scalar[i]!.type) }),
        ),
      ).map((Scalars) => ({ ...base('ScalarCmd', d), Scalars }) as TaggedMessage),
    back: (d, r) =>
      ({
        ...base('ScalarCmd', d),
        Scalars: r.commands.map(({ featureIndex, command }) => {
          const { type, value } = commandValue(command);
          const index = indexOf(view(d).scalar, featureIndex, type);
          return { Index: index, Scalar: speedFor(value, view(d).scalar[index]!.stepCount), ActuatorType: type };
        }),
      }) as TaggedMessage,
  },
  FleshlightLaunchFW12Cmd: {
    versions: [0, 1],
    applies: (d) => view(d).linear.length > 0,
    message: (d) =>
      fc
        .record({ Position: fc.integer({ min: 0, max: 99 }), Speed: fc.integer({ min: 0, max: 99 }) })
        .map((body) => ({ ...base('FleshlightLaunchFW12Cmd', d), ...body }) as TaggedMessage),
  },
  VorzeA10CycloneCmd: {
    versions: [0, 1],
    applies: (d) => view(d).rotate.length > 0,
    message: (d) =>
      fc
        .record({ Speed: fc.integer({ min: 0, max: 100 }), Clockwise: fc.boolean() })
        .map((body) => ({ ...base('VorzeA10CycloneCmd', d), ...body }) as TaggedMessage),
  },
};

describe('legacy device commands', () => {
  for (const [name, spec] of Object.entries(commandCases)) {
    for (const version of spec.versions) {
      const codec = codecs[version];
      const devices = deviceInfo().filter(spec.applies);

      it(`v${version} ${name}: values stay in the feature's range`, () => {
        fc.assert(
          fc.property(
            devices.chain((d) => fc.tuple(fc.constant(d), spec.message(d))),
            ([device, message]) => {
              const request = outputOf(send(codec, withDevices(codec, [device]), message).inbound);
              expect(request.id).toBe(7);
              expect(request.deviceIndex).toBe(device.DeviceIndex);
              expect(request.commands.map((c) => c.featureIndex)).toEqual(
                [...request.commands.map((c) => c.featureIndex)].sort((a, b) => a - b),
              );
              expectInRange(device, request);
              if (name === 'FleshlightLaunchFW12Cmd') {
                // The duration is derived, so it is kept inside what the feature accepts.
                const { duration } = commandValue(request.commands[0]!.command);
                const [min, max] =
                  device.DeviceFeatures[String(request.commands[0]!.featureIndex)]!.Output!.HwPositionWithDuration!
                    .Duration;
                expect(duration).toBeGreaterThanOrEqual(min);
                expect(duration).toBeLessThanOrEqual(max);
              }
            },
          ),
        );
      });

      const back = spec.back;
      if (back) {
        it(`v${version} ${name}: converting and writing back is stable`, () => {
          fc.assert(
            fc.property(
              devices.filter(spec.invertible ?? (() => true)).chain((d) => fc.tuple(fc.constant(d), spec.message(d))),
              ([device, message]) => {
                const state = withDevices(codec, [device]);
                const first = outputOf(send(codec, state, message).inbound);
                const again = outputOf(send(codec, state, back(device, first)).inbound);
                expect(again).toEqual(first);
              },
            ),
          );
        });
      }
    }
  }
});

describe('legacy sensor reads', () => {
  const readable = (type: string) => deviceInfo().filter((d) => view(d).sensorRead.some((s) => s.type === type));

  it('v2 BatteryLevelCmd reads the first battery; the reading comes back as a 0..1 level', () => {
    const codec = codecs[2];
    fc.assert(
      fc.property(readable('Battery'), fc.integer({ min: 0, max: 100 }), (device, percent) => {
        const sent = send(codec, withDevices(codec, [device]), base('BatteryLevelCmd', device) as TaggedMessage);
        const battery = view(device).sensorRead.find((s) => s.type === 'Battery')!;
        expect(sent.inbound).toEqual({
          kind: 'request',
          request: {
            kind: 'input',
            id: 7,
            deviceIndex: device.DeviceIndex,
            featureIndex: battery.featureIndex,
            type: 'Battery',
            command: 'Read',
          },
        });
        const reading: ServerMessageV4 = {
          type: 'InputReading',
          Id: 7,
          DeviceIndex: device.DeviceIndex,
          FeatureIndex: battery.featureIndex,
          Reading: { Battery: { Value: percent } },
        };
        const reply = codec.outbound(reading, sent.state);
        expect(reply.messages).toEqual([
          { type: 'BatteryLevelReading', Id: 7, DeviceIndex: device.DeviceIndex, BatteryLevel: percent / 100 },
        ]);
        expect(reply.state.pending.size).toBe(0);
      }),
    );
  });

  it('v3 SensorReadCmd: converting and writing back is stable, and the reading echoes the request', () => {
    const codec = codecs[3];
    const devices = deviceInfo().filter((d) => view(d).sensorRead.length > 0);
    fc.assert(
      fc.property(
        devices.chain((d) => fc.tuple(fc.constant(d), fc.integer({ min: 0, max: view(d).sensorRead.length - 1 }))),
        fc.integer({ min: 0, max: 100 }),
        ([device, index], value) => {
          const sensor = view(device).sensorRead[index]!;
          const message = {
            ...base('SensorReadCmd', device),
            SensorIndex: index,
            SensorType: v3SensorName(sensor),
          } as TaggedMessage;
          const state = withDevices(codec, [device]);
          const sent = send(codec, state, message);
          if (sent.inbound.kind !== 'request' || sent.inbound.request.kind !== 'input')
            throw new Error('expected an input request');
          const request = sent.inbound.request;
          // The request names a sensor of the asked type; written back by its list position it is the same request.
          const resolved = view(device).sensorRead.findIndex(
            (s) => s.featureIndex === request.featureIndex && s.type === request.type,
          );
          expect(send(codec, state, { ...message, SensorIndex: resolved } as TaggedMessage).inbound).toEqual(
            sent.inbound,
          );
          const reading = {
            type: 'InputReading',
            Id: 7,
            DeviceIndex: device.DeviceIndex,
            FeatureIndex: request.featureIndex,
            Reading: { [request.type]: { Value: value } },
          } as ServerMessageV4;
          expect(codec.outbound(reading, sent.state).messages).toEqual([
            {
              type: 'SensorReading',
              Id: 7,
              DeviceIndex: device.DeviceIndex,
              SensorIndex: index,
              SensorType: v3SensorName(sensor),
              Data: [value],
            },
          ]);
        },
      ),
    );
  });
});

// ---- the wire, both directions ----

describe('device descriptions', () => {
  for (const version of LEGACY_VERSIONS) {
    it(`v${version}: DeviceList and DeviceAdded validate against the version's schema and survive the wire`, () => {
      const codec = codecs[version];
      const table = serverMessageTable(version);
      fc.assert(
        fc.property(
          fc.uniqueArray(deviceInfo(), { selector: (d) => d.DeviceIndex, maxLength: 4 }),
          fc.integer({ min: 1, max: 99 }),
          (devices, id) => {
            const list = codec.outbound(deviceListMessage(id, devices), codec.initialState());
            const added = codec.outbound(deviceListMessage(0, devices), codec.initialState());
            const messages = [...list.messages, ...added.messages];
            expect(messages.map((m) => m.type)).toEqual(['DeviceList', ...devices.map(() => 'DeviceAdded')]);
            const decoded = decodeFrame(encodeFrame(messages), table);
            if (!decoded.ok) throw new Error(decoded.failure.message);
            expect(decoded.elements.map((e) => (e.ok ? e.message : e.failure))).toEqual(messages);
          },
        ),
      );
    });
  }
});

// ---- garbage ----

/** Bodies that pass every version's schema but say anything: unknown devices, wild indexes, any type names. */
const fieldArbitraries: Record<string, fc.Arbitrary<unknown>> = {
  Id: fc.integer({ min: 1, max: 5 }),
  DeviceIndex: fc.integer({ min: 0, max: 3 }),
  ClientName: fc.string(),
  MessageVersion: fc.integer({ min: 0, max: 3 }),
  Speed: unitFloat,
  Position: unitFloat,
  Clockwise: fc.boolean(),
  Command: fc.string(),
  TestString: fc.string(),
  LogLevel: fc.constant('Info'),
  Speeds: fc.array(fc.record({ Index: fc.nat(6), Speed: unitFloat }), { minLength: 1 }),
  Rotations: fc.array(fc.record({ Index: fc.nat(6), Speed: unitFloat, Clockwise: fc.boolean() }), { minLength: 1 }),
  Vectors: fc.array(
    fc.record({
      Index: fc.nat(6),
      Duration: fc.double({ min: 0, max: 2 ** 31 - 1, noNaN: true }),
      Position: unitFloat,
    }),
  ),
  Scalars: fc.array(
    fc.record({ Index: fc.nat(6), Scalar: unitFloat, ActuatorType: fc.constantFrom(...Object.keys(ACTUATOR_TYPES)) }),
    { minLength: 1 },
  ),
  SensorIndex: fc.nat(4),
  SensorType: fc.constantFrom(...Object.keys(SENSOR_TYPES)),
  Endpoint: fc.string(),
  Data: fc.array(fc.nat(255)),
  WriteWithResponse: fc.boolean(),
  WaitForData: fc.boolean(),
};

const percentFields: Record<string, Record<string, fc.Arbitrary<unknown>>> = {
  FleshlightLaunchFW12Cmd: { Position: fc.nat(99), Speed: fc.nat(99) },
  VorzeA10CycloneCmd: { Speed: fc.nat(100) },
};

const fieldsOf: Partial<Record<LegacyClientMessageName, readonly string[]>> = {
  RequestServerInfo: ['Id', 'ClientName', 'MessageVersion'],
  StopDeviceCmd: ['Id', 'DeviceIndex'],
  SingleMotorVibrateCmd: ['Id', 'DeviceIndex', 'Speed'],
  FleshlightLaunchFW12Cmd: ['Id', 'DeviceIndex', 'Position', 'Speed'],
  VorzeA10CycloneCmd: ['Id', 'DeviceIndex', 'Speed', 'Clockwise'],
  KiirooCmd: ['Id', 'DeviceIndex', 'Command'],
  LovenseCmd: ['Id', 'DeviceIndex', 'Command'],
  Test: ['Id', 'TestString'],
  RequestLog: ['Id', 'LogLevel'],
  VibrateCmd: ['Id', 'DeviceIndex', 'Speeds'],
  RotateCmd: ['Id', 'DeviceIndex', 'Rotations'],
  LinearCmd: ['Id', 'DeviceIndex', 'Vectors'],
  BatteryLevelCmd: ['Id', 'DeviceIndex'],
  RSSILevelCmd: ['Id', 'DeviceIndex'],
  ScalarCmd: ['Id', 'DeviceIndex', 'Scalars'],
  SensorReadCmd: ['Id', 'DeviceIndex', 'SensorIndex', 'SensorType'],
  SensorSubscribeCmd: ['Id', 'DeviceIndex', 'SensorIndex', 'SensorType'],
  SensorUnsubscribeCmd: ['Id', 'DeviceIndex', 'SensorIndex', 'SensorType'],
  RawWriteCmd: ['Id', 'DeviceIndex', 'Endpoint', 'Data', 'WriteWithResponse'],
  RawReadCmd: ['Id', 'DeviceIndex', 'Endpoint', 'WaitForData'],
  RawSubscribeCmd: ['Id', 'DeviceIndex', 'Endpoint'],
  RawUnsubscribeCmd: ['Id', 'DeviceIndex', 'Endpoint'],
};

const wellFormed = (version: LegacyVersion): fc.Arbitrary<TaggedMessage> =>
  fc.constantFrom(...CLIENT_MESSAGES[version]).chain((name) => {
    const fields = name === 'RequestServerInfo' && version === 0 ? ['Id', 'ClientName'] : (fieldsOf[name] ?? ['Id']);
    const arbitraries = Object.fromEntries(fields.map((f) => [f, percentFields[name]?.[f] ?? fieldArbitraries[f]!]));
    return fc.record(arbitraries).map((body) => ({ type: name, ...body }) as TaggedMessage);
  });

const devicesArbitrary = fc.uniqueArray(
  fc.integer({ min: 0, max: 3 }).chain((i) => deviceInfo(i)),
  { selector: (d) => d.DeviceIndex, maxLength: 3 },
);

/** Server messages the engine could send, with nonsense in them. */
const engineMessage: fc.Arbitrary<ServerMessageV4> = fc.oneof(
  fc.record({ type: fc.constant('Ok' as const), Id: fc.nat(5) }),
  fc.record({
    type: fc.constant('Error' as const),
    Id: fc.nat(5),
    ErrorCode: fc.constantFrom(0, 1, 2, 3, 4),
    ErrorMessage: fc.string(),
  }),
  fc.record({ type: fc.constant('ScanningFinished' as const), Id: fc.constant(0) }),
  fc.tuple(fc.nat(5), devicesArbitrary).map(([id, devices]) => deviceListMessage(id, devices)),
  fc.record({
    type: fc.constant('InputReading' as const),
    Id: fc.nat(5),
    DeviceIndex: fc.nat(3),
    FeatureIndex: fc.nat(5),
    Reading: fc.oneof(
      fc.nat(100).map((Value) => ({ Battery: { Value } })),
      fc.integer({ min: -128, max: 127 }).map((Value) => ({ Rssi: { Value } })),
      fc.nat(65_535).map((Value) => ({ Pressure: { Value } })),
    ),
  }),
);

describe('garbage never throws', () => {
  for (const version of LEGACY_VERSIONS) {
    const codec = codecs[version];

    it(`v${version}: any JSON value or string as a frame decodes to errors or messages`, () => {
      fc.assert(
        fc.property(fc.oneof(fc.jsonValue(), fc.string(), fc.json(), fc.array(fc.jsonValue())), (frame) => {
          const decoded = codec.decode(frame);
          for (const element of decoded.ok ? decoded.elements : []) {
            if (element.ok) codec.inbound(element.message, codec.initialState());
            else expect(element.failure.code).toBe(3);
          }
        }),
      );
    });

    it(`v${version}: well-formed messages with nonsense in them, then engine messages, never throw or leave a range`, () => {
      fc.assert(
        fc.property(
          devicesArbitrary,
          fc.array(wellFormed(version), { maxLength: 8 }),
          fc.array(engineMessage, { maxLength: 8 }),
          (devices, messages, replies) => {
            let state = withDevices(codec, devices);
            for (const message of messages) {
              const result = send(codec, state, message);
              state = result.state;
              const inbound = result.inbound;
              // Whatever happens, the answer will carry the message's Id.
              expect(inbound.kind === 'request' ? inbound.request.id : inbound.id).toBe(
                (message as unknown as { Id: number }).Id,
              );
              if (inbound.kind === 'failure') expect([3, 4]).toContain(inbound.failure.code);
              if (inbound.kind === 'request' && inbound.request.kind === 'output') {
                const request = inbound.request;
                expectInRange(
                  devices.find((d) => d.DeviceIndex === request.deviceIndex)!,
                  request,
                );
              }
            }
            const table = serverMessageTable(version);
            for (const reply of replies) {
              const result = codec.outbound(reply, state);
              state = result.state;
              for (const message of result.messages) {
                const decoded = decodeFrame(encodeFrame([message]), table);
                expect(decoded.ok && decoded.elements[0]!.ok, JSON.stringify(message)).toBe(true);
              }
            }
          },
        ),
      );
    });
  }
});
