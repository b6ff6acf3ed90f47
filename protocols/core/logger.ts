/**
 * Structured logging. The engine logs through this interface (pino-compatible: fields first, then the
 * message) with session and device ids bound by `child`; hosts pass their own logger or get silence.
 */
export interface LogFn {
  (fields: Record<string, unknown>, message?: string): void;
  (message: string): void;
}

export interface Logger {
  readonly trace: LogFn;
  readonly debug: LogFn;
  readonly info: LogFn;
  readonly warn: LogFn;
  readonly error: LogFn;
  child(bindings: Record<string, unknown>): Logger;
  /** Whether entries at this level are kept (pino's): lets costly trace fields be skipped. Absent: assume yes. */
  isLevelEnabled?(level: string): boolean;
}

const ignore: LogFn = () => {};

export const silentLogger: Logger = {
  trace: ignore,
  debug: ignore,
  info: ignore,
  warn: ignore,
  error: ignore,
  child: () => silentLogger,
  isLevelEnabled: () => false,
};

/** A frame as a log field: whole up to `limit` characters, else its start and its length. */
export const framePreview = (text: string, limit = 1_000): string =>
  text.length <= limit ? text : `${text.slice(0, limit)}... (${text.length} characters)`;

/** An error as loggable fields (pino prints `err` objects fully; others get the message). */
export const errorFields = (error: unknown): Record<string, unknown> => ({
  err: error instanceof Error ? { message: error.message, name: error.name } : String(error),
});
