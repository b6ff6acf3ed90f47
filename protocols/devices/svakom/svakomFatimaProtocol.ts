/**
 * Svakom Fatima Pro (`SL278B`): `[0x55, function, 0x00, 0x00, mode, level]` on `tx`. Vibration (0x03)
 * and suction (0x09) run in steady mode 1 at their level, `[0x55, f, 0, 0, 0, 0]` when off; thrust
 * (0x08) selects pattern 1..7 with a trailing 0xFF; heat (0x05) is on or off.
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { svakomFatimaDevices } from './svakomFatimaDevices.js';

const steady = (func: number, level: number) =>
  write('tx', level === 0 ? [0x55, func, 0x00, 0x00, 0x00, 0x00] : [0x55, func, 0x00, 0x00, 0x01, level]);

export const svakomFatimaProtocol: DeviceProtocol<null> = {
  name: 'svakom-fatima',
  config: svakomFatimaDevices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value }) => steady(0x03, value),
    Constrict: ({ value }) => steady(0x09, value),
    Oscillate: ({ value }) =>
      write('tx', value === 0 ? [0x55, 0x08, 0x00, 0x00, 0x00, 0x00] : [0x55, 0x08, 0x00, 0x00, value, 0xff]),
    Temperature: ({ value }) =>
      write(
        'tx',
        value === 0 ? [0x55, 0x05, 0x00, 0x00, 0x02, 0x00, 0x00] : [0x55, 0x05, 0x01, 0x37, 0x02, 0x00, 0x00],
      ),
  }),
};
