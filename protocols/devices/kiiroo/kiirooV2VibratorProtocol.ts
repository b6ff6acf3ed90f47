/** Kiiroo v2 vibrators (Pearl 2, Titan, OhMiBod Fuse...): three motor speeds in one packet, `[m0, m1, m2]` on `tx`. */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { combinedPacket, type LevelsState } from '../shared/outputEncoders.js';
import { kiirooV2VibratorDevices } from './kiirooV2VibratorDevices.js';

export const kiirooV2VibratorProtocol: DeviceProtocol<LevelsState> = {
  name: 'kiiroo-v2-vibrator',
  config: kiirooV2VibratorDevices,
  ...combinedPacket({
    size: 3,
    slots: { Vibrate: 'feature' },
    packet: (levels) => write('tx', levels),
  }),
};
