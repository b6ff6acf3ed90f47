/** Svakom Alex Neo: `[18, 1, 3, 0, speed, 0]` on `tx`, where a stop is speed 0xFF. */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { svakomAlexDevices } from './svakomAlexDevices.js';

const STOP = 0xff;

export const svakomAlexProtocol: DeviceProtocol<null> = {
  name: 'svakom-alex',
  config: svakomAlexDevices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value }) => write('tx', [18, 1, 3, 0, value === 0 ? STOP : value, 0]),
  }),
};
