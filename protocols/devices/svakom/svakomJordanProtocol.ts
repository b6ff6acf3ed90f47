/**
 * Svakom Jordan: on `tx`, vibration `[0x55, 0x03, 0, 0, on ? 1 : 0, speed, 0]` and oscillation
 * `[0x55, 0x08, 0, 0, on ? 1 : 0, speed, 0]`.
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { packetPerOutput } from '../shared/outputEncoders.js';
import { svakomJordanDevices } from './svakomJordanDevices.js';

const COMMAND = { Vibrate: 0x03, Oscillate: 0x08 } as const;

export const svakomJordanProtocol: DeviceProtocol<null> = {
  name: 'svakom-jordan',
  config: svakomJordanDevices,
  createState: () => null,
  encodeOutputs: packetPerOutput(({ type, value }) =>
    type === 'Vibrate' || type === 'Oscillate'
      ? write('tx', [0x55, COMMAND[type], 0x00, 0x00, value === 0 ? 0x00 : 0x01, value, 0x00])
      : `the Svakom Jordan takes no ${type}`,
  ),
};
