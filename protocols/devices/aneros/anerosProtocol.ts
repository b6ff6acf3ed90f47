/** Aneros Vivi: `[0xF1 + motor, speed]` on `tx`, one packet per motor (feature 0 is 0xF1, feature 1 is 0xF2). */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { anerosDevices } from './anerosDevices.js';

export const anerosProtocol: DeviceProtocol<null> = {
  name: 'aneros',
  config: anerosDevices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value, feature }) => write('tx', [0xf1 + feature.index, value]),
  }),
};
