/**
 * Toys that say what they are when read: the model-number characteristic (`rxblemodel`) holds a
 * Satisfyer's model code (a big-endian u32), a Hismith's model (its digits as hex bytes), a
 * MonsterPub's or a Vibratissimo's model name (text); a Sensee (v2) reads its info record from
 * `tx`. A MonsterPub with an `rx` characteristic also sets a challenge there that must be answered.
 */
import { ascii } from '../../protocols/devices/shared/hardwareRequests.js';
import { bytesOfAddress, deviceSimulator, perConnection, sameBytes, type SimulatorFamily } from './simulatorSupport.js';

/** The model's first identifier, as the database spells it. */
const identifierOf: (toy: Parameters<SimulatorFamily>[0]) => string | undefined = ({ model }) => model?.identifiers[0];

/** A Satisfyer's model code, four bytes big-endian (an unknown model reads 0: the protocol's defaults). */
export const satisfyerSimulator: SimulatorFamily = (toy) => {
  const code = Number(identifierOf(toy) ?? 0);
  if (!Number.isInteger(code) || code < 0 || code > 0xffff_ffff) return undefined;
  const bytes = Uint8Array.of(code >>> 24, (code >>> 16) & 0xff, (code >>> 8) & 0xff, code & 0xff);
  return deviceSimulator({ read: (endpoint) => (endpoint === 'rxblemodel' ? bytes : undefined) });
};

/** A Hismith's model: `4001` is the bytes 0x40 0x01. */
export const hismithSimulator: SimulatorFamily = (toy) => {
  const model = identifierOf(toy);
  if (!model || !/^([0-9a-f]{2})+$/i.test(model)) return undefined;
  const bytes = Uint8Array.from(model.match(/../g)!.map((pair) => parseInt(pair, 16)));
  return deviceSimulator({ read: (endpoint) => (endpoint === 'rxblemodel' ? bytes : undefined) });
};

/** A Vibratissimo's model name, as text (the advertised name for a model the database does not list). */
export const vibratissimoSimulator: SimulatorFamily = (toy) => {
  const bytes = ascii(identifierOf(toy) ?? toy.name);
  return deviceSimulator({ read: (endpoint) => (endpoint === 'rxblemodel' ? bytes : undefined) });
};

/** The MonsterPub's four authentication words, chosen by the challenge's first byte. */
const MONSTERPUB_KEYS = ['2IPO', 'LSBB', 'SIS6', 'TALK'].map((word) => ascii(word.repeat(4)).subarray(0, 15));

/**
 * A MonsterPub: its model name on `rxblemodel`; on `rx` (where it has one), a challenge (a key
 * number and 15 bytes) whose answer, those bytes XORed with the key, is written back there. What
 * a real toy does with a wrong answer is not documented: this one hangs up, so the engine sees it.
 */
export const monsterpubSimulator: SimulatorFamily = (toy) => {
  const name = identifierOf(toy);
  if (!name) return undefined;
  const challengeOf = perConnection((device) => {
    const [first, ...rest] = bytesOfAddress(device.address, 16);
    return Uint8Array.of(first! % MONSTERPUB_KEYS.length, ...rest);
  });
  return deviceSimulator({
    read: (endpoint, device) =>
      endpoint === 'rxblemodel' ? ascii(name) : endpoint === 'rx' ? challengeOf(device) : undefined,
    write: ({ endpoint, data }, device) => {
      if (endpoint !== 'rx') return;
      const challenge = challengeOf(device);
      const key = MONSTERPUB_KEYS[challenge[0]!]!;
      const expected = challenge.subarray(1).map((byte, i) => byte ^ key[i]!);
      if (!sameBytes(data, expected)) device.drop('MonsterPub: wrong answer to the authentication challenge');
    },
  });
};

/** The device type a simulated Sensee reports in its info record (not the protocol's default 0x65). */
export const SENSEE_DEVICE_TYPE = 0x6a;

/** A Sensee (v2): its info record, read from `tx`, carries the device type in byte 6. */
export const senseeV2Simulator: SimulatorFamily = () => {
  const info = Uint8Array.of(0x55, 0xaa, 0xf0, 0x01, 0x00, 0x03, SENSEE_DEVICE_TYPE, 0x01, 0x00, 0x00);
  return deviceSimulator({ read: (endpoint) => (endpoint === 'tx' ? info : undefined) });
};
