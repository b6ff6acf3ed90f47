/**
 * TryFun (Yuan series, Surge): every packet asks a response on `tx`. Oscillation
 * `[0xAA, 0x02, 0x07, speed, checksum]`, rotation `[0xAA, 0x02, 0x08, speed, checksum]` (see
 * tryfunChecksum); vibration (Surge) `[0x00, 0x02, 0x00, 0x05, mode, speed, 0x01, stopped, 0xFD - speed]`,
 * where a stop is mode 1 at speed 2.
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { withTryfunChecksum } from './tryfunChecksum.js';
import { tryfunDevices } from './tryfunDevices.js';

const vibration = (speed: number): number[] =>
  speed === 0
    ? [0x00, 0x02, 0x00, 0x05, 0x01, 0x02, 0x01, 0x01, 0xfc]
    : [0x00, 0x02, 0x00, 0x05, 0x02, speed, 0x01, 0x00, (0xfd - speed) & 0xff];

export const tryfunProtocol: DeviceProtocol<null> = {
  name: 'tryfun',
  config: tryfunDevices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Oscillate: ({ value }) => write('tx', withTryfunChecksum([0xaa, 0x02, 0x07, value]), true),
    Rotate: ({ value }) => write('tx', withTryfunChecksum([0xaa, 0x02, 0x08, value]), true),
    Vibrate: ({ value }) => write('tx', vibration(value), true),
  }),
};
