/** Libo Shark: both motors in one byte on `tx`, motor 0 in the high nibble, motor 1 in the low one. */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { combinedPacket, type LevelsState } from '../shared/outputEncoders.js';
import { liboSharkDevices } from './liboSharkDevices.js';

export const liboSharkProtocol: DeviceProtocol<LevelsState> = {
  name: 'libo-shark',
  config: liboSharkDevices,
  ...combinedPacket({
    size: 2,
    slots: { Vibrate: 'feature' },
    packet: ([high = 0, low = 0]) => write('tx', [((high << 4) | low) & 0xff]),
  }),
};
