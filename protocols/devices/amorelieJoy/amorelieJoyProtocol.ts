/** Amorelie Joy: woken with `0x03` once connected; then `[0x01, pattern 1 (steady), speed]` on `tx`. */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { send, write } from '../shared/hardwareRequests.js';
import { packetPerOutput } from '../shared/outputEncoders.js';
import { amorelieJoyDevices } from './amorelieJoyDevices.js';

const STEADY_PATTERN = 0x01;

export const amorelieJoyProtocol: DeviceProtocol<null> = {
  name: 'amorelie-joy',
  config: amorelieJoyDevices,
  createState: () => null,
  *initialize(_device, state) {
    yield* send(write('tx', [0x03]));
    return state;
  },
  encodeOutputs: packetPerOutput(({ type, value }) =>
    type === 'Vibrate' ? write('tx', [0x01, STEADY_PATTERN, value]) : `Amorelie Joy toys take no ${type}`,
  ),
};
