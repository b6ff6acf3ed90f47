/** Omobo: `[0xA1, 0x04, 0x04, 0x01, speed, 0xFF, 0x55]` on `tx` with response. */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { omoboDevices } from './omoboDevices.js';

export const omoboProtocol: DeviceProtocol<null> = {
  name: 'omobo',
  config: omoboDevices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value }) => write('tx', [0xa1, 0x04, 0x04, 0x01, value, 0xff, 0x55], true),
  }),
};
