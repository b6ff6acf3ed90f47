/**
 * The TryFun packets' last byte: 0xFF minus every byte after the first, plus `count`, modulo 256.
 * (The original Yuan packets count the summed bytes; Black Hole and Meta 2 count one more.)
 */
export const tryfunChecksum = (packet: readonly number[], count: number): number =>
  (0xff - packet.slice(1).reduce((sum, byte) => sum + byte, 0) + count) & 0xff;

/** The packet with its checksum appended. */
export const withTryfunChecksum = (packet: readonly number[], extraCount = 0): number[] => [
  ...packet,
  tryfunChecksum(packet, packet.length - 1 + extraCount),
];
