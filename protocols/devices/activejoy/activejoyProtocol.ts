/**
 * ActiveJoy: `[0xB0, mode 1 (vibrate), 0, motor, on, speed]` on `tx`, where `on` is 1 while the
 * motor runs and 0 when it stops.
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { activejoyDevices } from './activejoyDevices.js';

const VIBRATE_MODE = 0x01;

export const activejoyProtocol: DeviceProtocol<null> = {
  name: 'activejoy',
  config: activejoyDevices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value, feature }) => write('tx', [0xb0, VIBRATE_MODE, 0x00, feature.index, value === 0 ? 0 : 1, value]),
  }),
};
