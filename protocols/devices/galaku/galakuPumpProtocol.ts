/**
 * Galaku pump: both outputs in one scrambled Galaku packet (see galakuCipher),
 * `[0x5A, 0, 0, 1, 0x60, 3, oscillation, vibration, 0, 0]` on `tx` with response.
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { galakuPacket } from './galakuCipher.js';
import { write } from '../shared/hardwareRequests.js';
import { combinedPacket, type LevelsState } from '../shared/outputEncoders.js';
import { galakuPumpDevices } from './galakuPumpDevices.js';

export const galakuPumpProtocol: DeviceProtocol<LevelsState> = {
  name: 'galaku-pump',
  config: galakuPumpDevices,
  ...combinedPacket({
    slots: { Oscillate: 0, Vibrate: 1 },
    packet: ([oscillation, vibration]) =>
      write('tx', galakuPacket([0x5a, 0x00, 0x00, 0x01, 0x60, 0x03, oscillation!, vibration!, 0x00, 0x00]), true),
  }),
};
