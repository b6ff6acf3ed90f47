/** Realov: `[0xC5, 0x55, speed, 0xAA]` on `tx`. */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { realovDevices } from './realovDevices.js';

export const realovProtocol: DeviceProtocol<null> = {
  name: 'realov',
  config: realovDevices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value }) => write('tx', [0xc5, 0x55, value, 0xaa]),
  }),
};
