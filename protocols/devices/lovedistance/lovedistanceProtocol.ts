/** Love Distance: set up with `[0xF3, 0, 0]` and `[0xF4, 1]`, then `[0xF3, 0x00, speed]` on `tx`. */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { send, write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { lovedistanceDevices } from './lovedistanceDevices.js';

export const lovedistanceProtocol: DeviceProtocol<null> = {
  name: 'lovedistance',
  config: lovedistanceDevices,
  createState: () => null,
  *initialize(_device, state) {
    yield* send(write('tx', [0xf3, 0x00, 0x00]));
    yield* send(write('tx', [0xf4, 0x01]));
    return state;
  },
  encodeOutputs: byOutputType({
    Vibrate: ({ value }) => write('tx', [0xf3, 0x00, value]),
  }),
};
