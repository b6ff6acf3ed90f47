/**
 * Magic Motion, first generation: one motor per packet, `[0x0B, 0xFF, 0x04, 0x0A, 0x32, 0x32, 0x00,
 * 0x04, 0x08, speed, 0x64, 0x00]` on `tx`, for vibration and oscillation alike. Battery from the
 * standard BLE battery service.
 */
import { readBleBattery } from '../shared/bleBattery.js';
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType, samePacket } from '../shared/outputEncoders.js';
import { magicMotion1Devices } from './magicMotion1Devices.js';

export const magicMotion1Protocol: DeviceProtocol<null> = {
  name: 'magic-motion-1',
  config: magicMotion1Devices,
  createState: () => null,
  encodeOutputs: byOutputType(
    samePacket(['Vibrate', 'Oscillate'], ({ value }) =>
      write('tx', [0x0b, 0xff, 0x04, 0x0a, 0x32, 0x32, 0x00, 0x04, 0x08, value, 0x64, 0x00]),
    ),
  ),
  readInput: readBleBattery,
};
