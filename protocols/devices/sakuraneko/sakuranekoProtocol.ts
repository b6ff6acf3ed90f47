/**
 * Sakuraneko: twelve-byte packets on `tx`, vibration
 * `[0xA1, 0x08, 0x01, 0, 0, 0, 0x64, speed, 0, 0x64, 0xDF, 0x55]` and rotation
 * `[0xA2, 0x08, 0x01, 0, 0, 0, 0x64, speed, 0, 0x32, 0xDF, 0x55]`.
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { sakuranekoDevices } from './sakuranekoDevices.js';

export const sakuranekoProtocol: DeviceProtocol<null> = {
  name: 'sakuraneko',
  config: sakuranekoDevices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value }) => write('tx', [0xa1, 0x08, 0x01, 0x00, 0x00, 0x00, 0x64, value, 0x00, 0x64, 0xdf, 0x55]),
    Rotate: ({ value }) => write('tx', [0xa2, 0x08, 0x01, 0x00, 0x00, 0x00, 0x64, value, 0x00, 0x32, 0xdf, 0x55]),
  }),
};
