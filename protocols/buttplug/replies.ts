/**
 * The server's answers as data: `Ok`, `Error` and `InputReading` messages (v4), and the event that
 * carries one to a session. Every machine that answers a client builds its answer here.
 */
import { ErrorCode, type ButtplugFailure } from './errorCodes.js';
import type { InputType } from './featureTypes.js';
import type { InputReadingValue, ServerMessageV4 } from './messages.js';

export const ok = (id: number): ServerMessageV4 => ({ type: 'Ok', Id: id });

export const errorReply = (id: number, failure: ButtplugFailure): ServerMessageV4 => ({
  type: 'Error',
  Id: id,
  ErrorCode: failure.code,
  ErrorMessage: failure.message,
});

/** An `ERROR_DEVICE` answer: the device could not do it (gone, refused, write failed). */
export const deviceError = (id: number, message: string): ServerMessageV4 =>
  errorReply(id, { code: ErrorCode.Device, message });

/** `Ok` when `error` is undefined, else `ERROR_DEVICE` with it: how a device answers a finished command. */
export const outcomeReply = (id: number, error: string | undefined): ServerMessageV4 =>
  error === undefined ? ok(id) : deviceError(id, error);

/** A sensor value: the answer to a read (its Id), or a streamed reading (Id 0). */
export const inputReading = (
  id: number,
  deviceIndex: number,
  featureIndex: number,
  type: InputType,
  value: number,
): ServerMessageV4 => ({
  type: 'InputReading',
  Id: id,
  DeviceIndex: deviceIndex,
  FeatureIndex: featureIndex,
  // The schema lists one shape per input type; a computed key cannot say which one TypeScript sees.
  Reading: { [type]: { Value: value } } as InputReadingValue,
});

/** The event a session takes a server message in. */
export const serverMessage = (message: ServerMessageV4) => ({ type: 'server.message', message }) as const;
