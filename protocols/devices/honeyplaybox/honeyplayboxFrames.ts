/**
 * Honey Play Box frames: `0x02`, the flag `A5 5A 55 AA F0`, a packet counter, type, command, data
 * length (2 bytes, big-endian), the data, `0x03`, then a CRC-16 (Modbus) of type..data, high byte
 * first. Replies can span several notifications; `collectFrames` reassembles them.
 */
import { createHash } from 'node:crypto';
import { crc16Modbus } from '../shared/checksums.js';

const START = 0x02;
const FLAG = [0xa5, 0x5a, 0x55, 0xaa, 0xf0] as const;
const END = 0x03;
/** Start, flag, counter, type, command, length. */
const HEAD_LENGTH = 11;
const HEADER = [START, ...FLAG];

export const buildFrame = (type: number, command: number, data: readonly number[], counter: number): number[] => {
  const body = [type, command, (data.length >> 8) & 0xff, data.length & 0xff, ...data];
  const [crcLow, crcHigh] = crc16Modbus(body);
  return [...HEADER, counter & 0xff, ...body, END, crcHigh, crcLow];
};

const headerAt = (buffer: readonly number[], at: number) => HEADER.every((byte, i) => buffer[at + i] === byte);

/**
 * Appends received bytes to what was buffered and takes out every complete frame. Bytes before a
 * frame start are dropped; a frame whose end marker is missing is skipped byte by byte.
 */
export const collectFrames = (
  buffered: readonly number[],
  received: Iterable<number>,
): { buffer: number[]; frames: number[][] } => {
  let buffer = [...buffered, ...received];
  const frames: number[][] = [];
  for (;;) {
    let start = 0;
    while (start + HEADER.length <= buffer.length && !headerAt(buffer, start)) start++;
    if (start + HEADER.length > buffer.length) {
      // No frame start: keep only a tail that might be the beginning of one.
      buffer = buffer.slice(Math.max(0, buffer.length - (HEADER.length - 1)));
      return { buffer, frames };
    }
    buffer = buffer.slice(start);
    if (buffer.length < HEAD_LENGTH) return { buffer, frames };
    const dataLength = (buffer[9]! << 8) | buffer[10]!;
    const frameLength = HEAD_LENGTH + dataLength + 3;
    if (buffer.length < frameLength) return { buffer, frames };
    if (buffer[HEAD_LENGTH + dataLength] !== END) {
      buffer = buffer.slice(1);
      continue;
    }
    frames.push(buffer.slice(0, frameLength));
    buffer = buffer.slice(frameLength);
  }
};

export interface HandshakeReply {
  /** The first two data bytes; 0x9000 means accepted. */
  readonly code: number;
  /** The session key that follows the code, when the reply carries one. */
  readonly key?: readonly number[];
}

/** What a reply frame says, when it is long enough to say anything. */
export const parseReply = (frame: readonly number[]): HandshakeReply | undefined => {
  if (frame.length < 15) return undefined;
  const dataLength = (frame[9]! << 8) | frame[10]!;
  const data = frame.slice(HEAD_LENGTH, HEAD_LENGTH + dataLength);
  if (data.length < 2 || frame.length < HEAD_LENGTH + dataLength + 3) return undefined;
  const code = (data[0]! << 8) | data[1]!;
  return data.length >= 18 ? { code, key: data.slice(2, 18) } : { code };
};

const SECRET = [0x8b, 0xe3, 0xfd, 0x04, 0x68, 0x35, 0x09, 0x86, 0x12, 0x1a, 0xbf, 0x03, 0x30, 0xe9, 0xe3, 0xc5];
const VIBRATE_TYPE = 0xb1;
const VIBRATE_COMMAND = 0x03;
/** Each motor runs in mode 1 for 6 s (60 x 100 ms) unless told again. */
const STEADY_MODE = 1;
const RUN_100MS = 60;

/**
 * The vibrate command's data: 8 bytes per motor, then the first 8 bytes of an MD5 over the
 * command, its length, that data, a fixed secret and the session key.
 */
export const vibrateData = (key: readonly number[], levels: readonly number[]): number[] => {
  const groups = levels.flatMap((level, motor) => [
    ((motor & 0x0f) << 4) | STEADY_MODE,
    0x00,
    0x05,
    RUN_100MS >> 8,
    RUN_100MS & 0xff,
    0x00,
    0x00,
    level,
  ]);
  const length = groups.length + 8;
  const digest = createHash('md5')
    .update(Uint8Array.from([VIBRATE_TYPE, VIBRATE_COMMAND, length >> 8, length & 0xff, ...groups, ...SECRET, ...key]))
    .digest();
  return [...groups, ...digest.subarray(0, 8)];
};

export const vibrateFrame = (key: readonly number[], levels: readonly number[], counter: number): number[] =>
  buildFrame(VIBRATE_TYPE, VIBRATE_COMMAND, vibrateData(key, levels), counter);

export const handshakeFrame = (counter: number): number[] => buildFrame(0xb1, 0x01, [0x00, 0x10], counter);
