/**
 * iToys: vibration `[0xA0, 0x01, 0, 0, speed, 0xFF]`, oscillation
 * `[0xA0, 0x06, on, 0, on, speed]` (on: 1 while it moves) on `tx`.
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { itoysDevices } from './itoysDevices.js';

export const itoysProtocol: DeviceProtocol<null> = {
  name: 'itoys',
  config: itoysDevices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value }) => write('tx', [0xa0, 0x01, 0x00, 0x00, value, 0xff]),
    Oscillate: ({ value }) => {
      const on = value === 0 ? 0x00 : 0x01;
      return write('tx', [0xa0, 0x06, on, 0x00, on, value]);
    },
    Rotate: ({ value }) =>
      write('tx', [0xa0, 0x08, value === 0 ? 0x00 : 0x01, 0x00, Math.abs(value), value === 0 ? 0x00 : 0xff]),
  }),
};
