/**
 * We-Vibe Chorus: like the 8-bit toys but with the levels as they are and the internal motor
 * first, `[0x0F, 0x03, 0x00, internal, external, running, 0x00, 0x00]` (see wevibeMotors).
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import type { LevelsState } from '../shared/outputEncoders.js';
import { wevibeMotors } from './wevibeMotors.js';
import { runningMotors } from './wevibe8bitProtocol.js';
import { wevibeChorusDevices } from './wevibeChorusDevices.js';

export const wevibeChorusProtocol: DeviceProtocol<LevelsState> = {
  name: 'wevibe-chorus',
  config: wevibeChorusDevices,
  ...wevibeMotors((internal, external) => [
    0x0f,
    0x03,
    0x00,
    internal,
    external,
    runningMotors(internal, external),
    0x00,
    0x00,
  ]),
};
