/** Adrien Lastic: ASCII `MotorValue:NN;` (two digits) written to `tx` with response. */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { ascii, write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { adrienlasticDevices } from './adrienlasticDevices.js';

export const adrienlasticProtocol: DeviceProtocol<null> = {
  name: 'adrienlastic',
  config: adrienlasticDevices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value }) => write('tx', ascii(`MotorValue:${String(value).padStart(2, '0')};`), true),
  }),
};
