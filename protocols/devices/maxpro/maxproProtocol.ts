/** MaxPro: `[0x55, 0x04, 0x07, 0xFF, 0xFF, 0x3F, speed, 0x5F, speed, check]` on `tx`, check = sum of the bytes before it, modulo 256. */
import { sum8 } from '../shared/checksums.js';
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { maxproDevices } from './maxproDevices.js';

const withCheck = (bytes: readonly number[]): number[] => [...bytes, sum8(bytes)];

export const maxproProtocol: DeviceProtocol<null> = {
  name: 'maxpro',
  config: maxproDevices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value }) => write('tx', withCheck([0x55, 0x04, 0x07, 0xff, 0xff, 0x3f, value, 0x5f, value])),
  }),
};
