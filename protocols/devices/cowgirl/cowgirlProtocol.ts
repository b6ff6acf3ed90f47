/** The Cowgirl / Unicorn: vibration and rotation in one packet, `[0x00, 0x01, vibrate, rotate]` on `tx` with response. */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { combinedPacket, initialLevels, type LevelsState } from '../shared/outputEncoders.js';
import { cowgirlDevices } from './cowgirlDevices.js';

const SLOT = { Vibrate: 0, Rotate: 1 } as const;

export const cowgirlProtocol: DeviceProtocol<LevelsState> = {
  name: 'cowgirl',
  config: cowgirlDevices,
  createState: () => initialLevels(2),
  encodeOutputs: combinedPacket({
    slots: 2,
    slot: ({ type, value }) =>
      type === 'Vibrate' || type === 'Rotate' ? { slot: SLOT[type], value } : `the Cowgirl takes no ${type}`,
    packet: (levels) => write('tx', [0x00, 0x01, ...levels], true),
  }),
};
