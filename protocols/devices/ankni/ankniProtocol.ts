/**
 * Ankni (Roselex): after connecting, the device's PnP ID is read from `generic0`. A short answer
 * (6 bytes, the MAC address) means the device wants a handshake: twenty `0x01` bytes, then
 * `[0x01, 0x02, check x 16, 0, 0]` where `check` is the high byte of a CRC-16 (poly 0x1021, init 0)
 * of `[0x01, ...address]`. Vibration: `[0x03, 0x12, speed, 0 x 17]`. Every write asks a response.
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { read, send, write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { ankniDevices } from './ankniDevices.js';

const PACKET_LENGTH = 20;
const READ_LENGTH = 16;
const READ_TIMEOUT_MS = 100;

/** CRC-16 with polynomial 0x1021 and initial value 0 (XMODEM), most significant bit first. */
export const crc16Xmodem = (data: readonly number[]): number => {
  let crc = 0;
  for (const byte of data) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
};

/** The handshake for a device that answered its PnP read with `address`; none when the answer is long. */
export const ankniHandshake = (address: Uint8Array): number[][] => {
  if (address.length > 6) return [];
  const check = crc16Xmodem([0x01, ...address]) >> 8;
  return [
    Array.from({ length: PACKET_LENGTH }, () => 0x01),
    [0x01, 0x02, ...Array.from({ length: 16 }, () => check), 0x00, 0x00],
  ];
};

const padded = (bytes: readonly number[]): number[] => [
  ...bytes,
  ...Array.from({ length: PACKET_LENGTH - bytes.length }, () => 0),
];

export const ankniProtocol: DeviceProtocol<null> = {
  name: 'ankni',
  config: ankniDevices,
  createState: () => null,
  *initialize(_device, state) {
    const address = yield* read('generic0', READ_LENGTH, READ_TIMEOUT_MS);
    for (const packet of ankniHandshake(address)) yield* send(write('tx', packet, true));
    return state;
  },
  encodeOutputs: byOutputType({
    Vibrate: ({ value }) => write('tx', padded([0x03, 0x12, value]), true),
  }),
};
