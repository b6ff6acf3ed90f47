/**
 * Svakom Barney (Mutufun): both motors in one packet on `tx`,
 * `[0x55, 0x03, which, 0, running ? 3 : 0, the faster speed, 0]`, where `which` picks the motor
 * that runs alone (1 the first, 2 the second) and is 0 for both alike (or a one-motor model).
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write, type WriteRequest } from '../shared/hardwareRequests.js';
import { combinedPacket, type LevelsState } from '../shared/outputEncoders.js';
import { svakomDualVibration } from './svakomDualVibration.js';
import { vibratorCount } from '../shared/vibratorCount.js';
import { svakomBarneyDevices } from './svakomBarneyDevices.js';

export const svakomBarneyPacket = ([first = 0, second = 0]: readonly number[], vibrators: number): WriteRequest => {
  const { motors, running, level } = svakomDualVibration(first, second, vibrators === 1);
  return write('tx', [0x55, 0x03, motors, 0x00, running ? 0x03 : 0x00, level, 0x00]);
};

export const svakomBarneyProtocol: DeviceProtocol<LevelsState> = {
  name: 'svakom-barney',
  config: svakomBarneyDevices,
  ...combinedPacket({
    size: 2,
    slots: { Vibrate: 'feature' },
    packet: (levels, device) => svakomBarneyPacket(levels, vibratorCount(device)),
  }),
};
