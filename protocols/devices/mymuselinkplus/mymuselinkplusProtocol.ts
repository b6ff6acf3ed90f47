/** MyMuse Link Plus: `[0xAA, 0x55, 0x06, 0x01, 0x01, 0x01, speed, 0xFF]` on `tx`; stopping is `[0xAA, 0x55, 0x06, 0xAA, 0, 0, 0, 0]`. */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { mymuselinkplusDevices } from './mymuselinkplusDevices.js';

export const mymuselinkplusProtocol: DeviceProtocol<null> = {
  name: 'mymuselinkplus',
  config: mymuselinkplusDevices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value }) =>
      write(
        'tx',
        value === 0
          ? [0xaa, 0x55, 0x06, 0xaa, 0x00, 0x00, 0x00, 0x00]
          : [0xaa, 0x55, 0x06, 0x01, 0x01, 0x01, value, 0xff],
      ),
  }),
};
