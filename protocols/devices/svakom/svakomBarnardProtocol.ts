/**
 * Svakom Barnard (Fantasy Cup): on `tx`, vibration `[0x55, 0x03, 0, 0, speed, on ? 0x01 : 0]` and
 * oscillation `[0x55, 0x08, 0, 0, speed, on ? 0xFF : 0]`.
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { svakomBarnardDevices } from './svakomBarnardDevices.js';

export const svakomBarnardProtocol: DeviceProtocol<null> = {
  name: 'svakom-barnard',
  config: svakomBarnardDevices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value }) => write('tx', [0x55, 0x03, 0x00, 0x00, value, value === 0 ? 0x00 : 0x01]),
    Oscillate: ({ value }) => write('tx', [0x55, 0x08, 0x00, 0x00, value, value === 0 ? 0x00 : 0xff]),
  }),
};
