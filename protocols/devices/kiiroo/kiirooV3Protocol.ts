/**
 * Kiiroo v3 (Keon WiFi over Bluetooth): v2.1 packets (see kiirooV21Protocol). Its battery is read
 * the v2.1 way, from `whitelist`, which this toy does not have, so a battery read fails (as in the
 * reference).
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import type { StrokerState } from './kiirooV2Protocol.js';
import { encodeKiirooV21, readKiirooV21Battery } from './kiirooV21Protocol.js';
import { kiirooV3Devices } from './kiirooV3Devices.js';

export const kiirooV3Protocol: DeviceProtocol<StrokerState> = {
  name: 'kiiroo-v3',
  config: kiirooV3Devices,
  createState: () => ({ position: 0 }),
  encodeOutputs: encodeKiirooV21,
  readInput: readKiirooV21Battery,
};
