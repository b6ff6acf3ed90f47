/** Svakom Alex Neo 2: `[0x55, 3, 3, 0, speed, speed + 5]` on `tx`. */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { svakomAlexV2Devices } from './svakomAlexV2Devices.js';

export const svakomAlexV2Protocol: DeviceProtocol<null> = {
  name: 'svakom-alex-v2',
  config: svakomAlexV2Devices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value }) => write('tx', [0x55, 3, 3, 0, value, value + 5]),
  }),
};
