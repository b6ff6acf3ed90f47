/**
 * A Honey Play Box toy: frames `02 A5 5A 55 AA F0`, counter, type, command, data length (two bytes,
 * big-endian), data, `03`, CRC-16 (Modbus) of type..data, high byte first. Asked for a session key
 * (type 0xB1, command 0x01, data `00 10`) it answers on `rx` with the same type and command, data
 * `90 00` (accepted) and its 16-byte key. A frame that does not check out gets no answer.
 */
import { crc16Modbus } from '../../protocols/devices/shared/checksums.js';
import { answer, bytesOfAddress, deviceSimulator, sameBytes, type SimulatorFamily } from './simulatorSupport.js';

const HEADER = [0x02, 0xa5, 0x5a, 0x55, 0xaa, 0xf0];
const END = 0x03;
const SESSION_TYPE = 0xb1;
const KEY_REQUEST = 0x01;

const frame = (counter: number, type: number, command: number, data: readonly number[]): number[] => {
  const body = [type, command, data.length >> 8, data.length & 0xff, ...data];
  const [low, high] = crc16Modbus(body);
  return [...HEADER, counter, ...body, END, high!, low!];
};

/** The frame's counter, type, command and data, when it is a whole frame whose check matches. */
const parse = (bytes: Uint8Array) => {
  if (bytes.length < 14 || !sameBytes(bytes.subarray(0, 6), HEADER)) return undefined;
  const length = (bytes[9]! << 8) | bytes[10]!;
  if (bytes.length !== 11 + length + 3 || bytes[11 + length] !== END) return undefined;
  const body = [...bytes.subarray(7, 11 + length)];
  const [low, high] = crc16Modbus(body);
  if (bytes[12 + length] !== high || bytes[13 + length] !== low) return undefined;
  return { counter: bytes[6]!, type: bytes[7]!, command: bytes[8]!, data: body.slice(4) };
};

/** The session key a simulated toy hands out (the same for a device every time). */
export const honeyplayboxKeyOf = (address: string): number[] => bytesOfAddress(address, 16);

export const honeyplayboxSimulator: SimulatorFamily = () =>
  deviceSimulator({
    write: ({ endpoint, data }, device) => {
      if (endpoint !== 'tx') return;
      const request = parse(data);
      if (request?.type !== SESSION_TYPE || request.command !== KEY_REQUEST || !sameBytes(request.data, [0x00, 0x10]))
        return;
      answer(
        device,
        'rx',
        frame(request.counter, SESSION_TYPE, KEY_REQUEST, [0x90, 0x00, ...honeyplayboxKeyOf(device.address)]),
      );
    },
  });
