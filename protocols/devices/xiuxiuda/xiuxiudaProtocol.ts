/** Xiuxiuda: vibration `[0x00, 0x00, 0x00, 0x00, 0x65, 0x3A, 0x30, speed, 0x64]` on `tx`. */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { xiuxiudaDevices } from './xiuxiudaDevices.js';

export const xiuxiudaProtocol: DeviceProtocol<null> = {
  name: 'xiuxiuda',
  config: xiuxiudaDevices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value }) => write('tx', [0x00, 0x00, 0x00, 0x00, 0x65, 0x3a, 0x30, value, 0x64]),
  }),
};
