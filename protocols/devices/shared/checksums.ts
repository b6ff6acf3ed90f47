/** The checks some toys expect at the end of their packets. */

/** The sum of the bytes, modulo 256. */
export const sum8 = (bytes: readonly number[]): number => bytes.reduce((sum, byte) => sum + byte, 0) & 0xff;

/** The XOR of the bytes. */
export const xor8 = (bytes: readonly number[]): number => bytes.reduce((check, byte) => check ^ byte, 0) & 0xff;

/** CRC-16/MODBUS (poly 0xA001 reflected, init 0xFFFF), low byte first, as Fredorch and Honey Play Box frames end. */
export const crc16Modbus = (data: readonly number[]): [number, number] => {
  let crc = 0xffff;
  for (const byte of data) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >> 1) ^ 0xa001 : crc >> 1;
  }
  return [crc & 0xff, crc >> 8];
};
