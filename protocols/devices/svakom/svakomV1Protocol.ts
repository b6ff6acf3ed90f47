/** Svakom v1: vibration `[0x55, 0x04, 0x03, 0x00, on, speed]` on `tx`. */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { svakomV1Devices } from './svakomV1Devices.js';

export const svakomV1Protocol: DeviceProtocol<null> = {
  name: 'svakom-v1',
  config: svakomV1Devices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value }) => write('tx', [0x55, 0x04, 0x03, 0x00, value === 0 ? 0x00 : 0x01, value]),
  }),
};
