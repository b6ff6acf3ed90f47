/**
 * The official client's error classes, and the translation from our client's errors into them: an
 * app's `catch (e) { if (e instanceof ButtplugDeviceError) ... }` keeps working.
 */
import {
  ButtplugConnectorError,
  ButtplugDeviceError as NativeDeviceError,
  ButtplugError as NativeError,
  ButtplugHandshakeError,
  ButtplugMessageError as NativeMessageError,
  ButtplugPingError as NativePingError,
} from '../client/clientErrors.js';
import type { ButtplugLogger } from './logging.js';
import { ErrorClass, SYSTEM_MESSAGE_ID, type ButtplugMessage, type Error as ErrorMessageBody } from './messages.js';

export class ButtplugError extends Error {
  get ErrorClass(): ErrorClass {
    return this._errorClass;
  }

  get InnerError(): Error | undefined {
    return this._innerError;
  }

  get Id(): number | undefined {
    return this._messageId;
  }

  /** This error as the spec's `Error` message. */
  get ErrorMessage(): ButtplugMessage {
    return { Error: { Id: this.Id, ErrorCode: this.ErrorClass, ErrorMessage: this.message } };
  }

  static LogAndError<T extends ButtplugError>(
    constructor: new (str: string, num: number) => T,
    logger: ButtplugLogger,
    message: string,
    id: number = SYSTEM_MESSAGE_ID,
  ): T {
    logger.Error(message);
    return new constructor(message, id);
  }

  /** The error class for a server's `Error` message. */
  static FromError(
    error: ErrorMessageBody,
  ): ButtplugDeviceError | ButtplugInitError | ButtplugUnknownError | ButtplugPingError | ButtplugMessageError {
    switch (error.ErrorCode) {
      case ErrorClass.ERROR_DEVICE:
        return new ButtplugDeviceError(error.ErrorMessage, error.Id);
      case ErrorClass.ERROR_INIT:
        return new ButtplugInitError(error.ErrorMessage, error.Id);
      case ErrorClass.ERROR_UNKNOWN:
        return new ButtplugUnknownError(error.ErrorMessage, error.Id);
      case ErrorClass.ERROR_PING:
        return new ButtplugPingError(error.ErrorMessage, error.Id);
      case ErrorClass.ERROR_MSG:
        return new ButtplugMessageError(error.ErrorMessage, error.Id);
      default:
        throw new Error(`Message type ${String(error.ErrorCode)} not handled`);
    }
  }

  private readonly _errorClass: ErrorClass;
  private _innerError: Error | undefined;
  private readonly _messageId: number | undefined;

  protected constructor(message: string, errorClass: ErrorClass, id: number = SYSTEM_MESSAGE_ID, inner?: Error) {
    super(message);
    this._errorClass = errorClass;
    this._innerError = inner;
    this._messageId = id;
  }
}

export class ButtplugInitError extends ButtplugError {
  constructor(message: string, id: number = SYSTEM_MESSAGE_ID) {
    super(message, ErrorClass.ERROR_INIT, id);
  }
}

export class ButtplugDeviceError extends ButtplugError {
  constructor(message: string, id: number = SYSTEM_MESSAGE_ID) {
    super(message, ErrorClass.ERROR_DEVICE, id);
  }
}

export class ButtplugMessageError extends ButtplugError {
  constructor(message: string, id: number = SYSTEM_MESSAGE_ID) {
    super(message, ErrorClass.ERROR_MSG, id);
  }
}

export class ButtplugPingError extends ButtplugError {
  constructor(message: string, id: number = SYSTEM_MESSAGE_ID) {
    super(message, ErrorClass.ERROR_PING, id);
  }
}

export class ButtplugUnknownError extends ButtplugError {
  constructor(message: string, id: number = SYSTEM_MESSAGE_ID) {
    super(message, ErrorClass.ERROR_UNKNOWN, id);
  }
}

/** The link to the server failed or is not there (the official client's name for it). */
export class ButtplugClientConnectorException extends ButtplugError {
  constructor(message: string) {
    super(message, ErrorClass.ERROR_UNKNOWN);
  }
}

const withInner = <E extends ButtplugError>(error: E, inner: unknown): E => {
  if (inner instanceof Error) error['_innerError'] = inner;
  return error;
};

/**
 * Our client's errors as the official classes. Timeouts (the official client has none) and other
 * local failures are `ButtplugUnknownError`; the original error is `InnerError`.
 */
export const toCompatError = (error: unknown): ButtplugError => {
  if (error instanceof ButtplugError) return error;
  if (!(error instanceof NativeError)) {
    return withInner(new ButtplugUnknownError(error instanceof Error ? error.message : String(error)), error);
  }
  const id = error.id ?? SYSTEM_MESSAGE_ID;
  if (error instanceof ButtplugConnectorError)
    return withInner(new ButtplugClientConnectorException(error.message), error);
  if (error instanceof ButtplugHandshakeError) return withInner(new ButtplugInitError(error.message, id), error);
  if (error instanceof NativePingError) return withInner(new ButtplugPingError(error.message, id), error);
  if (error instanceof NativeMessageError) return withInner(new ButtplugMessageError(error.message, id), error);
  if (error instanceof NativeDeviceError) return withInner(new ButtplugDeviceError(error.message, id), error);
  return withInner(new ButtplugUnknownError(error.message, id), error);
};

/** Runs a call of our client and rethrows its errors as the official classes. */
export const compatCall = async <T>(call: () => Promise<T>): Promise<T> => {
  try {
    return await call();
  } catch (error) {
    throw toCompatError(error);
  }
};
