/**
 * Svakom Sam Neo: init subscribes to `rx`. Second-generation toys, told apart by a `txmode`
 * characteristic (or a `firmware` one, on models with a single speed), vibrate with
 * `[18, 1, 3, 0, on ? 4 : 0, speed]`, first-generation ones with `[18, 1, 3, 0, 5, speed]`;
 * suction is `[18, 6, 1, level]`. All on `tx`.
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { subscribe, write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { svakomSamDevices } from './svakomSamDevices.js';

export interface SvakomSamState {
  readonly secondGeneration: boolean;
}

export const svakomSamProtocol: DeviceProtocol<SvakomSamState> = {
  name: 'svakom-sam',
  config: svakomSamDevices,
  createState: (device) => ({
    secondGeneration: device.endpoints.includes('txmode') || device.endpoints.includes('firmware'),
  }),
  *initialize(_device, state) {
    yield* subscribe('rx');
    return state;
  },
  encodeOutputs: (state, outputs, device) =>
    byOutputType({
      Vibrate: ({ value }) => {
        const mode = state.secondGeneration ? (value === 0 ? 0x00 : 0x04) : 0x05;
        return write('tx', [18, 1, 3, 0, mode, value]);
      },
      Constrict: ({ value }) => write('tx', [18, 6, 1, value]),
    })(state, outputs, device),
};
