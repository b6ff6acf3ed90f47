/**
 * Libo vibrators: the main motor's speed is one byte on `tx`, the second motor's (feature 1) one
 * byte on `txmode`. Stopping the main motor also writes 0 to `txmode`, which stops one-motor toys.
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { liboVibesDevices } from './liboVibesDevices.js';

export const liboVibesProtocol: DeviceProtocol<null> = {
  name: 'libo-vibes',
  config: liboVibesDevices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value, feature }) => {
      if (feature.index === 1) return write('txmode', [value]);
      return value === 0 ? [write('tx', [0]), write('txmode', [0])] : write('tx', [value]);
    },
  }),
};
