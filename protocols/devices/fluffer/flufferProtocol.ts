/**
 * Fluffer: every packet is AES-128-ECB encrypted (PKCS#7 padding) with a fixed key. Motors travel
 * in one packet, `[0x82, 0x0F, 0x05, 0x00, motor 0, motor 1, 0, 0]`; a rotation counter-clockwise
 * is sent as 100 + speed.
 *
 * Devices advertising Fluffer manufacturer data (company 0x684A) want an authentication first:
 * `[0xA5, 0x01, 0x08, random x 4, sha256(random ++ key bytes)[0..4]]`, where the four key bytes are
 * unscrambled from the advertisement; a device answering `[0xA5, 0x01, 0x01, 0x00]` accepts, and
 * is then switched on with `[0x82, 0x0E, 0x02, 0x00, 0x01]`.
 */
import { createCipheriv, createDecipheriv, createHash } from 'node:crypto';
import type { ManufacturerData } from '../../config/deviceDefinitions.js';
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import {
  nextNotification,
  randomBytes,
  send,
  subscribe,
  write,
  type WriteRequest,
} from '../shared/hardwareRequests.js';
import { combinedPacket, type LevelsState } from '../shared/outputEncoders.js';
import { flufferDevices } from './flufferDevices.js';

const KEY = Buffer.from('jdk#Flu%y6fer32f', 'latin1');
const COMPANY = 0x684a;
const AUTH_REPLY_TIMEOUT_MS = 2_000;
const ACCEPTED = [0xa5, 0x01, 0x01, 0x00];

export const encrypt = (data: readonly number[]): Uint8Array => {
  const cipher = createCipheriv('aes-128-ecb', KEY, null);
  return Uint8Array.from(Buffer.concat([cipher.update(Uint8Array.from(data)), cipher.final()]));
};

/** Undefined when the bytes are not a packet under the key. */
export const decrypt = (data: Uint8Array): number[] | undefined => {
  try {
    const decipher = createDecipheriv('aes-128-ecb', KEY, null);
    return [...Buffer.concat([decipher.update(data), decipher.final()])];
  } catch {
    return undefined;
  }
};

const encryptedWrite = (data: readonly number[]): WriteRequest => write('tx', encrypt(data));

/** The advertisement as the handshake reads it: the company id (little-endian) then its data. */
export const flufferAdvertisement = (manufacturerData: readonly ManufacturerData[] = []): number[] | undefined => {
  const entry = manufacturerData.find((m) => m.company === COMPANY);
  return entry ? [COMPANY & 0xff, COMPANY >> 8, ...(entry.data ?? [])] : undefined;
};

/** Four key bytes hidden in the advertisement, each XORed with `adv[1] ^ adv[2]` (0 and the key itself stay). */
export const advertisedKey = (advertisement: readonly number[]): number[] => {
  const mask = advertisement[2]! ^ advertisement[1]!;
  return advertisement.slice(3, 7).map((b) => (b !== 0 && b !== mask ? b ^ mask : b));
};

export const authenticationRequest = (random: readonly number[], advertisement: readonly number[]): number[] => {
  const digest = createHash('sha256')
    .update(Uint8Array.from(random))
    .update(Uint8Array.from(advertisedKey(advertisement)))
    .digest();
  return [0xa5, 0x01, 0x08, ...random, ...digest.subarray(0, 4)];
};

export const flufferProtocol: DeviceProtocol<LevelsState> = {
  name: 'fluffer',
  config: flufferDevices,
  *initialize(device, state) {
    yield* subscribe('rx');
    const advertisement = flufferAdvertisement(device.manufacturerData);
    if (!advertisement || advertisement.length < 3) return state;
    const nonce = yield* randomBytes(4);
    yield* send(encryptedWrite(authenticationRequest([...nonce], advertisement)));
    const reply = yield* nextNotification(undefined, AUTH_REPLY_TIMEOUT_MS);
    const decoded = reply ? decrypt(reply.data) : undefined;
    if (!decoded || decoded.length !== ACCEPTED.length || decoded.some((b, i) => b !== ACCEPTED[i])) {
      throw new Error('Fluffer did not accept the authentication');
    }
    yield* send(encryptedWrite([0x82, 0x0e, 0x02, 0x00, 0x01]));
    return state;
  },
  ...combinedPacket({
    size: 2,
    slots: {
      Vibrate: 'feature',
      Oscillate: 'feature',
      Rotate: ({ value, feature }) => ({ slot: feature.index, value: value < 0 ? 100 - value : value }),
    },
    packet: (levels) => encryptedWrite([0x82, 0x0f, 0x05, 0x00, ...levels, 0x00, 0x00]),
  }),
  keepalive: { kind: 'whenHardwareRequires', write: encryptedWrite([0x80, 0x02, 0x00]), intervalMs: 5_000 },
};
