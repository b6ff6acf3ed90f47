/**
 * Sexverse (v5): `[0xAA, 0x03, 0x03, speed, 0, 0, 0]` on `tx`. The upstream database files its one
 * model ("Hannibal Kona") under a misspelled key the reference never reads, so every device here is
 * the default model, as in the reference.
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { sexverseV5Devices } from './sexverseV5Devices.js';

export const sexverseV5Protocol: DeviceProtocol<null> = {
  name: 'sexverse-v5',
  config: sexverseV5Devices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value }) => write('tx', [0xaa, 0x03, 0x03, value, 0x00, 0x00, 0x00]),
  }),
};
