/**
 * We-Vibe (4-bit levels): after connecting, `[0x0F, 0x03, 0x00, 0x99, 0x00, 0x03, 0x00, 0x00]` then
 * the all-off packet; vibration `[0x0F, 0x03, 0x00, external | internal << 4, 0x00, 0x03, 0x00, 0x00]`
 * (see wevibeMotors).
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { send, write } from '../shared/hardwareRequests.js';
import type { LevelsState } from '../shared/outputEncoders.js';
import { WEVIBE_OFF, wevibeMotors } from './wevibeMotors.js';
import { wevibeDevices } from './wevibeDevices.js';

export const wevibeProtocol: DeviceProtocol<LevelsState> = {
  name: 'wevibe',
  config: wevibeDevices,
  *initialize(_device, state) {
    yield* send(write('tx', [0x0f, 0x03, 0x00, 0x99, 0x00, 0x03, 0x00, 0x00], true));
    yield* send(write('tx', WEVIBE_OFF, true));
    return state;
  },
  ...wevibeMotors((internal, external) => [0x0f, 0x03, 0x00, external | (internal << 4), 0x00, 0x03, 0x00, 0x00]),
};
