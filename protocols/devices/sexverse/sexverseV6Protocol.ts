/** Sexverse v6 (Aether, A14M01C): vibration, oscillation and suction in one packet, `[0xAA, 0x03, 0x03, vibrate, oscillate, suction]` on `tx`. */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { combinedPacket, type LevelsState } from '../shared/outputEncoders.js';
import { sexverseV6Devices } from './sexverseV6Devices.js';

export const sexverseV6Protocol: DeviceProtocol<LevelsState> = {
  name: 'sexverse-v6',
  config: sexverseV6Devices,
  ...combinedPacket({
    slots: { Vibrate: 0, Oscillate: 1, Constrict: 2 },
    packet: (levels) => write('tx', [0xaa, 0x03, 0x03, ...levels]),
  }),
};
