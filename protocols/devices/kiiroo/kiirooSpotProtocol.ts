/** Kiiroo Spot: `[0, 0xFF, 0, 0, 0, speed]` on `tx`. Battery: `rxblebattery`. */
import { readBleBattery } from '../shared/bleBattery.js';
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { kiirooSpotDevices } from './kiirooSpotDevices.js';

export const kiirooSpotProtocol: DeviceProtocol<null> = {
  name: 'kiiroo-spot',
  config: kiirooSpotDevices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value }) => write('tx', [0x00, 0xff, 0x00, 0x00, 0x00, value]),
  }),
  readInput: readBleBattery,
};
