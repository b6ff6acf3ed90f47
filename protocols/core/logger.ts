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
}

const ignore: LogFn = () => {};

export const silentLogger: Logger = {
  trace: ignore,
  debug: ignore,
  info: ignore,
  warn: ignore,
  error: ignore,
  child: () => silentLogger,
};

/** An error as loggable fields (pino prints `err` objects fully; others get the message). */
export const errorFields = (error: unknown): Record<string, unknown> => ({
  err: error instanceof Error ? { message: error.message, name: error.name } : String(error),
});
