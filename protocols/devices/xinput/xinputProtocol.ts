/**
 * XInput gamepads (Windows only: there is no XInput device manager on Linux; this is the protocol
 * alone). Both rumble motors in one write, each a little-endian 16-bit level, the second motor
 * (feature 1) first. The battery reading is a level 0..3 (empty, low, medium, full) read from `rx`.
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { read, write } from '../shared/hardwareRequests.js';
import { combinedPacket, type LevelsState } from '../shared/outputEncoders.js';
import { xinputDevices } from './xinputDevices.js';

const BATTERY_PERCENT = [0, 33, 66, 100];

const littleEndian16 = (value: number): number[] => [value & 0xff, (value >> 8) & 0xff];

export const xinputProtocol: DeviceProtocol<LevelsState> = {
  name: 'xinput',
  config: xinputDevices,
  ...combinedPacket({
    size: 2,
    slots: { Vibrate: 'feature' },
    packet: ([first = 0, second = 0]) => write('tx', [...littleEndian16(second), ...littleEndian16(first)]),
  }),
  *readInput(_state, request) {
    if (request.type !== 'Battery') throw new Error(`XInput gamepads have no ${request.type} sensor`);
    const [level] = yield* read('rx');
    const percent = level === undefined ? undefined : BATTERY_PERCENT[level];
    if (percent === undefined) throw new Error(`XInput battery level ${level ?? 'missing'} is not 0..3`);
    return percent;
  },
};
