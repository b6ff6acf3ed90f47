/**
 * A Fluffer toy: found by its manufacturer data (company 0x684A), which hides a four-byte key (each
 * byte XORed with the first data byte XOR 0x68). Every packet is AES-128-ECB encrypted with
 * Fluffer's fixed key. Asked `[0xA5, 0x01, 0x08, random x 4, sha256(random ++ key)[0..4]]` it answers
 * `[0xA5, 0x01, 0x01, 0x00]` on `rx` (accepted); a request it cannot check gets no answer.
 */
import { createCipheriv, createDecipheriv, createHash } from 'node:crypto';
import { answer, deviceSimulator, sameBytes, type SimulatorFamily } from './simulatorSupport.js';

const COMPANY = 0x684a;
const AES_KEY = Buffer.from('jdk#Flu%y6fer32f', 'latin1');
/** The first data byte, and the key it scrambles (no byte 0 or equal to the mask, which stay as they are). */
const SCRAMBLE = 0x3c;
const MASK = SCRAMBLE ^ (COMPANY >> 8);
const KEY = [0x11, 0x22, 0x33, 0x44];

const encrypt = (data: readonly number[]): Uint8Array => {
  const cipher = createCipheriv('aes-128-ecb', AES_KEY, null);
  return Uint8Array.from(Buffer.concat([cipher.update(Uint8Array.from(data)), cipher.final()]));
};

const decrypt = (data: Uint8Array): Uint8Array | undefined => {
  try {
    const decipher = createDecipheriv('aes-128-ecb', AES_KEY, null);
    return Uint8Array.from(Buffer.concat([decipher.update(data), decipher.final()]));
  } catch {
    return undefined;
  }
};

export const flufferSimulator: SimulatorFamily = () =>
  deviceSimulator({
    manufacturerData: [{ company: COMPANY, data: [SCRAMBLE, ...KEY.map((byte) => byte ^ MASK)] }],
    write: ({ endpoint, data }, device) => {
      if (endpoint !== 'tx') return;
      const request = decrypt(data);
      if (!request || request.length !== 11 || !sameBytes(request.subarray(0, 3), [0xa5, 0x01, 0x08])) return;
      const random = request.subarray(3, 7);
      const digest = createHash('sha256').update(random).update(Uint8Array.from(KEY)).digest();
      if (sameBytes(request.subarray(7), digest.subarray(0, 4)))
        answer(device, 'rx', encrypt([0xa5, 0x01, 0x01, 0x00]));
    },
  });
