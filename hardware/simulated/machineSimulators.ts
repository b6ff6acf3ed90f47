/**
 * Machines and toys with a short, fixed start-up: the Ankni (a handshake computed from its address),
 * the Fredorch strokers (Modbus-style frames, each acknowledged), the Fredorch rotary machines
 * (framed commands, acknowledged but for the password), and the two that never answer at all, the
 * F-Machine and the Cowgirl Cone, whose start-up is writes and waits on the clock.
 */
import { crc16Modbus } from '../../protocols/devices/shared/checksums.js';
import {
  answer,
  bytesOfAddress,
  deviceSimulator,
  perConnection,
  sameBytes,
  type SimulatorFamily,
} from './simulatorSupport.js';

/** CRC-16/XMODEM (poly 0x1021, init 0). */
const crc16Xmodem = (data: readonly number[]): number => {
  let crc = 0;
  for (const byte of data) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) crc = (crc & 0x8000 ? (crc << 1) ^ 0x1021 : crc << 1) & 0xffff;
  }
  return crc;
};

/**
 * An Ankni: its PnP read (`generic0`) answers its six-byte MAC address, and it then wants twenty
 * `0x01` bytes and `[0x01, 0x02, check x 16, 0, 0]` (check: the high byte of the CRC-16/XMODEM of
 * `[0x01, ...address]`). A wrong handshake packet and it hangs up, so the engine sees it.
 */
export const ankniSimulator: SimulatorFamily = () => {
  const handshake = perConnection(() => ({ step: 0 }));
  const macOf = (address: string) => bytesOfAddress(address, 6);
  return deviceSimulator({
    read: (endpoint, device) => (endpoint === 'generic0' ? Uint8Array.from(macOf(device.address)) : undefined),
    write: ({ endpoint, data }, device) => {
      if (endpoint !== 'tx') return;
      const state = handshake(device);
      const check = crc16Xmodem([0x01, ...macOf(device.address)]) >> 8;
      const expected = [
        Array.from({ length: 20 }, () => 0x01),
        [0x01, 0x02, ...Array.from({ length: 16 }, () => check), 0x00, 0x00],
      ][state.step];
      if (!expected) return;
      if (sameBytes(data, expected)) state.step++;
      else device.drop('Ankni: handshake refused');
    },
  });
};

/**
 * A Fredorch stroker: frames end in a CRC-16 (Modbus, low byte first). A register write (0x06) is
 * answered with itself, a multiple-register write (0x10) with its address, function, register and
 * count; a frame whose check fails gets no answer. (A device already awake does not say hello.)
 */
export const fredorchSimulator: SimulatorFamily = () =>
  deviceSimulator({
    write: ({ endpoint, data }, device) => {
      if (endpoint !== 'tx' || data.length < 4) return;
      const body = [...data.subarray(0, -2)];
      if (!sameBytes(data.subarray(-2), crc16Modbus(body))) return;
      if (body[1] === 0x06) return answer(device, 'rx', data);
      if (body[1] === 0x10) {
        const reply = body.slice(0, 6);
        answer(device, 'rx', [...reply, ...crc16Modbus(reply)]);
      }
    },
  });

const ROTARY_PASSWORD = 0x21;

/**
 * A Fredorch rotary machine: frames `[0x55, length, command..., check, 0xAA]`, the check the sum of
 * length and command bytes. Each valid frame is acknowledged with itself (what the real one sends is
 * not documented; the engine only waits for an answer), but the password, after which it is silent.
 */
export const fredorchRotarySimulator: SimulatorFamily = () =>
  deviceSimulator({
    write: ({ endpoint, data }, device) => {
      if (endpoint !== 'tx' || data.length < 4 || data[0] !== 0x55 || data.at(-1) !== 0xaa) return;
      const counted = [...data.subarray(1, -2)];
      if (data[1] !== data.length - 2 || (counted.reduce((sum, byte) => sum + byte, 0) & 0xff) !== data.at(-2)) return;
      if (data[2] !== ROTARY_PASSWORD) answer(device, 'rx', data);
    },
  });

/** The F-Machine and the Cowgirl Cone: they never answer (the engine's start-up is writes and waits). */
export const silentSimulator: SimulatorFamily = () => deviceSimulator({});
