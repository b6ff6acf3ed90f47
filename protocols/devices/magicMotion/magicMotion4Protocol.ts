/**
 * Magic Motion, fourth generation: both motors in one packet, `[0x10, 0xFF, 0x04, 0x0A, 0x32, 0x32,
 * 0x00, 0x04, 0x08, motor 0, 0x64, 0x00, 0x04, 0x08, motor 1, 0x64, 0x01]` on `tx` with response;
 * a one-motor toy gets its speed in both places. Battery from the standard BLE battery service.
 */
import { readBleBattery } from '../shared/bleBattery.js';
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { combinedPacket, outputFeatureCount, type LevelsState } from '../shared/outputEncoders.js';
import { magicMotion4Devices } from './magicMotion4Devices.js';

export const magicMotion4Protocol: DeviceProtocol<LevelsState> = {
  name: 'magic-motion-4',
  config: magicMotion4Devices,
  ...combinedPacket({
    size: (device) => Math.min(outputFeatureCount(device), 2),
    slots: { Vibrate: 'feature' },
    packet: ([motor0 = 0, motor1 = motor0]) =>
      write(
        'tx',
        [0x10, 0xff, 0x04, 0x0a, 0x32, 0x32, 0x00, 0x04, 0x08, motor0, 0x64, 0x00, 0x04, 0x08, motor1, 0x64, 0x01],
        true,
      ),
  }),
  readInput: readBleBattery,
};
