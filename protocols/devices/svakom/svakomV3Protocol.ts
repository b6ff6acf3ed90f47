/**
 * Svakom v3: one packet per output on `tx`. The first vibrator takes `[0x55, 0x03, 0x03, 0x00, on, speed]`,
 * a second one `[0x55, 0x09, 0x00, 0x00, on, speed]`, rotation `[0x55, 0x08, 0x00, 0x00, speed, 0xFF]`.
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { svakomV3Devices } from './svakomV3Devices.js';

export const svakomV3Protocol: DeviceProtocol<null> = {
  name: 'svakom-v3',
  config: svakomV3Devices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value, feature }) => {
      const on = value === 0 ? 0x00 : 0x01;
      return feature.index === 0
        ? write('tx', [0x55, 0x03, 0x03, 0x00, on, value])
        : write('tx', [0x55, 0x09, 0x00, 0x00, on, value]);
    },
    Rotate: ({ value }) => write('tx', [0x55, 0x08, 0x00, 0x00, value, 0xff]),
  }),
};
