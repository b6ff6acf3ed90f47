/** Svakom Pulse: `[0x55, 0x03, 0x03, 0, on ? 1 : 0, speed + 1]` on `tx`. */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { svakomPulseDevices } from './svakomPulseDevices.js';

export const svakomPulseProtocol: DeviceProtocol<null> = {
  name: 'svakom-pulse',
  config: svakomPulseDevices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value }) => write('tx', [0x55, 0x03, 0x03, 0x00, value === 0 ? 0x00 : 0x01, value + 1]),
  }),
};
