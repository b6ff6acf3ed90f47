/**
 * VibCrafter: every packet is text, AES-128-ECB encrypted (PKCS#7 padding) with a fixed key, on
 * `tx`; answers arrive encrypted on `rx`. After connecting the toy is asked `Auth:<6 random
 * letters or digits>;`; it either accepts (`OK;`) or sets a challenge `<4 chars>:<token>;`, answered
 * with `Auth:<first two bytes of sha256(token) in hex>;`, until it accepts. Motors travel together:
 * `MtInt:<motor 0><motor 1>;`, each level as two digits.
 */
import { createCipheriv, createDecipheriv, createHash } from 'node:crypto';
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import {
  bytesToText,
  nextNotification,
  randomBytes,
  send,
  subscribe,
  write,
  type WriteRequest,
} from '../shared/hardwareRequests.js';
import { combinedPacket, type LevelsState } from '../shared/outputEncoders.js';
import { vibcrafterDevices } from './vibcrafterDevices.js';

const KEY = Buffer.from('jdk#Cra%f5Vib28r', 'latin1');
const AUTH_REPLY_TIMEOUT_MS = 2_000;
/** A toy that keeps setting challenges is not going to accept. */
const MAX_CHALLENGES = 8;
const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const CHALLENGE = /^[a-zA-Z0-9]{4}:([a-zA-Z0-9]+);$/;

export const encrypt = (text: string): Uint8Array => {
  const cipher = createCipheriv('aes-128-ecb', KEY, null);
  return Uint8Array.from(Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]));
};

/** Undefined when the bytes are not a packet under the key. */
export const decrypt = (data: Uint8Array): string | undefined => {
  try {
    const decipher = createDecipheriv('aes-128-ecb', KEY, null);
    return bytesToText(Buffer.concat([decipher.update(data), decipher.final()]));
  } catch {
    return undefined;
  }
};

const encryptedWrite = (text: string): WriteRequest => write('tx', encrypt(text));

/** The answer to a challenge's token. */
export const challengeAnswer = (token: string): string =>
  `Auth:${createHash('sha256').update(token, 'utf8').digest('hex').slice(0, 4)};`;

/** Six letters or digits from six random bytes (a nonce: the slight bias of `% 62` does not matter). */
export const authNonce = (random: Uint8Array): string =>
  [...random].map((byte) => ALPHANUMERIC[byte % ALPHANUMERIC.length]).join('');

export const motorsPacket = (levels: readonly number[]): string =>
  `MtInt:${levels.map((level) => String(level).padStart(2, '0')).join('')};`;

export const vibcrafterProtocol: DeviceProtocol<LevelsState> = {
  name: 'vibcrafter',
  config: vibcrafterDevices,
  *initialize(_device, state) {
    yield* subscribe('rx');
    const nonce = authNonce(yield* randomBytes(6));
    yield* send(encryptedWrite(`Auth:${nonce};`));
    for (let round = 0; round <= MAX_CHALLENGES; round++) {
      const reply = yield* nextNotification('rx', AUTH_REPLY_TIMEOUT_MS);
      const text = reply ? decrypt(reply.data) : undefined;
      if (text === 'OK;') return state;
      const token = text === undefined ? undefined : CHALLENGE.exec(text)?.[1];
      if (token === undefined) break;
      yield* send(encryptedWrite(challengeAnswer(token)));
    }
    throw new Error("VibCrafter didn't provide a valid security handshake");
  },
  ...combinedPacket({
    size: 2,
    slots: { Vibrate: 'feature' },
    packet: (levels) => encryptedWrite(motorsPacket(levels)),
  }),
};
