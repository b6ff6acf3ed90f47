/**
 * TryFun Meta 2: `[id, 0x02, 0x00, 0x05, 0x21, 0x05, command, speed, checksum]` on `tx`, command
 * 0x0B for oscillation, 0x08 for vibration and 0x0E for rotation; `id` counts packets (see
 * packetCounter), the checksum is TryFun's (see tryfunChecksum). Rotation speeds are sent negated
 * as a signed byte, clockwise ones one further: clockwise s -> -(s + 1), counter-clockwise -s -> s.
 */
import { countedPackets, type PacketCounterState } from '../shared/countedPackets.js';
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { withTryfunChecksum } from './tryfunChecksum.js';
import { tryfunMeta2Devices } from './tryfunMeta2Devices.js';

const packet = (id: number, command: number, speed: number) =>
  withTryfunChecksum([id, 0x02, 0x00, 0x05, 0x21, 0x05, command, speed], 1);

/** The signed rotation byte. */
export const meta2Rotation = (speed: number): number => -(speed >= 0 ? speed + 1 : speed) & 0xff;

export const tryfunMeta2Protocol: DeviceProtocol<PacketCounterState> = {
  name: 'tryfun-meta2',
  config: tryfunMeta2Devices,
  createState: () => ({ nextId: 0 }),
  encodeOutputs: countedPackets({
    Oscillate: ({ value }, id) => packet(id, 0x0b, value),
    Vibrate: ({ value }, id) => packet(id, 0x08, value),
    Rotate: ({ value }, id) => packet(id, 0x0e, meta2Rotation(value)),
  }),
};
