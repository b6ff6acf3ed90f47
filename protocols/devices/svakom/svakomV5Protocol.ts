/**
 * Svakom v5: both vibrators in one packet on `tx`, `[0x55, 0x03, motors, 0x00, on, level]` (see
 * svakomDualVibration; this generation names the running motor even on one-motor toys), and
 * oscillation in its own, `[0x55, 0x09, 0x00, 0x00, speed, 0x00]`.
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import type { LevelsState } from '../shared/outputEncoders.js';
import { packetGroups } from '../shared/packetGroups.js';
import { svakomDualVibration } from './svakomDualVibration.js';
import { svakomV5Devices } from './svakomV5Devices.js';

const OSCILLATE_SLOT = 2;

export const svakomV5Protocol: DeviceProtocol<LevelsState> = {
  name: 'svakom-v5',
  config: svakomV5Devices,
  ...packetGroups({
    size: 3,
    slots: {
      Vibrate: ({ value, feature }) =>
        feature.index < 2
          ? { slot: feature.index, value, packet: 'vibrators' }
          : `feature ${feature.index} is no vibrator`,
      Oscillate: ({ value }) => ({ slot: OSCILLATE_SLOT, value, packet: 'oscillator' }),
    },
    packet: (packet, levels) => {
      if (packet === 'oscillator') return write('tx', [0x55, 0x09, 0x00, 0x00, levels[OSCILLATE_SLOT]!, 0x00]);
      const { motors, running, level } = svakomDualVibration(levels[0]!, levels[1]!);
      return write('tx', [0x55, 0x03, motors, 0x00, running ? 0x01 : 0x00, level]);
    },
  }),
};
