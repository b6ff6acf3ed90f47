/**
 * HTK breast massager: one byte on `tx` says which side runs: 11 both, 12 left only, 13 right
 * only, 15 neither.
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { combinedPacket, type LevelsState } from '../shared/outputEncoders.js';
import { htkBmDevices } from './htkBmDevices.js';

export const htkBmMode = ([left, right]: readonly number[]): number => {
  if (left! > 0 && right! > 0) return 11;
  if (left! > 0) return 12;
  if (right! > 0) return 13;
  return 15;
};

export const htkBmProtocol: DeviceProtocol<LevelsState> = {
  name: 'htk_bm',
  config: htkBmDevices,
  ...combinedPacket({
    size: 2,
    slots: { Vibrate: 'feature' },
    packet: (levels) => write('tx', [htkBmMode(levels)]),
  }),
};
