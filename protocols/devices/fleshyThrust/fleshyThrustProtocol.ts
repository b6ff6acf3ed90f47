/** Fleshy Thrust Sync: a stroke is `[position, duration high byte, duration low byte]` on `tx` (duration in ms, 16 bits). */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { fleshyThrustDevices } from './fleshyThrustDevices.js';

export const fleshyThrustProtocol: DeviceProtocol<null> = {
  name: 'fleshy-thrust',
  config: fleshyThrustDevices,
  createState: () => null,
  encodeOutputs: byOutputType({
    HwPositionWithDuration: ({ value, duration = 0 }) => write('tx', [value, (duration >> 8) & 0xff, duration & 0xff]),
  }),
};
