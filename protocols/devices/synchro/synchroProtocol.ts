/** Synchro: rotation `[0xA1, 0x01, speed | 0x80 when counter-clockwise, 0x77, 0x55]` on `tx`. */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { synchroDevices } from './synchroDevices.js';

export const synchroProtocol: DeviceProtocol<null> = {
  name: 'synchro',
  config: synchroDevices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Rotate: ({ value }) => write('tx', [0xa1, 0x01, Math.abs(value) | (value < 0 ? 0x80 : 0x00), 0x77, 0x55]),
  }),
};
