/** Utimi: five motor slots in one packet, `[0xA0, 0x03, slot 0..4, 0xAA]` on `tx`; each feature's level goes in the slot of its index. */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { combinedPacket, type LevelsState } from '../shared/outputEncoders.js';
import { utimiDevices } from './utimiDevices.js';

export const utimiProtocol: DeviceProtocol<LevelsState> = {
  name: 'utimi',
  config: utimiDevices,
  ...combinedPacket({
    size: 5,
    slots: { Vibrate: 'feature', Oscillate: 'feature' },
    packet: (levels) => write('tx', [0xa0, 0x03, ...levels, 0xaa]),
  }),
};
