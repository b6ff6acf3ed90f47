/**
 * Svakom v2: one packet per motor on `tx`, each asking a response. The main motor takes
 * `[0x55, 0x03, 0x03, 0x00, on, speed]`; a second motor (feature 1) `[0x55, 0x06, 0x01, 0x00, speed, speed]`.
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { svakomV2Devices } from './svakomV2Devices.js';

export const svakomV2Protocol: DeviceProtocol<null> = {
  name: 'svakom-v2',
  config: svakomV2Devices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value, feature }) =>
      feature.index === 1
        ? write('tx', [0x55, 0x06, 0x01, 0x00, value, value], true)
        : write('tx', [0x55, 0x03, 0x03, 0x00, value === 0 ? 0x00 : 0x01, value], true),
  }),
};
