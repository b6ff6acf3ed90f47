/**
 * What a server sends legacy clients (spec v0..v3): one Effect schema per message body, per version.
 * Ok, Error, ScanningFinished and DeviceRemoved look the same in every version; ServerInfo changed in
 * v2, the device description in every version (see legacyDevices.ts for how they are built).
 */
import * as Schema from 'effect/Schema';
import type { MessageTable } from '../frame.js';
import { I32, Range, ServerId, U32 } from '../schemaPrimitives.js';
import type { LegacyVersion } from './legacyClientMessages.js';

/** ActuatorType names this server writes in v3 attributes. */
const V3_ACTUATOR_NAMES = [
  'Vibrate',
  'Rotate',
  'Oscillate',
  'Constrict',
  'Position',
  'Temperature',
  'Led',
  'Spray',
] as const;
/** SensorType names this server writes in v3 attributes (RSSI as buttplug-js and the C# client spell it). */
export const V3_SENSOR_NAMES = ['Battery', 'RSSI', 'Button', 'Pressure', 'Depth', 'Position'] as const;

const NoAttributes = Schema.Struct({});
const FeatureCountV1 = Schema.Struct({ FeatureCount: U32 });
const FeatureCountV2 = Schema.Struct({ FeatureCount: U32, StepCount: Schema.Array(U32) });
const ActuatorAttributesV3 = Schema.Struct({
  FeatureDescriptor: Schema.String,
  ActuatorType: Schema.Literal(...V3_ACTUATOR_NAMES),
  StepCount: U32,
});
const SensorAttributesV3 = Schema.Struct({
  FeatureDescriptor: Schema.String,
  SensorType: Schema.Literal(...V3_SENSOR_NAMES),
  SensorRange: Schema.Array(Range),
});

const V0_DEVICE_MESSAGE_NAMES = [
  'FleshlightLaunchFW12Cmd',
  'SingleMotorVibrateCmd',
  'StopDeviceCmd',
  'VorzeA10CycloneCmd',
] as const;
const DeviceMessagesV0 = Schema.Array(Schema.Literal(...V0_DEVICE_MESSAGE_NAMES));
const DeviceMessagesV1 = Schema.Struct({
  VibrateCmd: Schema.optional(FeatureCountV1),
  RotateCmd: Schema.optional(FeatureCountV1),
  LinearCmd: Schema.optional(FeatureCountV1),
  SingleMotorVibrateCmd: Schema.optional(NoAttributes),
  FleshlightLaunchFW12Cmd: Schema.optional(NoAttributes),
  VorzeA10CycloneCmd: Schema.optional(NoAttributes),
  StopDeviceCmd: NoAttributes,
});
const DeviceMessagesV2 = Schema.Struct({
  VibrateCmd: Schema.optional(FeatureCountV2),
  RotateCmd: Schema.optional(FeatureCountV2),
  LinearCmd: Schema.optional(FeatureCountV2),
  BatteryLevelCmd: Schema.optional(NoAttributes),
  RSSILevelCmd: Schema.optional(NoAttributes),
  StopDeviceCmd: NoAttributes,
});
const DeviceMessagesV3 = Schema.Struct({
  ScalarCmd: Schema.optional(Schema.Array(ActuatorAttributesV3)),
  RotateCmd: Schema.optional(Schema.Array(ActuatorAttributesV3)),
  LinearCmd: Schema.optional(Schema.Array(ActuatorAttributesV3)),
  SensorReadCmd: Schema.optional(Schema.Array(SensorAttributesV3)),
  SensorSubscribeCmd: Schema.optional(Schema.Array(SensorAttributesV3)),
  StopDeviceCmd: NoAttributes,
});

const deviceFields = <M extends Schema.Schema.Any>(messages: M) => ({
  DeviceIndex: U32,
  DeviceName: Schema.String,
  DeviceMessages: messages,
});
const v3DeviceFields = {
  DeviceIndex: U32,
  DeviceName: Schema.String,
  DeviceDisplayName: Schema.optional(Schema.String),
  DeviceMessageTimingGap: Schema.optional(U32),
  DeviceMessages: DeviceMessagesV3,
};

export const DeviceV0 = Schema.Struct(deviceFields(DeviceMessagesV0));
export const DeviceV1 = Schema.Struct(deviceFields(DeviceMessagesV1));
export const DeviceV2 = Schema.Struct(deviceFields(DeviceMessagesV2));
export const DeviceV3 = Schema.Struct(v3DeviceFields);

export type LegacyDevice = typeof DeviceV0.Type | typeof DeviceV1.Type | typeof DeviceV2.Type | typeof DeviceV3.Type;

const deviceSchemas = { 0: DeviceV0, 1: DeviceV1, 2: DeviceV2, 3: DeviceV3 } as const;

const IdOnly = Schema.Struct({ Id: ServerId });

const common = {
  Ok: IdOnly,
  Error: Schema.Struct({ Id: ServerId, ErrorCode: Schema.Int.pipe(Schema.between(0, 4)), ErrorMessage: Schema.String }),
  ScanningFinished: IdOnly,
  DeviceRemoved: Schema.Struct({ Id: ServerId, DeviceIndex: U32 }),
};

const serverInfoV0 = Schema.Struct({
  Id: ServerId,
  ServerName: Schema.String,
  MessageVersion: U32,
  MajorVersion: U32,
  MinorVersion: U32,
  BuildVersion: U32,
  MaxPingTime: U32,
});
const serverInfoV2 = Schema.Struct({ Id: ServerId, ServerName: Schema.String, MessageVersion: U32, MaxPingTime: U32 });

const deviceMessages = (version: LegacyVersion) => {
  const device = deviceSchemas[version];
  return {
    DeviceList: Schema.Struct({ Id: ServerId, Devices: Schema.Array(device) }),
    DeviceAdded: Schema.Struct({ Id: ServerId, ...device.fields }),
  };
};

const readingMessages = {
  BatteryLevelReading: Schema.Struct({
    Id: ServerId,
    DeviceIndex: U32,
    BatteryLevel: Schema.Number.pipe(Schema.between(0, 1)),
  }),
  RSSILevelReading: Schema.Struct({ Id: ServerId, DeviceIndex: U32, RSSILevel: I32 }),
  SensorReading: Schema.Struct({
    Id: ServerId,
    DeviceIndex: U32,
    SensorIndex: U32,
    SensorType: Schema.String,
    Data: Schema.Array(I32),
  }),
};

/** Name -> body schema of what this server sends a client of each version. */
export const serverMessageTable = (version: LegacyVersion): MessageTable => {
  const base = { ...common, ...deviceMessages(version), ServerInfo: version < 2 ? serverInfoV0 : serverInfoV2 };
  const readings =
    version === 2
      ? { BatteryLevelReading: readingMessages.BatteryLevelReading, RSSILevelReading: readingMessages.RSSILevelReading }
      : version === 3
        ? { SensorReading: readingMessages.SensorReading }
        : {};
  return { ...base, ...readings } as unknown as MessageTable;
};
