/** Sexverse (v2): woken with `[0xAA, 0x04]`; then `[0xAA, 0x03, 0x01, motor (from 1), 0x64, speed]` per motor on `tx`, with response. */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { send, write } from '../shared/hardwareRequests.js';
import { byOutputType, samePacket } from '../shared/outputEncoders.js';
import { sexverseV2Devices } from './sexverseV2Devices.js';

export const sexverseV2Protocol: DeviceProtocol<null> = {
  name: 'sexverse-v2',
  config: sexverseV2Devices,
  createState: () => null,
  *initialize(_device, state) {
    yield* send(write('tx', [0xaa, 0x04], true));
    return state;
  },
  encodeOutputs: byOutputType(
    samePacket(['Vibrate', 'Oscillate'], ({ value, feature }) =>
      write('tx', [0xaa, 0x03, 0x01, feature.index + 1, 0x64, value], true),
    ),
  ),
};
