/** Next Level Racing haptic pad (serial): `M<motor><speed>\r` in ASCII on `tx`, motor being the feature index. */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { ascii, write } from '../shared/hardwareRequests.js';
import { packetPerOutput } from '../shared/outputEncoders.js';
import { nextlevelracingDevices } from './nextlevelracingDevices.js';

export const nextlevelracingProtocol: DeviceProtocol<null> = {
  name: 'nextlevelracing',
  config: nextlevelracingDevices,
  createState: () => null,
  encodeOutputs: packetPerOutput(({ type, value, feature }) =>
    type === 'Vibrate'
      ? write('tx', ascii(`M${feature.index}${value}\r`))
      : `the Next Level Racing pad takes no ${type}`,
  ),
};
