/**
 * Sexverse (v3): `[0xA1, 0x04, level, motor (from 1)]` per motor on `tx`, with response. The toys
 * stop unless told again, so the last packet is repeated every 100 ms.
 *
 * The reference sends vibration and rotation this way; the Zeus's oscillating motor gets the same
 * packet, as the reference did when it added the Zeus (its current handler lost that case).
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType, samePacket } from '../shared/outputEncoders.js';
import { sexverseV3Devices } from './sexverseV3Devices.js';

export const SEXVERSE_V3_KEEPALIVE_MS = 100;

export const sexverseV3Protocol: DeviceProtocol<null> = {
  name: 'sexverse-v3',
  config: sexverseV3Devices,
  createState: () => null,
  encodeOutputs: byOutputType(
    samePacket(['Vibrate', 'Rotate', 'Oscillate'], ({ value, feature }) =>
      write('tx', [0xa1, 0x04, value, feature.index + 1], true),
    ),
  ),
  keepalive: { kind: 'repeatLastWrite', intervalMs: SEXVERSE_V3_KEEPALIVE_MS },
};
