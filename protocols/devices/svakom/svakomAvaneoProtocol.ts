/**
 * Svakom Ava Neo: on `tx`, the first motor (vibration or oscillation) runs with
 * `[0x55, 0x03, 0, 0, on ? 1 : 0, speed]`; any other motor with `[0x55, 0x09, 0, 0, speed, 0xFF]`
 * to vibrate and `[0x55, 0x08, 0, 0, speed, 0xFF]` to oscillate.
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType, samePacket } from '../shared/outputEncoders.js';
import { svakomAvaneoDevices } from './svakomAvaneoDevices.js';

export const svakomAvaneoProtocol: DeviceProtocol<null> = {
  name: 'svakom-avaneo',
  config: svakomAvaneoDevices,
  createState: () => null,
  encodeOutputs: byOutputType(
    samePacket(['Vibrate', 'Oscillate'], ({ type, value, feature }) => {
      if (feature.index === 0) return write('tx', [0x55, 0x03, 0x00, 0x00, value === 0 ? 0x00 : 0x01, value]);
      return write('tx', [0x55, type === 'Vibrate' ? 0x09 : 0x08, 0x00, 0x00, value, 0xff]);
    }),
  ),
};
