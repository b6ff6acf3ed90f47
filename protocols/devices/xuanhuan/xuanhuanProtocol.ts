/**
 * Xuanhuan: vibration `[0x03, 0x02, 0x00, speed]` on `tx` with response. The toy stops when not
 * told again, so the last packet is repeated every 300 ms. (The reference repeats only non-zero
 * speeds; here a stop is repeated too, which is harmless. No stop is sent on connecting: the toy
 * starts still.)
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { xuanhuanDevices } from './xuanhuanDevices.js';

export const xuanhuanProtocol: DeviceProtocol<null> = {
  name: 'xuanhuan',
  config: xuanhuanDevices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value }) => write('tx', [0x03, 0x02, 0x00, value], true),
  }),
  keepalive: { kind: 'repeatLastWrite', intervalMs: 300 },
  stopOnConnect: false,
};
