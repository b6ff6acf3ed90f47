/** Kiiroo ProWand: `[0, 0, 0x64, on (0xFF) | off (0), speed, speed]` on `tx`. Battery: `rxblebattery`. */
import { readBleBattery } from '../shared/bleBattery.js';
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { kiirooProwandDevices } from './kiirooProwandDevices.js';

export const kiirooProwandProtocol: DeviceProtocol<null> = {
  name: 'kiiroo-prowand',
  config: kiirooProwandDevices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value }) => write('tx', [0x00, 0x00, 0x64, value === 0 ? 0x00 : 0xff, value, value]),
  }),
  readInput: readBleBattery,
};
