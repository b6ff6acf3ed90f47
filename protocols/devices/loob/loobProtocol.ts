/**
 * Joyroid Loob: woken with `[0x00, 0x01, 0x01, 0xF4]` (with response); a stroke is
 * `[position (1..1000), duration in ms (at least 1)]`, both 16-bit big-endian, on `tx`.
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { send, write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { loobDevices } from './loobDevices.js';

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);

export const loobStroke = (position: number, durationMs: number): number[] => {
  const target = clamp(position, 1, 1000);
  // The duration field is 16 bits: longer moves are sent as the longest it can say, not wrapped around.
  const duration = clamp(durationMs, 1, 0xffff);
  return [target >> 8, target & 0xff, duration >> 8, duration & 0xff];
};

export const loobProtocol: DeviceProtocol<null> = {
  name: 'loob',
  config: loobDevices,
  createState: () => null,
  *initialize(_device, state) {
    yield* send(write('tx', [0x00, 0x01, 0x01, 0xf4], true));
    return state;
  },
  encodeOutputs: byOutputType({
    HwPositionWithDuration: ({ value, duration = 0 }) => write('tx', loobStroke(value, duration)),
  }),
};
