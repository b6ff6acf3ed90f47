/** Checks client commands against a device's features and turns them into hardware values. */
import { deviceFailure, isFailure, type ButtplugFailure } from '../buttplug/errorCodes.js';
import { STOPPABLE_OUTPUTS, type InputCommand, type InputType, type OutputType } from '../buttplug/featureTypes.js';
import type { OutputCommand } from '../buttplug/messages.js';
import {
  checkDuration,
  findOutput,
  isSigned,
  toHardwareValue,
  type FeatureOutput,
  type ResolvedDevice,
  type ResolvedFeature,
} from './resolvedDevice.js';

export const findFeature = (device: ResolvedDevice, featureIndex: number): ResolvedFeature | ButtplugFailure =>
  device.features.find((f) => f.index === featureIndex) ??
  deviceFailure(`device ${device.index} (${device.name}) has no feature ${featureIndex}`);

/** Reads the single key of an OutputCmd's Command as a type, value and extras. */
export const readOutputCommand = (command: OutputCommand): { type: OutputType; value: number; duration?: number } => {
  if ('RotationWithDirection' in command) {
    const { Value, Clockwise } = command.RotationWithDirection;
    return { type: 'Rotate', value: Clockwise ? Value : -Value };
  }
  if ('HwPositionWithDuration' in command) {
    const { Value, Duration } = command.HwPositionWithDuration;
    return { type: 'HwPositionWithDuration', value: Value, duration: Duration };
  }
  const [type, body] = Object.entries(command)[0] as [OutputType, { Value: number }];
  return { type, value: body.Value };
};

/** Validates an output command for one feature and maps it to hardware steps. */
export const checkOutputCommand = (
  device: ResolvedDevice,
  featureIndex: number,
  command: OutputCommand,
): FeatureOutput | ButtplugFailure => {
  const feature = findFeature(device, featureIndex);
  if (isFailure(feature)) return feature;
  const { type, value, duration } = readOutputCommand(command);
  const output = findOutput(feature, type);
  if (!output) {
    const available = feature.outputs.filter((o) => !o.disabled).map((o) => o.type);
    return deviceFailure(
      `feature ${featureIndex} of device ${device.index} (${device.name}) has no ${type} output` +
        (available.length ? ` (it has ${available.join(', ')})` : ''),
    );
  }
  if ('RotationWithDirection' in command && !isSigned(output)) {
    return deviceFailure(`feature ${featureIndex} of device ${device.index} cannot change rotation direction`);
  }
  const hardwareValue = toHardwareValue(output, value);
  if (isFailure(hardwareValue)) {
    return deviceFailure(`feature ${featureIndex} of device ${device.index}: ${hardwareValue.message}`);
  }
  if (duration !== undefined) {
    const durationFailure = checkDuration(output, duration);
    if (durationFailure) return durationFailure;
  }
  return { feature, type, value: hardwareValue, ...(duration !== undefined ? { duration } : {}) };
};

/** Validates an input command (sensor read or subscription) for one feature. */
export const checkInputCommand = (
  device: ResolvedDevice,
  featureIndex: number,
  type: InputType,
  command: InputCommand,
): ResolvedFeature | ButtplugFailure => {
  const feature = findFeature(device, featureIndex);
  if (isFailure(feature)) return feature;
  const input = feature.inputs[type];
  if (!input) return deviceFailure(`feature ${featureIndex} of device ${device.index} has no ${type} input`);
  const needed = command === 'Unsubscribe' ? 'Subscribe' : command;
  if (!input.command.includes(needed)) {
    return deviceFailure(`${type} input of feature ${featureIndex} does not support ${command}`);
  }
  return feature;
};

/** The zero commands that stop a feature's outputs (positions are left where they are). */
export const stopOutputs = (feature: ResolvedFeature): FeatureOutput[] =>
  STOPPABLE_OUTPUTS.flatMap((type) => {
    const output = findOutput(feature, type);
    return output ? [{ feature, type, value: 0 }] : [];
  });
