/**
 * Svakom v4: both vibrators in one packet on `tx`, `[0x55, 0x03, motors, 0x00, on, level, 0x00]`
 * (see svakomDualVibration; a one-motor toy always says "both").
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { combinedPacket, type LevelsState } from '../shared/outputEncoders.js';
import { svakomDualVibration } from './svakomDualVibration.js';
import { vibratorCount } from '../shared/vibratorCount.js';
import { svakomV4Devices } from './svakomV4Devices.js';

export const svakomV4Protocol: DeviceProtocol<LevelsState> = {
  name: 'svakom-v4',
  config: svakomV4Devices,
  ...combinedPacket({
    size: 2,
    slots: { Vibrate: 'feature' },
    packet: (levels, device) => {
      const { motors, running, level } = svakomDualVibration(levels[0]!, levels[1]!, vibratorCount(device) === 1);
      return write('tx', [0x55, 0x03, motors, 0x00, running ? 0x01 : 0x00, level, 0x00]);
    },
  }),
};
