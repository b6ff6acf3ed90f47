/**
 * Lelo F1s: both motors in one packet, `[0x01, motor 0, motor 1]` on `tx`. The engine subscribes to
 * `rx` first (the toy wants its power button pressed before it takes commands).
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { subscribe, write } from '../shared/hardwareRequests.js';
import { combinedPacket, type LevelsState } from '../shared/outputEncoders.js';
import { leloF1sDevices } from './leloF1sDevices.js';

/** The F1s encoder; the F1s V2 wants its packets written with response. */
export const leloF1sEncoder = (withResponse: boolean) =>
  combinedPacket({
    size: 2,
    slots: { Vibrate: 'feature' },
    packet: (levels) => write('tx', [0x01, ...levels], withResponse),
  });

export const leloF1sProtocol: DeviceProtocol<LevelsState> = {
  name: 'lelo-f1s',
  config: leloF1sDevices,
  ...leloF1sEncoder(false),
  *initialize(_device, state) {
    yield* subscribe('rx');
    return state;
  },
};
