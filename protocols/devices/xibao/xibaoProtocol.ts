/** Xibao: oscillation `[0x66, 0x3A, 0x00, 0x06, 0x00, 0x06, 0x01, 0x02, 0x00, 0x02, 0x04, speed, speed + 0xB5]` on `tx`. */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { xibaoDevices } from './xibaoDevices.js';

export const xibaoProtocol: DeviceProtocol<null> = {
  name: 'xibao',
  config: xibaoDevices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Oscillate: ({ value }) =>
      write('tx', [0x66, 0x3a, 0x00, 0x06, 0x00, 0x06, 0x01, 0x02, 0x00, 0x02, 0x04, value, (value + 0xb5) & 0xff]),
  }),
};
