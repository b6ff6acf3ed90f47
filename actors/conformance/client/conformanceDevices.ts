/**
 * The three test devices of client mode, with the names, indexes and features upstream's client
 * harness gives them (Vibrator: two Vibrate, a signed Rotate, Battery; Positioner: Position,
 * HwPositionWithDuration, Oscillate, Button; Multi: Constrict, Spray, signed Temperature, Led, Rssi,
 * Pressure). They are simulated devices behind a small protocol of our own, so the harness can read
 * back from the bytes exactly which output got which value.
 *
 * Bytes (tx: engine to device, rx: device to engine):
 * - `01 f t v0 v1 v2 v3 [d0 d1 d2 d3]`: output type `t` (index in OUTPUT_TYPES) of feature `f` is now
 *   `v` (int32 LE); HwPositionWithDuration adds the duration (uint32 LE);
 * - `02 f t`: read sensor `f`, answered on rx with `02 f v0 v1 v2 v3`;
 * - `03 f t` / `04 f t`: start / stop notifying sensor `f`; notifications are `05 f v0 v1 v2 v3` on rx.
 */
import {
  OUTPUT_TYPES,
  type OutputType,
  INPUT_TYPES,
  type InputType,
} from '../../../protocols/buttplug/featureTypes.js';
import type { UserConfig } from '../../../protocols/config/deviceConfig.js';
import type { FeatureDefinition, ProtocolConfig } from '../../../protocols/config/deviceDefinitions.js';
import { encoded, type DeviceProtocol, type FeatureOutput } from '../../../protocols/devices/shared/deviceProtocol.js';
import { nextNotification, send, subscribe, write } from '../../../protocols/devices/shared/hardwareRequests.js';
import type { SimulatedHardware, DeviceSimulator } from '../../../hardware/simulated/simulatedHardware.js';
import type { SimulatedDeviceSpec } from '../../../hardware/simulated/simulatedDcm.js';

export const CONFORMANCE_PROTOCOL = 'conformance';
const SERVICE = '0000c0f0-0000-1000-8000-00805f9b34fb';

const OUTPUT = 0x01;
const READ = 0x02;
const SUBSCRIBE = 0x03;
const UNSUBSCRIBE = 0x04;
const NOTIFY = 0x05;

/** What a read of each sensor answers (upstream's values). */
export const SENSOR_VALUES: Readonly<Partial<Record<InputType, number>>> = { Battery: 85, Rssi: -50 };

const output = (index: number, description: string, type: OutputType, value: [number, number]): FeatureDefinition => ({
  id: `conformance-${description.toLowerCase().replace(/\W+/g, '-')}`,
  index,
  description,
  output: { [type]: type === 'HwPositionWithDuration' ? { value, duration: [0, 10_000] } : { value } },
});

const input = (
  index: number,
  description: string,
  type: InputType,
  value: [number, number],
  command: 'Read' | 'Subscribe',
): FeatureDefinition => ({
  id: `conformance-${description.toLowerCase().replace(/\W+/g, '-')}`,
  index,
  description,
  input: { [type]: { value: [value], command: [command] } },
});

export const CONFORMANCE_DEVICES = [
  {
    name: 'Conformance Test Vibrator',
    address: 'conformance-vibrator-0',
    features: [
      output(0, 'Vibrator 1', 'Vibrate', [0, 100]),
      output(1, 'Vibrator 2', 'Vibrate', [0, 100]),
      output(2, 'Rotator', 'Rotate', [-100, 100]),
      input(3, 'Battery', 'Battery', [0, 100], 'Read'),
    ],
  },
  {
    name: 'Conformance Test Positioner',
    address: 'conformance-positioner-1',
    features: [
      output(0, 'Position', 'Position', [0, 100]),
      output(1, 'Position w/ Duration', 'HwPositionWithDuration', [0, 100]),
      output(2, 'Oscillator', 'Oscillate', [0, 100]),
      input(3, 'Button', 'Button', [0, 1], 'Subscribe'),
    ],
  },
  {
    name: 'Conformance Test Multi',
    address: 'conformance-multi-2',
    features: [
      output(0, 'Constrictor', 'Constrict', [0, 100]),
      output(1, 'Sprayer', 'Spray', [0, 100]),
      output(2, 'Heater', 'Temperature', [-100, 100]),
      output(3, 'LED', 'Led', [0, 100]),
      input(4, 'RSSI', 'Rssi', [-128, 0], 'Read'),
      input(5, 'Pressure', 'Pressure', [0, 65535], 'Subscribe'),
    ],
  },
] as const satisfies readonly { name: string; address: string; features: readonly FeatureDefinition[] }[];

const config: ProtocolConfig = {
  name: CONFORMANCE_PROTOCOL,
  communication: [
    {
      transport: 'btle',
      names: CONFORMANCE_DEVICES.map((device) => device.name),
      services: {
        [SERVICE]: { tx: '0000c0f1-0000-1000-8000-00805f9b34fb', rx: '0000c0f2-0000-1000-8000-00805f9b34fb' },
      },
    },
  ],
  defaults: { id: 'conformance-defaults', name: 'Conformance Test Device', identifiers: [], features: [] },
  configurations: CONFORMANCE_DEVICES.map((device) => ({
    id: `conformance-${device.address}`,
    name: device.name,
    identifiers: [device.name],
    features: device.features,
  })),
};

