/**
 * Svakom Sam Neo 2: on `tx`, with response, vibration `[0x55, 0x03, 0, 0, on ? 5 : 0, speed, 0]`
 * and suction `[0x55, 0x09, 0, 0, on ? 1 : 0, level, 0]`.
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { svakomSam2Devices } from './svakomSam2Devices.js';

const VIBRATE_ON = 0x05;
const SUCTION_ON = 0x01;

export const svakomSam2Protocol: DeviceProtocol<null> = {
  name: 'svakom-sam2',
  config: svakomSam2Devices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value }) => write('tx', [0x55, 0x03, 0x00, 0x00, value === 0 ? 0 : VIBRATE_ON, value, 0x00], true),
    Constrict: ({ value }) => write('tx', [0x55, 0x09, 0x00, 0x00, value === 0 ? 0 : SUCTION_ON, value, 0x00], true),
  }),
};
