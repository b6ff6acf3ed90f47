/**
 * Magic Motion, third generation (LoveLife Krush): `[0x0B, 0xFF, 0x04, 0x0A, 0x46, 0x46, 0x00, 0x04,
 * 0x08, speed, 0x64, 0x00]` on `tx`. Battery from the standard BLE battery service.
 */
import { readBleBattery } from '../shared/bleBattery.js';
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { magicMotion3Devices } from './magicMotion3Devices.js';

export const magicMotion3Protocol: DeviceProtocol<null> = {
  name: 'magic-motion-3',
  config: magicMotion3Devices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value }) => write('tx', [0x0b, 0xff, 0x04, 0x0a, 0x46, 0x46, 0x00, 0x04, 0x08, value, 0x64, 0x00]),
  }),
  readInput: readBleBattery,
};