/** Device indexes 0, 1, 2 whatever order the engine connects them in. */
export const conformanceUserConfig: UserConfig = {
  devices: CONFORMANCE_DEVICES.map((device, index) => ({
    key: { protocol: CONFORMANCE_PROTOCOL, identifier: device.name, address: device.address },
    allow: false,
    deny: false,
    index,
  })),
};

const int32 = (value: number): number[] => {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setInt32(0, value, true);
  return [...bytes];
};
const readInt32 = (data: Uint8Array, offset: number): number =>
  new DataView(data.buffer, data.byteOffset, data.byteLength).getInt32(offset, true);
const readUint32 = (data: Uint8Array, offset: number): number =>
  new DataView(data.buffer, data.byteOffset, data.byteLength).getUint32(offset, true);

export const encodeOutput = (output: Pick<FeatureOutput, 'type' | 'value' | 'duration'>, featureIndex: number) => [
  OUTPUT,
  featureIndex,
  OUTPUT_TYPES.indexOf(output.type),
  ...int32(output.value),
  ...(output.type === 'HwPositionWithDuration' ? int32(output.duration ?? 0) : []),
];

/** An output write as the device understood it, or undefined for any other bytes. */
export interface DecodedOutput {
  readonly featureIndex: number;
  readonly type: OutputType;
  readonly value: number;
  readonly duration?: number;
}

export const decodeOutput = (data: Uint8Array): DecodedOutput | undefined => {
  if (data[0] !== OUTPUT || data.length < 7) return undefined;
  const type = OUTPUT_TYPES[data[2]!];
  if (!type) return undefined;
  const decoded = { featureIndex: data[1]!, type, value: readInt32(data, 3) };
  return type === 'HwPositionWithDuration' && data.length >= 11
    ? { ...decoded, duration: readUint32(data, 7) }
    : decoded;
};

const inputTypeOf = (feature: { readonly inputs: Readonly<Partial<Record<InputType, unknown>>> }) =>
  Object.keys(feature.inputs)[0] as InputType | undefined;

export const conformanceProtocol: DeviceProtocol<null> = {
  name: CONFORMANCE_PROTOCOL,
  config,
  createState: () => null,
  *initialize(_device, state) {
    yield* subscribe('rx');
    return state;
  },
  encodeOutputs: (state, outputs) =>
    encoded(
      state,
      outputs.map((output) => write('tx', encodeOutput(output, output.feature.index))),
    ),
  *readInput(_state, request) {
    const feature = request.feature.index;
    yield* send(write('tx', [READ, feature, INPUT_TYPES.indexOf(request.type)]));
    for (let attempt = 0; attempt < 5; attempt++) {
      const reply = yield* nextNotification('rx', 500);
      if (reply && reply.data[0] === READ && reply.data[1] === feature) return readInt32(reply.data, 2);
    }
    throw new Error(`no ${request.type} reading from feature ${feature}`);
  },
  *subscribeInput(_state, request) {
    yield* send(write('tx', [SUBSCRIBE, request.feature.index, INPUT_TYPES.indexOf(request.type)]));
  },
  *unsubscribeInput(_state, request) {
    yield* send(write('tx', [UNSUBSCRIBE, request.feature.index, INPUT_TYPES.indexOf(request.type)]));
  },
  decodeNotification(_state, notification, device) {
    const { data } = notification;
    if (notification.endpoint !== 'rx' || data[0] !== NOTIFY || data.length < 6) return [];
    const feature = device.definition.features.find((f) => f.index === data[1]);
    const type = feature && inputTypeOf(feature);
    return type ? [{ featureIndex: feature.index, type, value: readInt32(data, 2) }] : [];
  },
};

/** The device side: answers reads and remembers which sensors the engine asked to notify. */
export class ConformanceDeviceSide {
  /** Feature indexes whose notifications are on. */
  readonly notifying = new Set<number>();

  readonly simulator: DeviceSimulator = ({ endpoint, data }, hardware) => {
    if (endpoint !== 'tx') return;
    const feature = data[1]!;
    if (data[0] === SUBSCRIBE) this.notifying.add(feature);
    else if (data[0] === UNSUBSCRIBE) this.notifying.delete(feature);
    else if (data[0] === READ) {
      const value = SENSOR_VALUES[INPUT_TYPES[data[2]!]!] ?? 0;
      setTimeout(() => hardware.notify('rx', [READ, feature, ...int32(value)]), 1);
    }
  };

  /** A sensor reading the device pushes; false when the engine has not asked for it. */
  notify(hardware: SimulatedHardware, featureIndex: number, value: number): boolean {
    if (!this.notifying.has(featureIndex)) return false;
    return hardware.notify('rx', [NOTIFY, featureIndex, ...int32(value)]);
  }
}

export const conformanceDeviceSpecs = (sides: readonly ConformanceDeviceSide[]): SimulatedDeviceSpec[] =>
  CONFORMANCE_DEVICES.map((device, index) => ({
    name: device.name,
    address: device.address,
    simulator: sides[index]!.simulator,
  }));
