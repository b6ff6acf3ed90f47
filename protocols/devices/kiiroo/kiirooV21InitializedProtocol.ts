/**
 * Kiiroo v2.1 strokers that need waking (Onyx 2.1, Onyx+, Keon): `[0x03, 0, 0x64, 0x19]` then
 * `[0x03, 0, 0x64, 0]` on `tx` with response; then v2.1 packets (see kiirooV21Protocol).
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { send, write } from '../shared/hardwareRequests.js';
import type { StrokerState } from './kiirooV2Protocol.js';
import { encodeKiirooV21 } from './kiirooV21Protocol.js';
import { kiirooV21InitializedDevices } from './kiirooV21InitializedDevices.js';

export const kiirooV21InitializedProtocol: DeviceProtocol<StrokerState> = {
  name: 'kiiroo-v21-initialized',
  config: kiirooV21InitializedDevices,
  createState: () => ({ position: 0 }),
  *initialize(_device, state) {
    yield* send(write('tx', [0x03, 0x00, 0x64, 0x19], true));
    yield* send(write('tx', [0x03, 0x00, 0x64, 0x00], true));
    return state;
  },
  encodeOutputs: encodeKiirooV21,
};
