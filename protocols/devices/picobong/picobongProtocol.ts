/** Picobong: `[0x01, mode, speed]` on `tx`, mode 0x01 (steady) while running and 0xFF to stop. */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { picobongDevices } from './picobongDevices.js';

const STEADY = 0x01;
const STOP = 0xff;

export const picobongProtocol: DeviceProtocol<null> = {
  name: 'picobong',
  config: picobongDevices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value }) => write('tx', [0x01, value === 0 ? STOP : STEADY, value]),
  }),
};
