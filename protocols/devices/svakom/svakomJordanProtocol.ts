/**
 * Svakom Jordan: on `tx`, vibration `[0x55, 0x03, 0, 0, on ? 1 : 0, speed, 0]` and oscillation
 * `[0x55, 0x08, 0, 0, on ? 1 : 0, speed, 0]`.
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { svakomJordanDevices } from './svakomJordanDevices.js';

const packet = (command: number, value: number) =>
  write('tx', [0x55, command, 0x00, 0x00, value === 0 ? 0x00 : 0x01, value, 0x00]);

export const svakomJordanProtocol: DeviceProtocol<null> = {
  name: 'svakom-jordan',
  config: svakomJordanDevices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value }) => packet(0x03, value),
    Oscillate: ({ value }) => packet(0x08, value),
  }),
};
