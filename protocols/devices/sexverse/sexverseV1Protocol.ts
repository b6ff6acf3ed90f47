/**
 * Sexverse (v1): every motor in one packet on `tx`,
 * `[0x23, 0x07, 3 x motors, (0x80 | motor number, kind, level) per motor, xor of all before]`,
 * motors numbered from 1 in feature order; the kind is 0x03 for vibration, 0x04 for a pump
 * (constriction, oscillation) and 0x06 for rotation.
 */
import type { OutputType } from '../../buttplug/featureTypes.js';
import type { ResolvedFeature } from '../../config/resolvedDevice.js';
import type { DeviceProtocol, FeatureOutput, ProtocolDevice } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { combinedPacket, forTypes, type LevelsState } from '../shared/outputEncoders.js';
import { sexverseV1Devices } from './sexverseV1Devices.js';

const MOTOR_KIND: Partial<Record<OutputType, number>> = {
  Vibrate: 0x03,
  Constrict: 0x04,
  Oscillate: 0x04,
  Rotate: 0x06,
};

/** The features that drive a motor, in order: the packet's motor numbering. */
const motors = (device: ProtocolDevice): ResolvedFeature[] =>
  device.definition.features.filter((feature) => feature.outputs.length > 0);

const motorKind = (motor: ResolvedFeature | undefined): number =>
  MOTOR_KIND[motor?.outputs[0]?.type ?? 'Vibrate'] ?? 0x03;

/** A motor's level goes in its place among the motors. */
const motorSlot = ({ value, feature }: FeatureOutput, device: ProtocolDevice) => ({
  slot: motors(device).findIndex((motor) => motor.index === feature.index),
  value,
});

export const xorChecksum = (bytes: readonly number[]): number => bytes.reduce((sum, byte) => sum ^ byte, 0);

export const sexverseV1Protocol: DeviceProtocol<LevelsState> = {
  name: 'sexverse-v1',
  config: sexverseV1Devices,
  ...combinedPacket({
    size: (device) => motors(device).length,
    slots: forTypes(Object.keys(MOTOR_KIND) as OutputType[], motorSlot),
    packet: (levels, device) => {
      const kinds = motors(device).map(motorKind);
      const body = [0x23, 0x07, levels.length * 3, ...levels.flatMap((level, i) => [0x80 | (i + 1), kinds[i]!, level])];
      return write('tx', [...body, xorChecksum(body)]);
    },
  }),
};
