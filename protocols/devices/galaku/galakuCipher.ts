/**
 * Galaku packets (also the Galaku pump's): `0x23`, the payload, then a checksum (the sum of all
 * bytes before it), every byte after the first scrambled with a key table. The key for byte `i` is
 * `KEYS[previous scrambled byte & 3][i]`, and the byte becomes `(key ^ 0x23 ^ byte) + key`.
 */
import { sum8 } from '../shared/checksums.js';

const KEYS: readonly (readonly number[])[] = [
  [0, 24, 152, 247, 165, 61, 13, 41, 37, 80, 68, 70],
  [0, 69, 110, 106, 111, 120, 32, 83, 45, 49, 46, 55],
  [0, 101, 120, 32, 84, 111, 121, 115, 10, 142, 157, 163],
  [0, 197, 214, 231, 248, 10, 50, 32, 111, 98, 13, 10],
];

const HEADER = 0x23;

/** The ten-byte payload framed and scrambled into the twelve bytes the device takes. */
export const galakuPacket = (payload: readonly number[]): number[] => {
  const plain = [HEADER, ...payload];
  plain.push(sum8(plain));
  const scrambled = [HEADER];
  for (let i = 1; i < plain.length; i++) {
    const key = KEYS[scrambled[i - 1]! & 3]![i]!;
    scrambled.push(((key ^ HEADER ^ plain[i]!) + key) & 0xff);
  }
  return scrambled;
};

/** The inverse, for tests and diagnostics: the payload of a packet, or undefined when its checksum is wrong. */
export const galakuPayload = (packet: readonly number[]): number[] | undefined => {
  if (packet.length < 2 || packet[0] !== HEADER || packet.length > KEYS[0]!.length) return undefined;
  const plain = [HEADER];
  for (let i = 1; i < packet.length; i++) {
    const key = KEYS[packet[i - 1]! & 3]![i]!;
    plain.push(((packet[i]! - key) & 0xff) ^ HEADER ^ key);
  }
  const checksum = plain.pop()!;
  return sum8(plain) === checksum ? plain.slice(1) : undefined;
};
