/** Cachito: `[2 + motor, 1 + motor, speed, 0]` on `tx`, one packet per motor. */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { cachitoDevices } from './cachitoDevices.js';

export const cachitoProtocol: DeviceProtocol<null> = {
  name: 'cachito',
  config: cachitoDevices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value, feature }) => write('tx', [2 + feature.index, 1 + feature.index, value, 0]),
  }),
};
