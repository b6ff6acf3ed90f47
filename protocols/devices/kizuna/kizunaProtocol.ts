/** Kizuna Smart (serial): the rotation speed as one ASCII digit and a line end, `"5\r\n"`. */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { kizunaDevices } from './kizunaDevices.js';

const DIGIT_ZERO = 0x30;

export const kizunaProtocol: DeviceProtocol<null> = {
  name: 'kizuna',
  config: kizunaDevices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Rotate: ({ value }) => write('tx', [(DIGIT_ZERO + value) & 0xff, 0x0d, 0x0a]),
  }),
};
