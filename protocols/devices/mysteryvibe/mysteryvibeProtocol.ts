/**
 * MysteryVibe: put into command mode with `[0x43, 0x02, 0x00]` on `txmode`; then every motor's
 * speed in one packet (one byte per motor) on `txvibrate`. The toy stops when it hears nothing, so
 * the last packet is repeated every 93 ms.
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { send, write } from '../shared/hardwareRequests.js';
import { combinedPacket, type LevelsState } from '../shared/outputEncoders.js';
import { mysteryvibeDevices } from './mysteryvibeDevices.js';

/** The motors' packet, shared with the second generation, which differs only in its mode packet. */
export const mysteryvibeMotors: Pick<DeviceProtocol<LevelsState>, 'createState' | 'encodeOutputs' | 'keepalive'> = {
  ...combinedPacket({
    slots: { Vibrate: 'feature' },
    packet: (levels) => write('txvibrate', levels),
  }),
  keepalive: { kind: 'repeatLastWrite', intervalMs: 93 },
};

export const mysteryvibeProtocol: DeviceProtocol<LevelsState> = {
  name: 'mysteryvibe',
  config: mysteryvibeDevices,
  ...mysteryvibeMotors,
  *initialize(_device, state) {
    yield* send(write('txmode', [0x43, 0x02, 0x00], true));
    return state;
  },
};
