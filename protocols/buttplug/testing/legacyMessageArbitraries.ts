/**
 * fast-check arbitraries for what a legacy (spec v0 to v3) client sends, as wire messages
 * (`{ "VibrateCmd": { ... } }`), one version at a time: every client message that version has, with
 * values a real app would send. Device indexes come from the test's own list, so commands reach the
 * devices under test; values stay inside the spec's bounds (speeds in 0..1), so a correct server
 * accepts every well-addressed one.
 */
import fc from 'fast-check';
import {
  ACTUATOR_TYPES,
  CLIENT_MESSAGES,
  LEGACY_VERSIONS,
  type LegacyClientMessageName,
  type LegacyVersion,
} from '../legacy/legacyClientMessages.js';
import { unitFloat } from './legacyArbitraries.js';

export type LegacyWireMessage = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

export interface LegacyMessageOptions {
  /** Device indexes to address (default 0..3). */
  readonly devices?: readonly number[];
  /** Feature, motor or sensor indexes to address (default 0..3). */
  readonly indexes?: readonly number[];
}

const id = fc.integer({ min: 1, max: 0xffff_ffff });

const bodies = (
  version: LegacyVersion,
  options: LegacyMessageOptions,
): Record<LegacyClientMessageName, fc.Arbitrary<Record<string, unknown>>> => {
  const device = fc.constantFrom(...(options.devices ?? [0, 1, 2, 3]));
  const index = fc.constantFrom(...(options.indexes ?? [0, 1, 2, 3]));
  const onDevice = <T extends Record<string, fc.Arbitrary<unknown>>>(fields: T) =>
    fc.record({ Id: id, DeviceIndex: device, ...fields }) as fc.Arbitrary<Record<string, unknown>>;
  const percent = (max: number) => fc.integer({ min: 0, max });
  const sensorType = fc.constantFrom('Battery', 'RSSI', 'Button', 'Pressure');
  return {
    RequestServerInfo: fc.record({
      Id: id,
      ClientName: fc.string({ maxLength: 16 }),
      ...(version === 0 ? {} : { MessageVersion: fc.constant(version) }),
    }),
    Ping: fc.record({ Id: id }),
    StartScanning: fc.record({ Id: id }),
    StopScanning: fc.record({ Id: id }),
    RequestDeviceList: fc.record({ Id: id }),
    StopAllDevices: fc.record({ Id: id }),
    StopDeviceCmd: onDevice({}),
    SingleMotorVibrateCmd: onDevice({ Speed: unitFloat }),
    FleshlightLaunchFW12Cmd: onDevice({ Position: percent(99), Speed: percent(99) }),
    VorzeA10CycloneCmd: onDevice({ Speed: percent(99), Clockwise: fc.boolean() }),
    KiirooCmd: onDevice({ Command: fc.integer({ min: 0, max: 4 }).map(String) }),
    LovenseCmd: onDevice({ Command: fc.constantFrom('Vibrate:5;', 'Vibrate:0;', 'Battery;') }),
    Test: fc.record({ Id: id, TestString: fc.string({ maxLength: 16 }) }),
    RequestLog: fc.record({ Id: id, LogLevel: fc.constantFrom('Off', 'Error', 'Warn', 'Info', 'Debug') }),
    VibrateCmd: onDevice({
      Speeds: fc.uniqueArray(fc.record({ Index: index, Speed: unitFloat }), {
        minLength: 1,
        maxLength: 3,
        selector: (s) => s.Index,
      }),
    }),
    RotateCmd: onDevice({
      Rotations: fc.uniqueArray(fc.record({ Index: index, Speed: unitFloat, Clockwise: fc.boolean() }), {
        minLength: 1,
        maxLength: 2,
        selector: (r) => r.Index,
      }),
    }),
    LinearCmd: onDevice({
      Vectors: fc.uniqueArray(
        fc.record({ Index: index, Duration: fc.integer({ min: 0, max: 5_000 }), Position: unitFloat }),
        { minLength: 1, maxLength: 2, selector: (v) => v.Index },
      ),
    }),
    BatteryLevelCmd: onDevice({}),
    RSSILevelCmd: onDevice({}),
    ScalarCmd: onDevice({
      Scalars: fc.uniqueArray(
        fc.record({
          Index: index,
          Scalar: unitFloat,
          ActuatorType: fc.constantFrom(...(Object.keys(ACTUATOR_TYPES) as (keyof typeof ACTUATOR_TYPES)[])),
        }),
        { minLength: 1, maxLength: 3, selector: (s) => s.Index },
      ),
    }),
    SensorReadCmd: onDevice({ SensorIndex: index, SensorType: sensorType }),
    SensorSubscribeCmd: onDevice({ SensorIndex: index, SensorType: sensorType }),
    SensorUnsubscribeCmd: onDevice({ SensorIndex: index, SensorType: sensorType }),
    RawWriteCmd: onDevice({
      Endpoint: fc.constantFrom('tx', 'rx'),
      Data: fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 8 }),
      WriteWithResponse: fc.boolean(),
    }),
    RawReadCmd: onDevice({
      Endpoint: fc.constantFrom('tx', 'rx'),
      ExpectedLength: fc.integer({ min: 0, max: 16 }),
      WaitForData: fc.boolean(),
    }),
    RawSubscribeCmd: onDevice({ Endpoint: fc.constantFrom('tx', 'rx') }),
    RawUnsubscribeCmd: onDevice({ Endpoint: fc.constantFrom('tx', 'rx') }),
  };
};

/** One client message of this legacy version (any of the messages the version has). */
export const legacyClientMessage = (
  version: LegacyVersion,
  options: LegacyMessageOptions = {},
): fc.Arbitrary<LegacyWireMessage> => {
  const all = bodies(version, options);
  return fc.oneof(
    ...CLIENT_MESSAGES[version].map((name) => all[name].map((body): LegacyWireMessage => ({ [name]: body }))),
  );
};

/** A version and one of its client messages. */
export const anyLegacyClientMessage = (
  options: LegacyMessageOptions = {},
): fc.Arbitrary<{ version: LegacyVersion; message: LegacyWireMessage }> =>
  fc
    .constantFrom(...LEGACY_VERSIONS)
    .chain((version) => legacyClientMessage(version, options).map((message) => ({ version, message })));
