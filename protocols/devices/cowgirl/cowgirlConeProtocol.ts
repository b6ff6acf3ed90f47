/**
 * The Cowgirl Cone: woken with `[0xAA, 0x56, 0, 0]`, after which it needs 3 s before it takes
 * commands; then `[0xF1, 0x01, speed, 0]` on `tx`.
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { send, sleep, write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { cowgirlConeDevices } from './cowgirlConeDevices.js';

export const COWGIRL_CONE_WAKE_MS = 3_000;

export const cowgirlConeProtocol: DeviceProtocol<null> = {
  name: 'cowgirl-cone',
  config: cowgirlConeDevices,
  createState: () => null,
  *initialize(_device, state) {
    yield* send(write('tx', [0xaa, 0x56, 0x00, 0x00]));
    yield* sleep(COWGIRL_CONE_WAKE_MS);
    return state;
  },
  encodeOutputs: byOutputType({
    Vibrate: ({ value }) => write('tx', [0xf1, 0x01, value, 0x00]),
  }),
};
