/**
 * Sexverse LG389: vibration and oscillation in one packet on `tx` (with response),
 * `[0xAA, 0x05, vibrate, 0x14, anchor, 0, range, 0, oscillate, 0]`; while oscillating the stroke
 * is anchored at the base (1) over the full range (4), both 0 when it rests.
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { combinedPacket, type LevelsState } from '../shared/outputEncoders.js';
import { sexverseLg389Devices } from './sexverseLg389Devices.js';

const FULL_RANGE = 4;
const ANCHORED_AT_BASE = 1;

export const sexverseLg389Protocol: DeviceProtocol<LevelsState> = {
  name: 'sexverse-lg389',
  config: sexverseLg389Devices,
  ...combinedPacket({
    slots: { Vibrate: 0, Oscillate: 1 },
    packet: ([vibrate, oscillate]) => {
      const moving = oscillate !== 0;
      return write(
        'tx',
        [
          0xaa,
          0x05,
          vibrate!,
          0x14,
          moving ? ANCHORED_AT_BASE : 0,
          0x00,
          moving ? FULL_RANGE : 0,
          0x00,
          oscillate!,
          0x00,
        ],
        true,
      );
    },
  }),
};
