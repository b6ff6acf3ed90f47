/** The Cowgirl / Unicorn: vibration and rotation in one packet, `[0x00, 0x01, vibrate, rotate]` on `tx` with response. */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { combinedPacket, type LevelsState } from '../shared/outputEncoders.js';
import { cowgirlDevices } from './cowgirlDevices.js';

export const cowgirlProtocol: DeviceProtocol<LevelsState> = {
  name: 'cowgirl',
  config: cowgirlDevices,
  ...combinedPacket({
    slots: { Vibrate: 0, Rotate: 1 },
    packet: (levels) => write('tx', [0x00, 0x01, ...levels], true),
  }),
};
