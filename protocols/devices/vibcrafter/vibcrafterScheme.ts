/**
 * The VibCrafter scheme, spoken by VibCrafter's toys and, under another key, by Vibio's. Every packet
 * is text, AES-128-ECB encrypted (PKCS#7 padding) with the product's fixed key, on `tx`; answers
 * arrive encrypted on `rx`. After connecting the toy is asked `Auth:<random letters or digits>;`; it
 * either accepts (`OK;`) or sets a challenge `<4 chars>:<token>;`, answered with `Auth:<first two
 * bytes of sha256(token) in hex>;`, until it accepts. Motors travel together: `MtInt:<motor 0><motor
 * 1>;`, each level as two digits.
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

/** What tells one product's toys from another's. */
export interface VibcrafterProduct {
  /** As the user knows it, for the handshake's error. */
  readonly name: string;
  /** The AES-128 key, 16 characters. */
  readonly key: string;
  /** Letters or digits in the first `Auth:` request. */
  readonly nonceLength: number;
  /** A challenge the toy may set; its first group is the token to answer. */
  readonly challenge: RegExp;
}

const AUTH_REPLY_TIMEOUT_MS = 2_000;
/** A toy that keeps setting challenges is not going to accept. */
const MAX_CHALLENGES = 8;
const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export interface SchemeCipher {
  readonly encrypt: (text: string) => Uint8Array;
  /** Undefined when the bytes are not a packet under the key. */
  readonly decrypt: (data: Uint8Array) => string | undefined;
}

export const schemeCipher = (keyText: string): SchemeCipher => {
  const key = Buffer.from(keyText, 'latin1');
  return {
    encrypt: (text) => {
      const cipher = createCipheriv('aes-128-ecb', key, null);
      return Uint8Array.from(Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]));
    },
    decrypt: (data) => {
      try {
        const decipher = createDecipheriv('aes-128-ecb', key, null);
        return bytesToText(Buffer.concat([decipher.update(data), decipher.final()]));
      } catch {
        return undefined;
      }
    },
  };
};

/** The answer to a challenge's token. */
export const challengeAnswer = (token: string): string =>
  `Auth:${createHash('sha256').update(token, 'utf8').digest('hex').slice(0, 4)};`;

/** Letters or digits, one per random byte (a nonce: the slight bias of `% 62` does not matter). */
export const authNonce = (random: Uint8Array): string =>
  [...random].map((byte) => ALPHANUMERIC[byte % ALPHANUMERIC.length]).join('');

export const motorsPacket = (levels: readonly number[]): string =>
  `MtInt:${levels.map((level) => String(level).padStart(2, '0')).join('')};`;

/** Everything of a protocol but its name and devices: the handshake and the motors packet, under the product's key. */
export const vibcrafterScheme = (product: VibcrafterProduct): Omit<DeviceProtocol<LevelsState>, 'name' | 'config'> => {
  const { encrypt, decrypt } = schemeCipher(product.key);
  const encryptedWrite = (text: string): WriteRequest => write('tx', encrypt(text));
  return {
    *initialize(_device, state) {
      yield* subscribe('rx');
      yield* send(encryptedWrite(`Auth:${authNonce(yield* randomBytes(product.nonceLength))};`));
      for (let round = 0; round <= MAX_CHALLENGES; round++) {
        const reply = yield* nextNotification('rx', AUTH_REPLY_TIMEOUT_MS);
        const text = reply ? decrypt(reply.data) : undefined;
        if (text === 'OK;') return state;
        const token = text === undefined ? undefined : product.challenge.exec(text)?.[1];
        if (token === undefined) break;
        yield* send(encryptedWrite(challengeAnswer(token)));
      }
      throw new Error(`${product.name} didn't provide a valid security handshake`);
    },
    ...combinedPacket({
      size: 2,
      slots: { Vibrate: 'feature' },
      packet: (levels) => encryptedWrite(motorsPacket(levels)),
    }),
  };
};
