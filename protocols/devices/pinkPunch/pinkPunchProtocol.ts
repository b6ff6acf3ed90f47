/** Pink Punch: `[0x09, speed]` on `tx`, with response. */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { pinkPunchDevices } from './pinkPunchDevices.js';

export const pinkPunchProtocol: DeviceProtocol<null> = {
  name: 'pink_punch',
  config: pinkPunchDevices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value }) => write('tx', [0x09, value], true),
  }),
};
