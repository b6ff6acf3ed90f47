/**
 * WeToy: woken with `[0x80, 0x03]` once connected (the same packet stops it); vibration is
 * `[0xB2, speed - 1]`. Every write asks a response, on `tx`.
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { send, write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { wetoyDevices } from './wetoyDevices.js';

const STOP = [0x80, 0x03];

export const wetoyProtocol: DeviceProtocol<null> = {
  name: 'wetoy',
  config: wetoyDevices,
  createState: () => null,
  *initialize(_device, state) {
    yield* send(write('tx', STOP, true));
    return state;
  },
  encodeOutputs: byOutputType({
    Vibrate: ({ value }) => write('tx', value === 0 ? STOP : [0xb2, value - 1], true),
  }),
};
