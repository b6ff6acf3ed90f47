/**
 * VibCrafter's and Vibio's toys: every packet is text, AES-128-ECB encrypted with the product's fixed
 * key. Asked `Auth:<nonce>;` on `tx`, the toy sets a challenge on `rx` (`<4 chars>:<token>;`) and
 * accepts (`OK;`) the answer `Auth:<first two bytes of sha256(token), hex>;`. A request or an answer
 * it cannot read (another key, a wrong hash, a nonce of the wrong length) gets no answer.
 */
import { createCipheriv, createDecipheriv, createHash } from 'node:crypto';
import { ascii, bytesToText } from '../../protocols/devices/shared/hardwareRequests.js';
import { answer, bytesOfAddress, deviceSimulator, perConnection, type SimulatorFamily } from './simulatorSupport.js';

interface Product {
  readonly key: string;
  readonly nonceLength: number;
  /** The challenge's four-character prefix. */
  readonly prefix: string;
}

const VIBCRAFTER: Product = { key: 'jdk#Cra%f5Vib28r', nonceLength: 6, prefix: 'Vc7q' };
const VIBIO: Product = { key: 'jdk#vib%y5fir21a', nonceLength: 8, prefix: '3fA0' };

const TOKEN_LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';

const simulatorOf =
  ({ key, nonceLength, prefix }: Product): SimulatorFamily =>
  () => {
    const secret = Buffer.from(key, 'latin1');
    const encrypt = (text: string): Uint8Array => {
      const cipher = createCipheriv('aes-128-ecb', secret, null);
      return Uint8Array.from(Buffer.concat([cipher.update(ascii(text)), cipher.final()]));
    };
    const decrypt = (data: Uint8Array): string | undefined => {
      try {
        const decipher = createDecipheriv('aes-128-ecb', secret, null);
        return bytesToText(Buffer.concat([decipher.update(data), decipher.final()]));
      } catch {
        return undefined;
      }
    };
    const session = perConnection((device) => ({
      token: bytesOfAddress(device.address, 10)
        .map((byte) => TOKEN_LETTERS[byte % TOKEN_LETTERS.length])
        .join(''),
      accepted: false,
    }));
    const nonce = new RegExp(`^Auth:[A-Za-z0-9]{${nonceLength}};$`);
    return deviceSimulator({
      write: ({ endpoint, data }, device) => {
        if (endpoint !== 'tx') return;
        const text = decrypt(data);
        const state = session(device);
        if (text === undefined || state.accepted) return;
        if (nonce.test(text)) return answer(device, 'rx', encrypt(`${prefix}:${state.token};`));
        const expected = createHash('sha256').update(state.token).digest('hex').slice(0, 4);
        if (text === `Auth:${expected};`) {
          state.accepted = true;
          answer(device, 'rx', encrypt('OK;'));
        }
      },
    });
  };

export const vibcrafterSimulator: SimulatorFamily = simulatorOf(VIBCRAFTER);
export const vibioSimulator: SimulatorFamily = simulatorOf(VIBIO);
