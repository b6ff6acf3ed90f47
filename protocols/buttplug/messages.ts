/**
 * Spec v4 messages: one Effect schema per message body, and the TypeScript types derived from them.
 *
 * On the wire a message is `{"Name": {body}}`; in memory it is the body plus `type: "Name"`, a
 * discriminated union that reads well in `switch` statements. `frame.ts` converts between the two.
 */
import * as Schema from 'effect/Schema';
import { INPUT_COMMANDS, INPUT_TYPES } from './featureTypes.js';
import { ClientId, I32, Range, ServerId, U32 } from './schemaPrimitives.js';

const IdOnly = (id: typeof ClientId | typeof ServerId) => Schema.Struct({ Id: id });
const valueOf = (value: typeof I32 | typeof U32) => Schema.Struct({ Value: value });

/** The command object of an OutputCmd: exactly one OutputType key. */
export const OutputCommand = Schema.Union(
  Schema.Struct({ Vibrate: valueOf(I32) }),
  Schema.Struct({ Rotate: valueOf(I32) }),
  Schema.Struct({ Oscillate: valueOf(I32) }),
  Schema.Struct({ Constrict: valueOf(I32) }),
  Schema.Struct({ Spray: valueOf(I32) }),
  Schema.Struct({ Temperature: valueOf(I32) }),
  Schema.Struct({ Led: valueOf(I32) }),
  Schema.Struct({ Position: valueOf(I32) }),
  Schema.Struct({ HwPositionWithDuration: Schema.Struct({ Value: U32, Duration: U32 }) }),
  // Written spec only (the reference lacks it): a speed plus a direction, served by signed Rotate features.
  Schema.Struct({ RotationWithDirection: Schema.Struct({ Value: U32, Clockwise: Schema.Boolean }) }),
);
export type OutputCommand = typeof OutputCommand.Type;

const OutputRange = Schema.Struct({ Value: Range });
/** DeviceList: what each output of a feature accepts. */
export const FeatureOutputs = Schema.Struct({
  Vibrate: Schema.optional(OutputRange),
  Rotate: Schema.optional(OutputRange),
  Oscillate: Schema.optional(OutputRange),
  Constrict: Schema.optional(OutputRange),
  Spray: Schema.optional(OutputRange),
  Temperature: Schema.optional(OutputRange),
  Led: Schema.optional(OutputRange),
  Position: Schema.optional(OutputRange),
  HwPositionWithDuration: Schema.optional(Schema.Struct({ Value: Range, Duration: Range })),
});
export type FeatureOutputs = typeof FeatureOutputs.Type;

const InputCommandName = Schema.Literal(...INPUT_COMMANDS);
const InputTypeName = Schema.Literal(...INPUT_TYPES);
const InputInfo = Schema.Struct({ Value: Schema.Array(Range), Command: Schema.Array(InputCommandName) });
/** DeviceList: what each input (sensor) of a feature reports and which commands it takes. */
export const FeatureInputs = Schema.Struct({
  Battery: Schema.optional(InputInfo),
  Rssi: Schema.optional(InputInfo),
  Pressure: Schema.optional(InputInfo),
  Button: Schema.optional(InputInfo),
  Depth: Schema.optional(InputInfo),
  Position: Schema.optional(InputInfo),
});
export type FeatureInputs = typeof FeatureInputs.Type;

export const DeviceFeatureInfo = Schema.Struct({
  FeatureIndex: U32,
  FeatureDescription: Schema.String,
  Output: Schema.optional(FeatureOutputs),
  Input: Schema.optional(FeatureInputs),
});
export type DeviceFeatureInfo = typeof DeviceFeatureInfo.Type;

export const DeviceInfo = Schema.Struct({
  DeviceIndex: U32,
  DeviceName: Schema.String,
  DeviceDisplayName: Schema.optional(Schema.String),
  DeviceMessageTimingGap: U32,
  DeviceFeatures: Schema.Record({ key: Schema.String, value: DeviceFeatureInfo }),
});
export type DeviceInfo = typeof DeviceInfo.Type;

