/**
 * Je Joue: `[pattern, speed]` on `tx`, one speed for the toy. While the first motor runs its speed
 * is sent with pattern 2 (first motor); otherwise the second motor's speed with pattern 3 (second
 * motor); with both stopped, pattern 1 and speed 0.
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { combinedPacket, type LevelsState } from '../shared/outputEncoders.js';
import { jejoueDevices } from './jejoueDevices.js';

const BOTH = 1;
const FIRST = 2;
const SECOND = 3;

export const jejouePacket = ([first, second]: readonly number[]): [number, number] => {
  if (first! > 0) return [FIRST, first!];
  if (second! > 0) return [SECOND, second!];
  return [BOTH, 0];
};

export const jejoueProtocol: DeviceProtocol<LevelsState> = {
  name: 'jejoue',
  config: jejoueDevices,
  ...combinedPacket({
    size: 2,
    slots: { Vibrate: 'feature' },
    packet: (levels) => write('tx', jejouePacket(levels)),
  }),
};
