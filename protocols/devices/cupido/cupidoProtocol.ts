/** Cupido: `[0xB0, 0x03, 0, 0, 0, speed, 0xAA]` on `tx`. */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { cupidoDevices } from './cupidoDevices.js';

export const cupidoProtocol: DeviceProtocol<null> = {
  name: 'cupido',
  config: cupidoDevices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value }) => write('tx', [0xb0, 0x03, 0, 0, 0, value, 0xaa]),
  }),
};
