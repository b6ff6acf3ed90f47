/** Fox: `[0x03, 0x01, 0x01, 0xFE, speed]` on `tx`. */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { foxDevices } from './foxDevices.js';

export const foxProtocol: DeviceProtocol<null> = {
  name: 'fox',
  config: foxDevices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value }) => write('tx', [0x03, 0x01, 0x01, 0xfe, value]),
  }),
};
