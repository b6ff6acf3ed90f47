/**
 * Kiiroo v2 strokers (Fleshlight Launch, Onyx 2): woken with `0x00` on `firmware` (with response),
 * then a stroke is `[position, speed]` on `tx`, the speed worked out from the distance to the last
 * position and the time asked (see launchSpeed).
 */
import { encoded, type DeviceProtocol } from '../shared/deviceProtocol.js';
import { send, write } from '../shared/hardwareRequests.js';
import { launchSpeed } from '../shared/launchSpeed.js';
import { kiirooV2Devices } from './kiirooV2Devices.js';
import { drivesOnly } from '../shared/outputEncoders.js';

export interface StrokerState {
  /** Where the last stroke went (0..99). */
  readonly position: number;
}

export const kiirooV2Protocol: DeviceProtocol<StrokerState> = {
  name: 'kiiroo-v2',
  config: kiirooV2Devices,
  createState: () => ({ position: 0 }),
  *initialize(_device, state) {
    yield* send(write('firmware', [0x00], true));
    return state;
  },
  encodeOutputs: drivesOnly(['HwPositionWithDuration'], (state, outputs) => {
    let position = state.position;
    const writes = [];
    for (const { value, duration = 0 } of outputs) {
      writes.push(write('tx', [value, launchSpeed(position, value, duration)]));
      position = value;
    }
    return encoded({ position }, writes);
  }),
};
