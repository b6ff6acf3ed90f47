/** Svakom Dice (Zemalia Dice for Love): `[0x55, 0x04, 0, 0, 0x01, speed, 0xAA]` on `tx`. */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { svakomDiceDevices } from './svakomDiceDevices.js';

export const svakomDiceProtocol: DeviceProtocol<null> = {
  name: 'svakom-dice',
  config: svakomDiceDevices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value }) => write('tx', [0x55, 0x04, 0x00, 0x00, 0x01, value, 0xaa]),
  }),
};
