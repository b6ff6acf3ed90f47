/** fast-check arbitraries for every spec v4 message, in their in-memory form (`{ type, ...body }`). */
import fc from 'fast-check';
import { INPUT_COMMANDS, INPUT_TYPES, OUTPUT_TYPES } from '../featureTypes.js';
import type { MessageNameV4, MessageV4 } from '../messages.js';

const u32 = fc.integer({ min: 0, max: 0xffff_ffff });
const clientId = fc.integer({ min: 1, max: 0xffff_ffff });
const i32 = fc.integer({ min: -0x8000_0000, max: 0x7fff_ffff });
const range = fc.tuple(i32, i32);
const text = fc.string({ maxLength: 20 });

const outputCommand = fc.oneof(
  ...OUTPUT_TYPES.filter((t) => t !== 'HwPositionWithDuration').map((type) =>
    fc.record({ [type]: fc.record({ Value: i32 }) }),
  ),
  fc.record({ HwPositionWithDuration: fc.record({ Value: u32, Duration: u32 }) }),
  fc.record({ RotationWithDirection: fc.record({ Value: u32, Clockwise: fc.boolean() }) }),
);

const featureOutputs = fc.record(
  {
    Vibrate: fc.record({ Value: range }),
    Rotate: fc.record({ Value: range }),
    Oscillate: fc.record({ Value: range }),
    Constrict: fc.record({ Value: range }),
    Spray: fc.record({ Value: range }),
    Temperature: fc.record({ Value: range }),
    Led: fc.record({ Value: range }),
    Position: fc.record({ Value: range }),
    HwPositionWithDuration: fc.record({ Value: range, Duration: range }),
  },
  { requiredKeys: [] },
);

const inputInfo = fc.record({
  Value: fc.array(range, { maxLength: 3 }),
  Command: fc.uniqueArray(fc.constantFrom(...INPUT_COMMANDS), { maxLength: 3 }),
});
const featureInputs = fc.record(Object.fromEntries(INPUT_TYPES.map((t) => [t, inputInfo])), { requiredKeys: [] });

const featureInfo = (index: number) =>
  fc.record(
    {
      FeatureIndex: fc.constant(index),
      FeatureDescription: text,
      Output: featureOutputs,
      Input: featureInputs,
    },
    { requiredKeys: ['FeatureIndex', 'FeatureDescription'] },
  );

const deviceInfo = (index: number) =>
  fc
    .record(
      {
        DeviceIndex: fc.constant(index),
        DeviceName: text,
        DeviceDisplayName: text,
        DeviceMessageTimingGap: u32,
        featureCount: fc.nat({ max: 4 }),
      },
      { requiredKeys: ['DeviceIndex', 'DeviceName', 'DeviceMessageTimingGap', 'featureCount'] },
    )
    .chain(({ featureCount, ...device }) =>
      fc.tuple(...Array.from({ length: featureCount }, (_, i) => featureInfo(i))).map((features) => ({
        ...device,
        DeviceFeatures: Object.fromEntries(features.map((f) => [String(f.FeatureIndex), f])),
      })),
    );

const devices = fc
  .uniqueArray(fc.nat({ max: 50 }), { maxLength: 3 })
  .chain((indexes) => fc.tuple(...indexes.map(deviceInfo)))
  .map((list) => Object.fromEntries(list.map((d) => [String(d.DeviceIndex), d])));

const reading = fc.oneof(
  fc.record({ Battery: fc.record({ Value: fc.integer({ min: 0, max: 100 }) }) }),
  fc.record({ Rssi: fc.record({ Value: fc.integer({ min: -128, max: 127 }) }) }),
  fc.record({ Pressure: fc.record({ Value: u32 }) }),
  fc.record({ Button: fc.record({ Value: fc.integer({ min: 0, max: 255 }) }) }),
);

const bodies: { [N in MessageNameV4]: fc.Arbitrary<Omit<MessageV4<N>, 'type'>> } = {
  RequestServerInfo: fc.record({
    Id: clientId,
    ClientName: text,
    ProtocolVersionMajor: u32,
    ProtocolVersionMinor: u32,
  }),
  ServerInfo: fc.record({
    Id: u32,
    ServerName: text,
    ProtocolVersionMajor: u32,
    ProtocolVersionMinor: u32,
    MaxPingTime: u32,
  }),
  Ping: fc.record({ Id: clientId }),
  Ok: fc.record({ Id: u32 }),
  Error: fc.record({ Id: u32, ErrorCode: fc.integer({ min: 0, max: 4 }), ErrorMessage: text }),
  Disconnect: fc.record({ Id: clientId }),
  StartScanning: fc.record({ Id: clientId }),
  StopScanning: fc.record({ Id: clientId }),
  ScanningFinished: fc.record({ Id: u32 }),
  RequestDeviceList: fc.record({ Id: clientId }),
  DeviceList: fc.record({ Id: u32, Devices: devices }),
  OutputCmd: fc.record({ Id: clientId, DeviceIndex: u32, FeatureIndex: u32, Command: outputCommand }),
  InputCmd: fc.record({
    Id: clientId,
    DeviceIndex: u32,
    FeatureIndex: u32,
    Type: fc.constantFrom(...INPUT_TYPES),
    Command: fc.constantFrom(...INPUT_COMMANDS),
  }),
  InputReading: fc.record({ Id: u32, DeviceIndex: u32, FeatureIndex: u32, Reading: reading }),
  StopCmd: fc.record(
    { Id: clientId, DeviceIndex: u32, FeatureIndex: u32, Inputs: fc.boolean(), Outputs: fc.boolean() },
    { requiredKeys: ['Id'] },
  ),
} as never;

export const messageOf = <N extends MessageNameV4>(name: N): fc.Arbitrary<MessageV4<N>> =>
  (bodies[name] as fc.Arbitrary<object>).map((body) => ({ type: name, ...body }) as MessageV4<N>);

export const MESSAGE_NAMES_V4 = Object.keys(bodies) as MessageNameV4[];

export const anyMessageV4: fc.Arbitrary<MessageV4> = fc.oneof(...MESSAGE_NAMES_V4.map((name) => messageOf(name)));
