/**
 * TryFun Black Hole: `[id, 0x02, 0x00, 0x03, command, speed, checksum]` on `tx`, command 0x0C for
 * oscillation and 0x09 for vibration; `id` counts packets (see countedPackets), the checksum is
 * TryFun's (see tryfunChecksum).
 */
import { countedPackets, type PacketCounterState } from '../shared/countedPackets.js';
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { withTryfunChecksum } from './tryfunChecksum.js';
import { tryfunBlackholeDevices } from './tryfunBlackholeDevices.js';

const packet = (id: number, command: number, value: number) =>
  withTryfunChecksum([id, 0x02, 0x00, 0x03, command, value], 1);

export const tryfunBlackholeProtocol: DeviceProtocol<PacketCounterState> = {
  name: 'tryfun-blackhole',
  config: tryfunBlackholeDevices,
  createState: () => ({ nextId: 0 }),
  encodeOutputs: countedPackets({
    Oscillate: ({ value }, id) => packet(id, 0x0c, value),
    Vibrate: ({ value }, id) => packet(id, 0x09, value),
  }),
};
