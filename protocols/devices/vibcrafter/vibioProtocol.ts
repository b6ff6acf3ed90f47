/**
 * Vibio: VibCrafter's scheme under another key. Text packets, AES-128-ECB (PKCS#7) on `tx`, answers
 * on `rx`. After connecting the toy is asked `Auth:<8 random letters or digits>;`; it accepts (`OK;`)
 * or sets a challenge `<4 hex digits>:<token>;`, answered with `Auth:<first two bytes of
 * sha256(token) in hex>;`, until it accepts. Motors travel together: `MtInt:<motor 0><motor 1>;`.
 */
import { createCipheriv, createDecipheriv } from 'node:crypto';
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
import { authNonce, challengeAnswer, motorsPacket } from './vibcrafterProtocol.js';
import { vibioDevices } from './vibioDevices.js';

const KEY = Buffer.from('jdk#vib%y5fir21a', 'latin1');
const AUTH_REPLY_TIMEOUT_MS = 2_000;
/** A toy that keeps setting challenges is not going to accept. */
const MAX_CHALLENGES = 8;
const CHALLENGE = /^[0-9A-Fa-f]{4}:([^;]+);$/;

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

export const vibioProtocol: DeviceProtocol<LevelsState> = {
  name: 'vibio',
  config: vibioDevices,
  *initialize(_device, state) {
    yield* subscribe('rx');
    yield* send(encryptedWrite(`Auth:${authNonce(yield* randomBytes(8))};`));
    for (let round = 0; round <= MAX_CHALLENGES; round++) {
      const reply = yield* nextNotification('rx', AUTH_REPLY_TIMEOUT_MS);
      const text = reply ? decrypt(reply.data) : undefined;
      if (text === 'OK;') return state;
      const token = text === undefined ? undefined : CHALLENGE.exec(text)?.[1];
      if (token === undefined) break;
      yield* send(encryptedWrite(challengeAnswer(token)));
    }
    throw new Error("Vibio didn't provide a valid security handshake");
  },
  ...combinedPacket({
    size: 2,
    slots: { Vibrate: 'feature' },
    packet: (levels) => encryptedWrite(motorsPacket(levels)),
  }),
};
