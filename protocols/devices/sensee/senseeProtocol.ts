/** Sensee: `[0x55, 0xAA, 0xF0, 0x01, 0x01, 0x0B, 0x65, 0xF7, 0x01, 0x01, speed]` on `tx`. */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { senseeDevices } from './senseeDevices.js';

export const senseeProtocol: DeviceProtocol<null> = {
  name: 'sensee',
  config: senseeDevices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value }) => write('tx', [0x55, 0xaa, 0xf0, 0x01, 0x01, 0x0b, 0x65, 0xf7, 0x01, 0x01, value]),
  }),
};
