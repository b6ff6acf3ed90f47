/**
 * Sistalk MonsterPub (and Tracy's Dog): the model's name is read from `rxblemodel` (NULs dropped;
 * "Unknown" when the read fails). Devices with `rx` authenticate: the 16 bytes read there are a key
 * number and 15 bytes, written back to `rx` (with response) XORed with that key. Every motor's
 * level then goes in one packet, on `txvibrate` when the device has it; else on `tx`, or, when all
 * motors stop, on `txmode` with response; devices with neither take `[0x03, levels...]` on `generic0`.
 */
import type { Endpoint } from '../../config/endpoints.js';
import type { DeviceProtocol, ProtocolDevice } from '../shared/deviceProtocol.js';
import { read, send, write, type ProtocolScript } from '../shared/hardwareRequests.js';
import { combinedPacket, type LevelsState } from '../shared/outputEncoders.js';
import { monsterpubDevices } from './monsterpubDevices.js';

const MODEL_READ_LENGTH = 32;
const MODEL_READ_TIMEOUT_MS = 500;
const AUTH_READ_LENGTH = 16;
const AUTH_READ_TIMEOUT_MS = 200;

/** The four authentication keys, chosen by the first byte the device sends. */
const AUTH_KEYS: readonly string[] = ['2IPO', 'LSBB', 'SIS6', 'TALK'].map((word) => word.repeat(4).slice(0, 15));

/** The answer to the device's challenge, or why there is none. */
export const monsterpubAuthentication = (challenge: Uint8Array): number[] | string => {
  const key = AUTH_KEYS[challenge[0] ?? -1];
  if (!key || challenge.length < AUTH_READ_LENGTH)
    return `MonsterPub sent an authentication challenge it cannot have meant: [${[...challenge].join(', ')}]`;
  return [...challenge.subarray(1, AUTH_READ_LENGTH)].map((byte, i) => byte ^ key.charCodeAt(i));
};

const motorEndpoint = ({ endpoints }: ProtocolDevice): Endpoint =>
  endpoints.includes('txvibrate') ? 'txvibrate' : endpoints.includes('tx') ? 'tx' : 'generic0';

export const monsterpubProtocol: DeviceProtocol<LevelsState> = {
  name: 'monsterpub',
  config: monsterpubDevices,
  *identify(): ProtocolScript<string | undefined> {
    let name: Uint8Array;
    try {
      name = yield* read('rxblemodel', MODEL_READ_LENGTH, MODEL_READ_TIMEOUT_MS);
    } catch {
      return 'Unknown';
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(name);
    } catch {
      throw new Error('the MonsterPub model name is not UTF-8');
    }
    return text.replaceAll('\0', '');
  },
  *initialize(device, state) {
    if (!device.endpoints.includes('rx')) return state;
    const answer = monsterpubAuthentication(yield* read('rx', AUTH_READ_LENGTH, AUTH_READ_TIMEOUT_MS));
    if (typeof answer === 'string') throw new Error(answer);
    yield* send(write('rx', answer, true));
    return state;
  },
  ...combinedPacket({
    slots: { Vibrate: 'feature', Oscillate: 'feature' },
    packet: (levels, device) => {
      const endpoint = motorEndpoint(device);
      if (endpoint === 'generic0') return write('generic0', [0x03, ...levels]);
      if (endpoint === 'tx' && levels.every((level) => level === 0)) return write('txmode', levels, true);
      return write(endpoint, levels);
    },
  }),
};
