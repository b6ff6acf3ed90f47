/** Sexverse (v4): `[0xBB, 0x01, speed, 0x66]` on `tx`, with response. */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { sexverseV4Devices } from './sexverseV4Devices.js';

export const sexverseV4Protocol: DeviceProtocol<null> = {
  name: 'sexverse-v4',
  config: sexverseV4Devices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value }) => write('tx', [0xbb, 0x01, value, 0x66], true),
  }),
};
