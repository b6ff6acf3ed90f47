/**
 * Nexus Revo: on `tx` with response, vibration `[0xAA, 0x01, 0x01, 0x00, 0x01, speed]` and rotation
 * `[0xAA, 0x01, 0x02, 0x00, mode, 0x00]`, where mode is the speed (0..2), plus 2 when clockwise.
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { nexusRevoDevices } from './nexusRevoDevices.js';

export const nexusRevoProtocol: DeviceProtocol<null> = {
  name: 'nexus-revo',
  config: nexusRevoDevices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value }) => write('tx', [0xaa, 0x01, 0x01, 0x00, 0x01, value], true),
    Rotate: ({ value }) => write('tx', [0xaa, 0x01, 0x02, 0x00, Math.abs(value) + (value > 0 ? 2 : 0), 0x00], true),
  }),
};
