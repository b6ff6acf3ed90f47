/**
 * Kiiroo v2.1 toys (Pearl 2.1, Titan 1.1, OhMiBod...): vibration `[0x01, speed]`, a stroke
 * `[0x03, 0, speed, position]` on `tx`, its speed from the distance to the last position and the
 * time asked (see launchSpeed). Battery: the 20 bytes of `whitelist`, byte 5.
 */
import { encoded, type DeviceProtocol, type InputRequest, type ProtocolDevice } from '../shared/deviceProtocol.js';
import { read, write, type ProtocolScript } from '../shared/hardwareRequests.js';
import { launchSpeed } from '../shared/launchSpeed.js';
import type { StrokerState } from './kiirooV2Protocol.js';
import { kiirooV21Devices } from './kiirooV21Devices.js';
import { drivesOnly } from '../shared/outputEncoders.js';
import { requireInput } from '../shared/inputRefusal.js';

const BATTERY_REPORT_LENGTH = 20;
const BATTERY_BYTE = 5;

/** Vibration and strokes of the v2.1 generation (kiiroo-v21, kiiroo-v21-initialized, kiiroo-v3). */
export const encodeKiirooV21 = drivesOnly(['Vibrate', 'HwPositionWithDuration'], (state: StrokerState, outputs) => {
  let position = state.position;
  const writes = [];
  for (const { type, value, duration = 0 } of outputs) {
    if (type === 'Vibrate') {
      writes.push(write('tx', [0x01, value]));
    } else {
      writes.push(write('tx', [0x03, 0x00, launchSpeed(position, value, duration), value]));
      position = value;
    }
  }
  return encoded({ position }, writes);
});

export function* readKiirooV21Battery(
  _state: StrokerState,
  request: InputRequest,
  device: ProtocolDevice,
): ProtocolScript<number> {
  requireInput(request, 'Battery');
  if (!device.endpoints.includes('whitelist'))
    throw new Error('this Kiiroo toy has no battery report (no whitelist characteristic)');
  const report = yield* read('whitelist', BATTERY_REPORT_LENGTH);
  if (report.length !== BATTERY_REPORT_LENGTH)
    throw new Error(`Kiiroo battery report of ${report.length} bytes, expected ${BATTERY_REPORT_LENGTH}`);
  return report[BATTERY_BYTE]!;
}

export const kiirooV21Protocol: DeviceProtocol<StrokerState> = {
  name: 'kiiroo-v21',
  config: kiirooV21Devices,
  createState: () => ({ position: 0 }),
  encodeOutputs: encodeKiirooV21,
  readInput: readKiirooV21Battery,
};
