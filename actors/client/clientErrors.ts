/** Errors a client raises, typed by the server's error code or by what went wrong locally. */
import { ErrorCode } from '../../protocols/buttplug/errorCodes.js';

export class ButtplugError extends Error {
  constructor(
    message: string,
    /** The server's ErrorCode, when the server sent it. */
    readonly code?: number,
    /** Id of the request that failed. */
    readonly id?: number,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** ERROR_UNKNOWN (0). */
export class ButtplugUnknownError extends ButtplugError {}
/** ERROR_INIT (1): the handshake failed. */
export class ButtplugHandshakeError extends ButtplugError {}
/** ERROR_PING (2): the ping watchdog fired. */
export class ButtplugPingError extends ButtplugError {}
/** ERROR_MSG (3): the server could not accept the message. */
export class ButtplugMessageError extends ButtplugError {}
/** ERROR_DEVICE (4), or a device call the client can tell is invalid before sending it. */
export class ButtplugDeviceError extends ButtplugError {}
/** The link to the server failed, or is not there. */
export class ButtplugConnectorError extends ButtplugError {}
/** No reply in time. */
export class ButtplugTimeoutError extends ButtplugError {}

export const errorFromServer = (code: number, message: string, id?: number): ButtplugError => {
  switch (code) {
    case ErrorCode.Init:
      return new ButtplugHandshakeError(message, code, id);
    case ErrorCode.Ping:
      return new ButtplugPingError(message, code, id);
    case ErrorCode.Message:
      return new ButtplugMessageError(message, code, id);
    case ErrorCode.Device:
      return new ButtplugDeviceError(message, code, id);
    default:
      return new ButtplugUnknownError(message, code, id);
  }
};
