/**
 * Lovehoney Desire: `[0xF3, motor, speed]` on `tx` with response, where motor 0 means every motor.
 * A one-motor toy always uses 0; a two-motor toy too while both run alike, and otherwise sets
 * motor 1 and motor 2 in two packets.
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { combinedPacket, outputFeatureCount, type LevelsState } from '../shared/outputEncoders.js';
import { lovehoneyDesireDevices } from './lovehoneyDesireDevices.js';

const motorPacket = (motor: number, speed: number) => write('tx', [0xf3, motor, speed], true);

export const lovehoneyDesireProtocol: DeviceProtocol<LevelsState> = {
  name: 'lovehoney-desire',
  config: lovehoneyDesireDevices,
  ...combinedPacket({
    size: (device) => Math.min(outputFeatureCount(device), 2),
    slots: { Vibrate: 'feature' },
    packet: ([first = 0, second = first]) =>
      first === second ? motorPacket(0, first) : [motorPacket(1, first), motorPacket(2, second)],
  }),
};
