/**
 * Svakom (ToyCod) Tara X: the internal vibrator takes `[0x55, 0x03, 0x00, 0x00, speed, 0x02]` on
 * `tx` (a stop is `[..., 0x01, 0x01]`), the external pulsator `[0x55, 0x09, 0x00, 0x00, speed, 0x00]`.
 * (The reference itself doubts this split of the two motors; these are its bytes.)
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { svakomTaraxDevices } from './svakomTaraxDevices.js';

export const svakomTaraxProtocol: DeviceProtocol<null> = {
  name: 'svakom-tarax',
  config: svakomTaraxDevices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value, feature }) => {
      if (feature.index !== 0) return write('tx', [0x55, 0x09, 0x00, 0x00, value, 0x00]);
      return write('tx', value === 0 ? [0x55, 0x03, 0x00, 0x00, 0x01, 0x01] : [0x55, 0x03, 0x00, 0x00, value, 0x02]);
    },
  }),
};
