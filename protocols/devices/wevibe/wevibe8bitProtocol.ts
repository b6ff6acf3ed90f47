/**
 * We-Vibe 8-bit: `[0x0F, 0x03, 0x00, external + 3, internal + 3, running, 0x00, 0x00]`, where
 * `running` has bit 0 for the internal motor and bit 1 for the external one (see wevibeMotors).
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import type { LevelsState } from '../shared/outputEncoders.js';
import { wevibeMotors } from './wevibeMotors.js';
import { wevibe8bitDevices } from './wevibe8bitDevices.js';

export const runningMotors = (internal: number, external: number): number =>
  (external === 0 ? 0 : 2) | (internal === 0 ? 0 : 1);

export const wevibe8bitProtocol: DeviceProtocol<LevelsState> = {
  name: 'wevibe-8bit',
  config: wevibe8bitDevices,
  ...wevibeMotors((internal, external) => [
    0x0f,
    0x03,
    0x00,
    external + 3,
    internal + 3,
    runningMotors(internal, external),
    0x00,
    0x00,
  ]),
};
