/**
 * Pretty Love (Aogu): every toy identifies as "Aogu BLE", whatever it advertises (so all are the
 * default model); vibration is `[0x00, speed]` on `tx`, with response.
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { prettyloveDevices } from './prettyloveDevices.js';

export const prettyloveProtocol: DeviceProtocol<null> = {
  name: 'prettylove',
  config: prettyloveDevices,
  *identify() {
    return 'Aogu BLE';
  },
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value }) => write('tx', [0x00, value], true),
  }),
};
