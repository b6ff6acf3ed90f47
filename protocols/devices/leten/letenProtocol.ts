/**
 * Leten: woken with `[0x04, 0x01]`, then `[0x02, speed]` on `tx`, every write with response. The
 * toy stops when it hears nothing, so the last packet is repeated every second.
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { send, write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { letenDevices } from './letenDevices.js';

export const letenProtocol: DeviceProtocol<null> = {
  name: 'leten',
  config: letenDevices,
  createState: () => null,
  *initialize(_device, state) {
    // The vendor app sometimes authenticates first ([0x04, 0x00], awaiting [0x01] on rx); the toys take this alone.
    yield* send(write('tx', [0x04, 0x01], true));
    return state;
  },
  encodeOutputs: byOutputType({
    Vibrate: ({ value }) => write('tx', [0x02, value], true),
  }),
  keepalive: { kind: 'repeatLastWrite', intervalMs: 1_000 },
};
