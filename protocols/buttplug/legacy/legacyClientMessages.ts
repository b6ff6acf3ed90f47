/**
 * What legacy clients (spec v0..v3) send: one Effect schema per message body, and which messages
 * exist in which version. Field shapes follow the written spec's JSON schema. The v0 device messages
 * (SingleMotorVibrateCmd, FleshlightLaunchFW12Cmd, ...) exist in v0 and v1, as in the reference (the
 * changelog deprecates them by v2); VibrateCmd in v1 and v2 (ScalarCmd replaces it in v3, where the
 * reference still accepts it by accident); BatteryLevelCmd and RSSILevelCmd only in v2.
 */
import * as Schema from 'effect/Schema';
import type { MessageTable } from '../frame.js';
import { ClientId, U32, UnitFloat } from '../schemaPrimitives.js';

export type LegacyVersion = 0 | 1 | 2 | 3;
export const LEGACY_VERSIONS: readonly LegacyVersion[] = [0, 1, 2, 3];

/** v3 ActuatorType names (and the lowercase aliases the reference accepts), as v4 output types. */
export const ACTUATOR_TYPES = {
  Vibrate: 'Vibrate',
  Rotate: 'Rotate',
  Oscillate: 'Oscillate',
  Constrict: 'Constrict',
  Position: 'Position',
  Temperature: 'Temperature',
  Led: 'Led',
  Spray: 'Spray',
  vibrate: 'Vibrate',
  rotate: 'Rotate',
  oscillate: 'Oscillate',
  constrict: 'Constrict',
  position: 'Position',
  temperature: 'Temperature',
  led: 'Led',
  spray: 'Spray',
} as const;
export type ActuatorTypeName = keyof typeof ACTUATOR_TYPES;

/** v3 SensorType names (buttplug-js spells RSSI in capitals, the reference `Rssi`), as v4 input types. */
export const SENSOR_TYPES = {
  Battery: 'Battery',
  RSSI: 'Rssi',
  Rssi: 'Rssi',
  Button: 'Button',
  Pressure: 'Pressure',
  Depth: 'Depth',
  Position: 'Position',
  battery: 'Battery',
  rssi: 'Rssi',
  button: 'Button',
  pressure: 'Pressure',
  depth: 'Depth',
  position: 'Position',
} as const;
export type SensorTypeName = keyof typeof SENSOR_TYPES;

const keysOf = <T extends object>(record: T) => Object.keys(record) as (keyof T & string)[];
const ActuatorType = Schema.Literal(...keysOf(ACTUATOR_TYPES));
const SensorType = Schema.Literal(...keysOf(SENSOR_TYPES));
const Byte = Schema.Int.pipe(Schema.between(0, 255));
/** Legacy Fleshlight and Vorze values are percent-like integers. */
const Percent99 = Schema.Int.pipe(Schema.between(0, 99));

const IdOnly = Schema.Struct({ Id: ClientId });
const DeviceOnly = Schema.Struct({ Id: ClientId, DeviceIndex: U32 });
const deviceMessage = <F extends Schema.Struct.Fields>(fields: F) =>
  Schema.Struct({ Id: ClientId, DeviceIndex: U32, ...fields });
const Sensor = deviceMessage({ SensorIndex: U32, SensorType });

const requestServerInfoV0 = Schema.Struct({
  Id: ClientId,
  ClientName: Schema.String,
  // v0 has no version field; the reference also reads an explicit 0 as v0.
  MessageVersion: Schema.optional(Schema.Literal(0)),
});
const requestServerInfoV1 = Schema.Struct({ Id: ClientId, ClientName: Schema.String, MessageVersion: U32 });

