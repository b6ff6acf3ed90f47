/**
 * A v4 device as legacy clients address it: flat lists of actuators and sensors, where a command's
 * `Index` is a position in one list. The same lists describe the device (DeviceList / DeviceAdded)
 * and resolve commands, so what a client is told and what it can address never disagree.
 *
 * Built from the DeviceList entry the client's session sees (already user-limited, disabled outputs
 * removed); features are walked in feature-index order.
 */
import { INPUT_TYPES, type InputType, type OutputType } from '../featureTypes.js';
import type { DeviceFeatureInfo, DeviceInfo } from '../messages.js';

export interface LegacyActuator {
  readonly featureIndex: number;
  readonly type: OutputType;
  readonly description: string;
  /** The v4 range's upper bound: what a float of 1.0 becomes. */
  readonly stepCount: number;
}

export interface LegacySensor {
  readonly featureIndex: number;
  readonly type: InputType;
  readonly description: string;
  readonly ranges: readonly (readonly [number, number])[];
}

export interface LegacyDeviceView {
  /** v3 ScalarCmd: every level-like output. */
  readonly scalar: readonly LegacyActuator[];
  /** v1/v2 VibrateCmd: the Vibrate entries of `scalar`. */
  readonly vibrate: readonly LegacyActuator[];
  /** RotateCmd: Rotate outputs that take a direction (signed range). */
  readonly rotate: readonly LegacyActuator[];
  /** LinearCmd: HwPositionWithDuration outputs. */
  readonly linear: readonly LegacyActuator[];
  /** v3 SensorReadCmd (and v2 BatteryLevelCmd / RSSILevelCmd): inputs that can be read. */
  readonly sensorRead: readonly LegacySensor[];
  /** v3 SensorSubscribeCmd: inputs that can stream. */
  readonly sensorSubscribe: readonly LegacySensor[];
}

/** Order of a feature's outputs in the ScalarCmd list (the reference's DeviceList order). */
const SCALAR_ORDER: readonly OutputType[] = [
  'Constrict',
  'Temperature',
  'Led',
  'Oscillate',
  'Position',
  'Rotate',
  'Spray',
  'Vibrate',
];

const sortedFeatures = (device: DeviceInfo): DeviceFeatureInfo[] =>
  Object.values(device.DeviceFeatures).sort((a, b) => a.FeatureIndex - b.FeatureIndex);

const actuator = (feature: DeviceFeatureInfo, type: OutputType, range: readonly [number, number]): LegacyActuator => ({
  featureIndex: feature.FeatureIndex,
  type,
  description: feature.FeatureDescription,
  stepCount: range[1],
});

export const legacyDeviceView = (device: DeviceInfo): LegacyDeviceView => {
  const scalar: LegacyActuator[] = [];
  const rotate: LegacyActuator[] = [];
  const linear: LegacyActuator[] = [];
  const sensorRead: LegacySensor[] = [];
  const sensorSubscribe: LegacySensor[] = [];
  for (const feature of sortedFeatures(device)) {
    const outputs = feature.Output ?? {};
    for (const type of SCALAR_ORDER) {
      const output = outputs[type as keyof typeof outputs];
      if (output) scalar.push(actuator(feature, type, output.Value));
    }
    if (outputs.Rotate && outputs.Rotate.Value[0] < 0) rotate.push(actuator(feature, 'Rotate', outputs.Rotate.Value));
    if (outputs.HwPositionWithDuration) {
      linear.push(actuator(feature, 'HwPositionWithDuration', outputs.HwPositionWithDuration.Value));
    }
    for (const type of INPUT_TYPES) {
      const input = feature.Input?.[type];
      if (!input) continue;
      const sensor: LegacySensor = {
        featureIndex: feature.FeatureIndex,
        type,
        description: feature.FeatureDescription,
        ranges: input.Value,
      };
      if (input.Command.includes('Read')) sensorRead.push(sensor);
      if (input.Command.includes('Subscribe')) sensorSubscribe.push(sensor);
    }
  }
  return { scalar, vibrate: scalar.filter((a) => a.type === 'Vibrate'), rotate, linear, sensorRead, sensorSubscribe };
};
