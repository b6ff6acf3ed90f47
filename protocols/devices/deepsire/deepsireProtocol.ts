/** DeepSire: `[0x55, 0x04, 0x01, 0, 0, speed, 0xAA]` on `tx`. */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { deepsireDevices } from './deepsireDevices.js';

export const deepsireProtocol: DeviceProtocol<null> = {
  name: 'deepsire',
  config: deepsireDevices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value }) => write('tx', [0x55, 0x04, 0x01, 0x00, 0x00, value, 0xaa]),
  }),
};
