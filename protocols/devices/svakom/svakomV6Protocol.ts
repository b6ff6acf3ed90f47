/**
 * Svakom v6: the first two vibrators in one packet on `tx`, `[0x55, 0x03, motors, 0x00, on, level, 0x00]`
 * (see svakomDualVibration), a third in its own, `[0x55, 0x07, 0x00, 0x00, on, speed, 0x00]`; suction
 * `[0x55, 0x09, 0x00, 0x00, level, 0x00, 0x00]` and rotation `[0x55, 0x14, 0x00, 0x00, on, speed, 0x00]`.
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import type { LevelsState } from '../shared/outputEncoders.js';
import { packetGroups } from '../shared/packetGroups.js';
import { svakomDualVibration } from './svakomDualVibration.js';
import { vibratorCount } from '../shared/vibratorCount.js';
import { svakomV6Devices } from './svakomV6Devices.js';

const THIRD = 2;
/** The Klitty's suction and rotation (device config v5) have packets of their own. */
const SUCTION = 3;
const ROTATION = 4;

export const svakomV6Protocol: DeviceProtocol<LevelsState> = {
  name: 'svakom-v6',
  config: svakomV6Devices,
  ...packetGroups({
    size: 5,
    slots: {
      Vibrate: ({ value, feature }) => ({
        slot: feature.index,
        value,
        packet: feature.index < THIRD ? 'pair' : 'third',
      }),
      Constrict: ({ value }) => ({ slot: SUCTION, value, packet: 'suction' }),
      Rotate: ({ value }) => ({ slot: ROTATION, value, packet: 'rotation' }),
    },
    packet: (packet, levels, device) => {
      if (packet === 'suction') return write('tx', [0x55, 0x09, 0x00, 0x00, levels[SUCTION]!, 0x00, 0x00]);
      if (packet === 'rotation')
        return write('tx', [0x55, 0x14, 0x00, 0x00, levels[ROTATION] === 0 ? 0x00 : 0x01, levels[ROTATION]!, 0x00]);
      if (packet === 'third')
        return write('tx', [0x55, 0x07, 0x00, 0x00, levels[THIRD] === 0 ? 0x00 : 0x01, levels[THIRD]!, 0x00]);
      const { motors, running, level } = svakomDualVibration(levels[0]!, levels[1]!, vibratorCount(device) === 1);
      return write('tx', [0x55, 0x03, motors, 0x00, running ? 0x01 : 0x00, level, 0x00]);
    },
  }),
};
