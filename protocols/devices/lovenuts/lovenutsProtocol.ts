/** Love Nuts: `"EVOL"`, then the speed (0..15) in both nibbles of ten bytes, then `[0x00, 0xFF]`, on `tx`. */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { lovenutsDevices } from './lovenutsDevices.js';

export const lovenutsPacket = (speed: number): number[] => {
  const level = (speed | (speed << 4)) & 0xff;
  return [0x45, 0x56, 0x4f, 0x4c, ...Array.from({ length: 10 }, () => level), 0x00, 0xff];
};

export const lovenutsProtocol: DeviceProtocol<null> = {
  name: 'lovenuts',
  config: lovenutsDevices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value }) => write('tx', lovenutsPacket(value)),
  }),
};
