/** Mizz Zee, second version: `[0x69, 0x96, 0x04, 0x02, speed, 0x2C, speed]` on `tx`. */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { mizzzeeV2Devices } from './mizzzeeV2Devices.js';

export const mizzzeeV2Protocol: DeviceProtocol<null> = {
  name: 'mizzzee-v2',
  config: mizzzeeV2Devices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value }) => write('tx', [0x69, 0x96, 0x04, 0x02, value, 0x2c, value]),
  }),
};