/** Every legacy client message body but RequestServerInfo (whose shape depends on the version). */
const legacyClientBodies = {
  Ping: IdOnly,
  StartScanning: IdOnly,
  StopScanning: IdOnly,
  RequestDeviceList: IdOnly,
  StopAllDevices: IdOnly,
  StopDeviceCmd: DeviceOnly,
  SingleMotorVibrateCmd: deviceMessage({ Speed: UnitFloat }),
  FleshlightLaunchFW12Cmd: deviceMessage({ Position: Percent99, Speed: Percent99 }),
  // The written spec allows 0..100 (the reference validator stops at 99).
  VorzeA10CycloneCmd: deviceMessage({ Speed: Schema.Int.pipe(Schema.between(0, 100)), Clockwise: Schema.Boolean }),
  KiirooCmd: deviceMessage({ Command: Schema.String }),
  LovenseCmd: deviceMessage({ Command: Schema.String }),
  Test: Schema.Struct({ Id: ClientId, TestString: Schema.String }),
  RequestLog: Schema.Struct({
    Id: ClientId,
    LogLevel: Schema.Literal('Off', 'Fatal', 'Error', 'Warn', 'Info', 'Debug', 'Trace'),
  }),
  VibrateCmd: deviceMessage({ Speeds: Schema.NonEmptyArray(Schema.Struct({ Index: U32, Speed: UnitFloat })) }),
  RotateCmd: deviceMessage({
    Rotations: Schema.NonEmptyArray(Schema.Struct({ Index: U32, Speed: UnitFloat, Clockwise: Schema.Boolean })),
  }),
  LinearCmd: deviceMessage({
    // Durations are JSON numbers in the written spec (JS clients send fractions); the reference caps them below 2^31.
    Vectors: Schema.Array(
      Schema.Struct({ Index: U32, Duration: Schema.Number.pipe(Schema.between(0, 0x7fff_ffff)), Position: UnitFloat }),
    ),
  }),
  BatteryLevelCmd: DeviceOnly,
  RSSILevelCmd: DeviceOnly,
  ScalarCmd: deviceMessage({
    Scalars: Schema.NonEmptyArray(Schema.Struct({ Index: U32, Scalar: UnitFloat, ActuatorType })),
  }),
  SensorReadCmd: Sensor,
  SensorSubscribeCmd: Sensor,
  SensorUnsubscribeCmd: Sensor,
  RawWriteCmd: deviceMessage({ Endpoint: Schema.String, Data: Schema.Array(Byte), WriteWithResponse: Schema.Boolean }),
  RawReadCmd: deviceMessage({
    Endpoint: Schema.String,
    // The written spec says Length, the reference ExpectedLength.
    Length: Schema.optional(U32),
    ExpectedLength: Schema.optional(U32),
    WaitForData: Schema.Boolean,
  }),
  RawSubscribeCmd: deviceMessage({ Endpoint: Schema.String }),
  RawUnsubscribeCmd: deviceMessage({ Endpoint: Schema.String }),
} as const;

type Bodies = typeof legacyClientBodies;
export type LegacyClientMessageName = keyof Bodies | 'RequestServerInfo';
export type LegacyClientMessage<N extends keyof Bodies = keyof Bodies> =
  | { [K in N]: { readonly type: K } & Schema.Schema.Type<Bodies[K]> }[N]
  | ({ readonly type: 'RequestServerInfo' } & Schema.Schema.Type<typeof requestServerInfoV1>)
  | ({ readonly type: 'RequestServerInfo' } & Schema.Schema.Type<typeof requestServerInfoV0>);

const COMMON = [
  'RequestServerInfo',
  'Ping',
  'StartScanning',
  'StopScanning',
  'RequestDeviceList',
  'StopAllDevices',
  'StopDeviceCmd',
] as const;
const RAW = ['RawWriteCmd', 'RawReadCmd', 'RawSubscribeCmd', 'RawUnsubscribeCmd'] as const;
const V0_ONLY = [
  'SingleMotorVibrateCmd',
  'FleshlightLaunchFW12Cmd',
  'VorzeA10CycloneCmd',
  'KiirooCmd',
  'LovenseCmd',
  'Test',
  'RequestLog',
] as const;

/** The client messages of each legacy version. */
export const CLIENT_MESSAGES: Readonly<Record<LegacyVersion, readonly LegacyClientMessageName[]>> = {
  0: [...COMMON, ...V0_ONLY],
  1: [...COMMON, ...V0_ONLY, 'VibrateCmd', 'RotateCmd', 'LinearCmd'],
  2: [...COMMON, 'VibrateCmd', 'RotateCmd', 'LinearCmd', 'BatteryLevelCmd', 'RSSILevelCmd', ...RAW],
  3: [
    ...COMMON,
    'ScalarCmd',
    'RotateCmd',
    'LinearCmd',
    'SensorReadCmd',
    'SensorSubscribeCmd',
    'SensorUnsubscribeCmd',
    ...RAW,
  ],
};

/** Name -> body schema for decoding one version's client frames. */
export const clientMessageTable = (version: LegacyVersion): MessageTable =>
  Object.fromEntries(
    CLIENT_MESSAGES[version].map((name) => [
      name,
      name === 'RequestServerInfo'
        ? version === 0
          ? requestServerInfoV0
          : requestServerInfoV1
        : legacyClientBodies[name],
    ]),
  ) as MessageTable;
