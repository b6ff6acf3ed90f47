/** Kiiroo PowerShot: both motors in one packet, `[0x01, 0, 0, motor 0, motor 1, 0]` on `tx` with response. Battery: `rxblebattery`. */
import { readBleBattery } from '../shared/bleBattery.js';
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { combinedPacket, type LevelsState } from '../shared/outputEncoders.js';
import { kiirooPowershotDevices } from './kiirooPowershotDevices.js';

export const kiirooPowershotProtocol: DeviceProtocol<LevelsState> = {
  name: 'kiiroo-powershot',
  config: kiirooPowershotDevices,
  ...combinedPacket({
    size: 2,
    slots: { Vibrate: 'feature' },
    packet: ([first, second]) => write('tx', [0x01, 0x00, 0x00, first!, second!, 0x00], true),
  }),
  readInput: readBleBattery,
};
