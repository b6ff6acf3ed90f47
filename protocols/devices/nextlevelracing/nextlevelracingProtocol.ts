/** Next Level Racing haptic pad (serial): `M<motor><speed>\r` in ASCII on `tx`, motor being the feature index. */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { ascii, write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { nextlevelracingDevices } from './nextlevelracingDevices.js';

export const nextlevelracingProtocol: DeviceProtocol<null> = {
  name: 'nextlevelracing',
  config: nextlevelracingDevices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value, feature }) => write('tx', ascii(`M${feature.index}${value}\r`)),
  }),
};
