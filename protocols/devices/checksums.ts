/** One-byte checks some toys expect at the end of their packets. */

/** The sum of the bytes, modulo 256. */
export const sum8 = (bytes: readonly number[]): number => bytes.reduce((sum, byte) => sum + byte, 0) & 0xff;

/** The XOR of the bytes. */
export const xor8 = (bytes: readonly number[]): number => bytes.reduce((check, byte) => check ^ byte, 0) & 0xff;
