/**
 * What a protocol asks of the hardware (and of the world: time to pass, random bytes), as data.
 * Protocol scripts (identification, initialisation, sensor reads) are generators that yield these
 * requests and receive the answers; the device actor performs them with timeouts. So protocols stay
 * pure and deterministic, and can be tested by feeding answers by hand.
 */
import type { Endpoint } from '../../config/endpoints.js';

export interface WriteRequest {
  readonly op: 'write';
  readonly endpoint: Endpoint;
  readonly data: Uint8Array;
  readonly withResponse: boolean;
}

export type HardwareRequest =
  | WriteRequest
  | { readonly op: 'read'; readonly endpoint: Endpoint; readonly length?: number; readonly timeoutMs?: number }
  | { readonly op: 'subscribe'; readonly endpoint: Endpoint }
  | { readonly op: 'unsubscribe'; readonly endpoint: Endpoint }
  /** The next notification (on `endpoint` if given), or `undefined` after `timeoutMs`. */
  | { readonly op: 'notification'; readonly endpoint?: Endpoint; readonly timeoutMs: number }
  | { readonly op: 'sleep'; readonly ms: number }
  /** `length` random bytes (a handshake's nonce): drawn by whoever runs the script, so tests can choose them. */
  | { readonly op: 'randomBytes'; readonly length: number };

export type ProtocolScript<T> = Generator<HardwareRequest, T, unknown>;

export interface Notification {
  readonly endpoint: Endpoint;
  readonly data: Uint8Array;
}

const textEncoder = new TextEncoder();
const textDecoder = new TextDecoder('utf-8', { fatal: false });

/**
 * A protocol's text command as bytes. Commands are short ASCII (`Vibrate:5;`), written on every output:
 * copied byte by byte, which costs a tenth of a `TextEncoder` call; anything else is encoded as UTF-8.
 */
export const ascii = (text: string): Uint8Array => {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) return textEncoder.encode(text);
    bytes[i] = code;
  }
  return bytes;
};
export const bytesToText = (bytes: Uint8Array): string => textDecoder.decode(bytes);

/**
 * The numbers as bytes. `Uint8Array.from` would wrap 300 to 44 and -1 to 255 without a word, so an
 * encoder that overflows a byte fails here, where its property tests see it, not on the device.
 */
export const toBytes = (data: Uint8Array | readonly number[]): Uint8Array => {
  if (data instanceof Uint8Array) return data;
  const bad = data.findIndex((byte) => !Number.isInteger(byte) || byte < 0 || byte > 0xff);
  if (bad >= 0) throw new RangeError(`byte ${bad} of a packet is ${data[bad]}, not an integer from 0 to 255`);
  return Uint8Array.from(data);
};

/** A write of `data`; throws a `RangeError` if a number in it is not a byte. */
export const write = (
  endpoint: Endpoint,
  data: Uint8Array | readonly number[],
  withResponse = false,
): WriteRequest => ({ op: 'write', endpoint, data: toBytes(data), withResponse });

// Small delegating generators so scripts read like straight-line code: `const reply = yield* nextNotification('rx', 500)`.
export function* send(request: WriteRequest): ProtocolScript<void> {
  yield request;
}
export function* subscribe(endpoint: Endpoint): ProtocolScript<void> {
  yield { op: 'subscribe', endpoint };
}
export function* unsubscribe(endpoint: Endpoint): ProtocolScript<void> {
  yield { op: 'unsubscribe', endpoint };
}
export function* read(endpoint: Endpoint, length?: number, timeoutMs?: number): ProtocolScript<Uint8Array> {
  return (yield {
    op: 'read',
    endpoint,
    ...(length !== undefined ? { length } : {}),
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
  }) as Uint8Array;
}
export function* nextNotification(
  endpoint: Endpoint | undefined,
  timeoutMs: number,
): ProtocolScript<Notification | undefined> {
  return (yield { op: 'notification', ...(endpoint ? { endpoint } : {}), timeoutMs }) as Notification | undefined;
}
export function* sleep(ms: number): ProtocolScript<void> {
  yield { op: 'sleep', ms };
}
export function* randomBytes(length: number): ProtocolScript<Uint8Array> {
  return (yield { op: 'randomBytes', length }) as Uint8Array;
}
