/** Meese: `[0x01, 0x80, 1 + feature index, speed]` on `tx` with response, one packet per motor. */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { meeseDevices } from './meeseDevices.js';

export const meeseProtocol: DeviceProtocol<null> = {
  name: 'meese',
  config: meeseDevices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value, feature }) => write('tx', [0x01, 0x80, 0x01 + feature.index, value], true),
  }),
};
