/**
 * MysteryVibe, second generation: the first generation's motor packets and keepalive, after a
 * different mode packet, `[0x03, 0x02, 0x40]` on `txmode` with response.
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { send, write } from '../shared/hardwareRequests.js';
import { mysteryvibeMotors } from './mysteryvibeProtocol.js';
import type { LevelsState } from '../shared/outputEncoders.js';
import { mysteryvibeV2Devices } from './mysteryvibeV2Devices.js';

export const mysteryvibeV2Protocol: DeviceProtocol<LevelsState> = {
  name: 'mysteryvibe-v2',
  config: mysteryvibeV2Devices,
  ...mysteryvibeMotors,
  *initialize(_device, state) {
    yield* send(write('txmode', [0x03, 0x02, 0x40], true));
    return state;
  },
};