const readingOf = <S extends Schema.Schema.Any>(value: S) => Schema.Struct({ Value: value });
export const InputReadingValue = Schema.Union(
  Schema.Struct({ Battery: readingOf(Schema.Int.pipe(Schema.between(0, 100))) }),
  Schema.Struct({ Rssi: readingOf(Schema.Int.pipe(Schema.between(-128, 127))) }),
  Schema.Struct({ Pressure: readingOf(U32) }),
  Schema.Struct({ Button: readingOf(Schema.Int.pipe(Schema.between(0, 255))) }),
);
export type InputReadingValue = typeof InputReadingValue.Type;

/** Every v4 message body, by message name. */
export const messageBodiesV4 = {
  RequestServerInfo: Schema.Struct({
    Id: ClientId,
    ClientName: Schema.String,
    ProtocolVersionMajor: U32,
    ProtocolVersionMinor: U32,
  }),
  ServerInfo: Schema.Struct({
    Id: ServerId,
    ServerName: Schema.String,
    ProtocolVersionMajor: U32,
    ProtocolVersionMinor: U32,
    MaxPingTime: U32,
  }),
  Ping: IdOnly(ClientId),
  Ok: IdOnly(ServerId),
  Error: Schema.Struct({
    Id: ServerId,
    ErrorCode: Schema.Int.pipe(Schema.between(0, 4)),
    ErrorMessage: Schema.String,
  }),
  Disconnect: IdOnly(ClientId),
  StartScanning: IdOnly(ClientId),
  StopScanning: IdOnly(ClientId),
  ScanningFinished: IdOnly(ServerId),
  RequestDeviceList: IdOnly(ClientId),
  DeviceList: Schema.Struct({
    Id: ServerId,
    Devices: Schema.Record({ key: Schema.String, value: DeviceInfo }),
  }),
  OutputCmd: Schema.Struct({
    Id: ClientId,
    DeviceIndex: U32,
    FeatureIndex: U32,
    Command: OutputCommand,
  }),
  InputCmd: Schema.Struct({
    Id: ClientId,
    DeviceIndex: U32,
    FeatureIndex: U32,
    Type: InputTypeName,
    Command: InputCommandName,
  }),
  InputReading: Schema.Struct({
    Id: ServerId,
    DeviceIndex: U32,
    FeatureIndex: U32,
    Reading: InputReadingValue,
  }),
  StopCmd: Schema.Struct({
    Id: ClientId,
    DeviceIndex: Schema.optional(U32),
    FeatureIndex: Schema.optional(U32),
    Inputs: Schema.optional(Schema.Boolean),
    Outputs: Schema.optional(Schema.Boolean),
  }),
} as const;

type Bodies = typeof messageBodiesV4;
export type MessageNameV4 = keyof Bodies;
export type MessageV4<N extends MessageNameV4 = MessageNameV4> = {
  [K in N]: { readonly type: K } & Schema.Schema.Type<Bodies[K]>;
}[N];

export const CLIENT_MESSAGES_V4 = [
  'RequestServerInfo',
  'Ping',
  'Disconnect',
  'StartScanning',
  'StopScanning',
  'RequestDeviceList',
  'OutputCmd',
  'InputCmd',
  'StopCmd',
] as const satisfies readonly MessageNameV4[];
export const SERVER_MESSAGES_V4 = [
  'ServerInfo',
  'Ok',
  'Error',
  'ScanningFinished',
  'DeviceList',
  'InputReading',
] as const satisfies readonly MessageNameV4[];

export type ClientMessageV4 = MessageV4<(typeof CLIENT_MESSAGES_V4)[number]>;
export type ServerMessageV4 = MessageV4<(typeof SERVER_MESSAGES_V4)[number]>;
export type DeviceListV4 = MessageV4<'DeviceList'>;

/** The server-chosen protocol version of this implementation. */
export { SPEC_VERSION_MAJOR, SPEC_VERSION_MINOR } from './specVersion.js';
