/** Bananasome: every motor in one packet, `[0xA0, 0x03, feature 0, feature 1, feature 2]` on `tx`. */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { combinedPacket, initialLevels, type LevelsState } from '../shared/outputEncoders.js';
import { bananasomeDevices } from './bananasomeDevices.js';

export const bananasomeProtocol: DeviceProtocol<LevelsState> = {
  name: 'bananasome',
  config: bananasomeDevices,
  createState: () => initialLevels(3),
  encodeOutputs: combinedPacket({
    slots: 3,
    slot: ({ type, value, feature }) =>
      type === 'Vibrate' || type === 'Oscillate' ? { slot: feature.index, value } : `Bananasome toys take no ${type}`,
    packet: (levels) => write('tx', [0xa0, 0x03, ...levels]),
  }),
};
