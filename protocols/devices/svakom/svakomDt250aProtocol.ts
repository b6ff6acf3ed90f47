/**
 * Svakom DT250A (Coleur Dor): `[0x55, mode, 0, 0, level, on]` on `tx`, mode 0x03 for the first
 * vibrator, 0x08 for the second and 0x09 for suction; `on` is 1 while a vibrator runs (always 0
 * for suction).
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { svakomDt250aDevices } from './svakomDt250aDevices.js';

const FIRST_VIBRATOR = 0x03;
const SECOND_VIBRATOR = 0x08;
const SUCTION = 0x09;

export const svakomDt250aProtocol: DeviceProtocol<null> = {
  name: 'svakom-dt250a',
  config: svakomDt250aDevices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value, feature }) => {
      return write('tx', [
        0x55,
        feature.index === 0 ? FIRST_VIBRATOR : SECOND_VIBRATOR,
        0x00,
        0x00,
        value,
        value === 0 ? 0x00 : 0x01,
      ]);
    },
    Constrict: ({ value }) => write('tx', [0x55, SUCTION, 0x00, 0x00, value, 0x00]),
  }),
};
