/**
 * Luvmazer: `[0xA0, command, argument, motor, strength, speed]` on `tx`: vibration is command 0x01
 * with the feature index as motor and strength 0x64; rotation 0x0F and oscillation 0x06 (argument 1)
 * with strength 0x64; constriction 0x0D with strength 0x14 (0 when released).
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { luvmazerDevices } from './luvmazerDevices.js';

const packet = (bytes: readonly number[]) => write('tx', [0xa0, ...bytes]);

export const luvmazerProtocol: DeviceProtocol<null> = {
  name: 'luvmazer',
  config: luvmazerDevices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value, feature }) => packet([0x01, 0x00, feature.index, 0x64, value]),
    Rotate: ({ value }) => packet([0x0f, 0x00, 0x00, 0x64, value & 0xff]),
    Oscillate: ({ value }) => packet([0x06, 0x01, 0x00, 0x64, value]),
    Constrict: ({ value }) => packet([0x0d, 0x00, 0x00, value === 0 ? 0x00 : 0x14, value]),
  }),
};
