/** Amorelie Joy: woken with `0x03` once connected; then `[0x01, pattern 1 (steady), speed]` on `tx`. */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { send, write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { amorelieJoyDevices } from './amorelieJoyDevices.js';

const STEADY_PATTERN = 0x01;

export const amorelieJoyProtocol: DeviceProtocol<null> = {
  name: 'amorelie-joy',
  config: amorelieJoyDevices,
  createState: () => null,
  *initialize(_device, state) {
    yield* send(write('tx', [0x03]));
    return state;
  },
  encodeOutputs: byOutputType({
    Vibrate: ({ value }) => write('tx', [0x01, STEADY_PATTERN, value]),
  }),
};
