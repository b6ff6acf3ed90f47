/** Bananasome: every motor in one packet, `[0xA0, 0x03, feature 0, feature 1, feature 2]` on `tx`. */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { combinedPacket, type LevelsState } from '../shared/outputEncoders.js';
import { bananasomeDevices } from './bananasomeDevices.js';

export const bananasomeProtocol: DeviceProtocol<LevelsState> = {
  name: 'bananasome',
  config: bananasomeDevices,
  ...combinedPacket({
    size: 3,
    slots: { Vibrate: 'feature', Oscillate: 'feature' },
    packet: (levels) => write('tx', [0xa0, 0x03, ...levels]),
  }),
};
