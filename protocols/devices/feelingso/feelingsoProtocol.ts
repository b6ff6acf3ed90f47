/**
 * FeelingSo: vibration and oscillation in one packet, `[0xAA, 0x40, 0x03, vibrate, oscillate,
 * 0x14, 0x19]` on `tx` (the last two bytes are constant: oscillation range and a check byte).
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { combinedPacket, type LevelsState } from '../shared/outputEncoders.js';
import { feelingsoDevices } from './feelingsoDevices.js';

export const feelingsoProtocol: DeviceProtocol<LevelsState> = {
  name: 'feelingso',
  config: feelingsoDevices,
  ...combinedPacket({
    slots: { Vibrate: 0, Oscillate: 1 },
    packet: (levels) => write('tx', [0xaa, 0x40, 0x03, ...levels, 0x14, 0x19]),
  }),
};
