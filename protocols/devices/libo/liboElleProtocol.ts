/**
 * Libo Elle: the main motor's speed is one byte on `txmode`. A second motor (feature 1) takes one
 * byte on `tx` holding a level and a mode: speeds 1..7 are level (speed - 1) in mode 1, speeds from
 * 8 level (speed - 8) in mode 4, the level in the high nibble.
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { liboElleDevices } from './liboElleDevices.js';

/** The second motor's byte: level in the high nibble, mode in the low one; 0 is off. */
export const liboElleSecondMotorByte = (speed: number): number => {
  if (speed === 0) return 0;
  return speed <= 7 ? (((speed - 1) << 4) | 0x01) & 0xff : (((speed - 8) << 4) | 0x04) & 0xff;
};

export const liboElleProtocol: DeviceProtocol<null> = {
  name: 'libo-elle',
  config: liboElleDevices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value, feature }) =>
      feature.index === 1 ? write('tx', [liboElleSecondMotorByte(value)]) : write('txmode', [value]),
  }),
};
