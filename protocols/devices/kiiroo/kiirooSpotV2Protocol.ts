/** Kiiroo Spot 2: `[0x01, speed, speed, 0x03, 0xE8, 0xFF]` on `tx` with response; the battery from the BLE battery service. */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { readBleBattery } from '../shared/bleBattery.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { kiirooSpotV2Devices } from './kiirooSpotV2Devices.js';

export const kiirooSpotV2Protocol: DeviceProtocol<null> = {
  name: 'kiiroo-spot-v2',
  config: kiirooSpotV2Devices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value }) => write('tx', [0x01, value, value, 0x03, 0xe8, 0xff], true),
  }),
  readInput: readBleBattery,
};
