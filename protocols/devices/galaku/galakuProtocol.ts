/**
 * Galaku: scrambled packets on `tx` (see galakuCipher). A one-motor toy gets
 * `[90, 0, 0, 1, 49, speed, 0, 0, 0, 0]` per change; a two-motor toy gets both motors in one,
 * `[90, 0, 0, 1, 64, 3, motor 0, motor 1, 0, 0]`, whatever the motors do (vibrate, oscillate,
 * constrict; the Rhino's rotation is its second motor, which the reference leaves unwired). The
 * "Galaku Vision" pump (`AC695X_1(BLE)`) takes plain `[0xAA, 1, 10, 3, speed, on, 0 x 10]`.
 * Battery: ask with `[90, 0, 0, 1, 19, 0, 0, 0, 0, 0]`, the level comes back on `rxblebattery`.
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { nextNotification, send, subscribe, write } from '../shared/hardwareRequests.js';
import {
  byOutputType,
  combinedPacket,
  forTypes,
  type LevelsState,
  outputFeatureCount,
  samePacket,
} from '../shared/outputEncoders.js';
import { galakuPacket } from './galakuCipher.js';
import { galakuDevices } from './galakuDevices.js';
import { requireInput } from '../shared/inputRefusal.js';

const PUMP_NAME = 'AC695X_1(BLE)';
const BATTERY_TIMEOUT_MS = 5_000;
/** Whatever a Galaku toy's output is called, it is a motor's level. */
const MOTOR_OUTPUTS = ['Vibrate', 'Oscillate', 'Constrict', 'Rotate'] as const;

const oneMotor = byOutputType(
  samePacket(MOTOR_OUTPUTS, ({ value }, device) => {
    if (device.hardwareName === PUMP_NAME) {
      return write('tx', [0xaa, 0x01, 0x0a, 0x03, value, value === 0 ? 0 : 1, ...Array.from({ length: 10 }, () => 0)]);
    }
    return write('tx', galakuPacket([90, 0, 0, 1, 49, value, 0, 0, 0, 0]));
  }),
);

const twoMotors = combinedPacket({
  size: 2,
  slots: forTypes(MOTOR_OUTPUTS, 'feature'),
  packet: ([first, second]) => write('tx', galakuPacket([90, 0, 0, 1, 64, 3, first!, second!, 0, 0])),
});

export const galakuProtocol: DeviceProtocol<LevelsState> = {
  name: 'galaku',
  config: galakuDevices,
  createState: twoMotors.createState,
  encodeOutputs: (state, outputs, device) =>
    (outputFeatureCount(device) === 1 ? oneMotor : twoMotors.encodeOutputs)(state, outputs, device),
  *readInput(_state, request) {
    requireInput(request, 'Battery');
    yield* subscribe('rxblebattery');
    yield* send(write('tx', galakuPacket([90, 0, 0, 1, 19, 0, 0, 0, 0, 0]), true));
    const reply = yield* nextNotification('rxblebattery', BATTERY_TIMEOUT_MS);
    if (!reply || reply.data.length === 0) throw new Error('Galaku toy did not report its battery level');
    return reply.data[0]!;
  },
};
