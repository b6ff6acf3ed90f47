/**
 * Magic Motion, second generation: both motors in one packet, `[0x10, 0xFF, 0x04, 0x0A, 0x32, 0x0A,
 * 0x00, 0x04, 0x08, motor 0, 0x64, 0x00, 0x04, 0x08, motor 1, 0x64, 0x01]` on `tx` (a one-motor toy
 * leaves motor 1 at 0). Battery from the standard BLE battery service.
 *
 * The reference drives only vibration; the FunTown Jive's second motor is an oscillator, which
 * takes its slot by feature index like any second motor.
 */
import { readBleBattery } from '../shared/bleBattery.js';
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { combinedPacket, type LevelsState } from '../shared/outputEncoders.js';
import { magicMotion2Devices } from './magicMotion2Devices.js';

export const magicMotion2Protocol: DeviceProtocol<LevelsState> = {
  name: 'magic-motion-2',
  config: magicMotion2Devices,
  ...combinedPacket({
    size: 2,
    slots: { Vibrate: 'feature', Oscillate: 'feature' },
    packet: ([motor0 = 0, motor1 = 0]) =>
      write('tx', [
        0x10,
        0xff,
        0x04,
        0x0a,
        0x32,
        0x0a,
        0x00,
        0x04,
        0x08,
        motor0,
        0x64,
        0x00,
        0x04,
        0x08,
        motor1,
        0x64,
        0x01,
      ]),
  }),
  readInput: readBleBattery,
};
