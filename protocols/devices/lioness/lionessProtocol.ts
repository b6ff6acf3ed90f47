/**
 * Lioness: after subscribing to `rx`, `[0x01, 0xAA, 0xAA, 0xBB, 0xCC, 0x10]` on `tx` with response
 * opens the session (it fails when the toy is not paired with the operating system); then
 * `[0x02, 0xAA, 0xBB, 0xCC, 0xCC, speed]` on `tx`.
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { send, subscribe, write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { lionessDevices } from './lionessDevices.js';

export const lionessProtocol: DeviceProtocol<null> = {
  name: 'lioness',
  config: lionessDevices,
  createState: () => null,
  *initialize(_device, state) {
    yield* subscribe('rx');
    try {
      yield* send(write('tx', [0x01, 0xaa, 0xaa, 0xbb, 0xcc, 0x10], true));
    } catch {
      throw new Error('the Lioness may need pairing with the operating system first (PIN 6496 or 006496)');
    }
    return state;
  },
  encodeOutputs: byOutputType({
    Vibrate: ({ value }) => write('tx', [0x02, 0xaa, 0xbb, 0xcc, 0xcc, value]),
  }),
};
