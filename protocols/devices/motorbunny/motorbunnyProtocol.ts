/**
 * Motorbunny: on `tx`, vibration `[0xFF, (speed, 0x14) x 7, check, 0xEC]` and rotation
 * `[0xAF, (direction, speed) x 7, check, 0xEC]` (direction 0x2A clockwise, 0x29 counter-clockwise),
 * check being the sum of the repeated pairs modulo 256. Stopping is `[0xF0, 0, 0, 0, 0, 0xEC]` for
 * vibration and `[0xA0, 0, 0, 0, 0, 0xEC]` for rotation.
 */
import { sum8 } from '../shared/checksums.js';
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { motorbunnyDevices } from './motorbunnyDevices.js';

const REPEATS = 7;
const END = 0xec;

const running = (header: number, pair: readonly [number, number]): number[] => {
  const pairs = Array.from({ length: REPEATS }, () => pair).flat();
  return [header, ...pairs, sum8(pairs), END];
};
const stopped = (header: number): number[] => [header, 0x00, 0x00, 0x00, 0x00, END];

export const motorbunnyProtocol: DeviceProtocol<null> = {
  name: 'motorbunny',
  config: motorbunnyDevices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value }) => write('tx', value === 0 ? stopped(0xf0) : running(0xff, [value, 0x14])),
    Rotate: ({ value }) =>
      write('tx', value === 0 ? stopped(0xa0) : running(0xaf, [value > 0 ? 0x2a : 0x29, Math.abs(value)])),
  }),
};
