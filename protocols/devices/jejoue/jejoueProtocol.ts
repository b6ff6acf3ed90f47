/**
 * Je Joue: `[pattern, speed]` on `tx`, one speed for the toy. While the first motor runs its speed
 * is sent with pattern 2 (first motor); otherwise the second motor's speed with pattern 3 (second
 * motor); with both stopped, pattern 1 and speed 0.
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { combinedPacket, initialLevels, type LevelsState } from '../shared/outputEncoders.js';
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
  createState: () => initialLevels(2),
  encodeOutputs: combinedPacket({
    slots: 2,
    slot: ({ type, value, feature }) =>
      type === 'Vibrate' ? { slot: feature.index, value } : `Je Joue toys take no ${type}`,
    packet: (levels) => write('tx', jejouePacket(levels)),
  }),
};
