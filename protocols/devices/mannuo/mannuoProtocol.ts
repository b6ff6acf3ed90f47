/** ManNuo: `[0xAA, 0x55, 0x06, 0x01, 0x01, 0x01, speed, 0xFA, check]` on `tx` with response, check = XOR of the bytes before it. */
import { xor8 } from '../shared/checksums.js';
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { mannuoDevices } from './mannuoDevices.js';

const withCheck = (bytes: readonly number[]): number[] => [...bytes, xor8(bytes)];

export const mannuoProtocol: DeviceProtocol<null> = {
  name: 'mannuo',
  config: mannuoDevices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value }) => write('tx', withCheck([0xaa, 0x55, 0x06, 0x01, 0x01, 0x01, value, 0xfa]), true),
  }),
};
