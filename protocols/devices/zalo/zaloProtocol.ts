/**
 * Zalo: both motors in one packet on `tx` with response, `[state, motor 0, motor 1]`: state 2 when
 * both are off, else 1; a motor that is off is sent as 1.
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { combinedPacket, type LevelsState } from '../shared/outputEncoders.js';
import { zaloDevices } from './zaloDevices.js';

export const zaloProtocol: DeviceProtocol<LevelsState> = {
  name: 'zalo',
  config: zaloDevices,
  ...combinedPacket({
    size: 2,
    slots: { Vibrate: 'feature' },
    packet: ([first = 0, second = 0]) =>
      write(
        'tx',
        [first === 0 && second === 0 ? 0x02 : 0x01, first === 0 ? 0x01 : first, second === 0 ? 0x01 : second],
        true,
      ),
  }),
};
