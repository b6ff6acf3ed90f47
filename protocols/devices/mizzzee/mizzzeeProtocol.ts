/** Mizz Zee: `[0x69, 0x96, 0x03, 0x01, on (0 or 1), speed]` on `tx`. */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { mizzzeeDevices } from './mizzzeeDevices.js';

export const mizzzeeProtocol: DeviceProtocol<null> = {
  name: 'mizzzee',
  config: mizzzeeDevices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value }) => write('tx', [0x69, 0x96, 0x03, 0x01, value === 0 ? 0x00 : 0x01, value]),
  }),
};
