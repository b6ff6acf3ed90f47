/** Error codes of the Buttplug spec (`Error.ErrorCode`), identical in every spec version. */
export const ErrorCode = {
  /** Anything that fits nowhere else, e.g. the engine is shutting down. */
  Unknown: 0,
  /** Handshake problems: RequestServerInfo expected, repeated, or a version we cannot speak. */
  Init: 1,
  /** The ping watchdog fired, or the session was already pinged out. */
  Ping: 2,
  /** A frame or message that cannot be parsed, is invalid, or is not allowed in this version. */
  Message: 3,
  /** Device problems: unknown device or feature, unsupported command, value out of range, I/O failure. */
  Device: 4,
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const errorCodeName = (code: number): string =>
  (['ERROR_UNKNOWN', 'ERROR_INIT', 'ERROR_PING', 'ERROR_MSG', 'ERROR_DEVICE'] as const)[code] ?? `ERROR_${code}`;

/** An error as data: what the engine reports to a client as an `Error` message. */
export interface ButtplugFailure {
  readonly code: ErrorCode;
  readonly message: string;
}

export const failure = (code: ErrorCode, message: string): ButtplugFailure => ({ code, message });
export const deviceFailure = (message: string): ButtplugFailure => failure(ErrorCode.Device, message);
export const messageFailure = (message: string): ButtplugFailure => failure(ErrorCode.Message, message);

export const isFailure = (value: unknown): value is ButtplugFailure =>
  typeof value === 'object' && value !== null && 'code' in value && 'message' in value;
