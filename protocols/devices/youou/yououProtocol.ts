/**
 * Youou: `[0xAA, 0x55, id, 0x02, 0x03, 0x01, speed, on, xor of the 8 bytes before, 0xFF, 0 x 7]` on
 * `tx`, where `id` counts packets (see countedPackets). (The reference identifies every Youou toy
 * as "VX001_", which names no model: all are the defaults, as their advertised names give too.)
 */
import { countedPackets, type PacketCounterState } from '../shared/countedPackets.js';
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { yououDevices } from './yououDevices.js';

export const yououPacket = (id: number, speed: number): number[] => {
  const head = [0xaa, 0x55, id, 0x02, 0x03, 0x01, speed, speed > 0 ? 0x01 : 0x00];
  const check = head.reduce((xor, byte) => xor ^ byte, 0);
  return [...head, check, 0xff, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00];
};

export const yououProtocol: DeviceProtocol<PacketCounterState> = {
  name: 'youou',
  config: yououDevices,
  createState: () => ({ nextId: 0 }),
  encodeOutputs: countedPackets({ Vibrate: ({ value }, id) => yououPacket(id, value) }),
};
