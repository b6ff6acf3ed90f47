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

/** A failure as loggable fields, with its stack: what a contained failure is logged with, once. */
export const failureFields = (error: unknown): Record<string, unknown> => ({
  err:
    error instanceof Error
      ? { message: error.message, name: error.name, ...(error.stack ? { stack: error.stack } : {}) }
      : String(error),
});

type Level = 'trace' | 'debug' | 'info' | 'warn' | 'error';

/**
 * A logger that never throws: every call, and `child`, is guarded. The engine and its transports
 * wrap whatever logger they are given in this, so a broken logger loses log lines, never devices.
 * Every device and session has a child logger, so each is one small object (its level functions
 * close over it alone, and work unbound), and wrapping silence costs nothing at all.
 */
export const guardedLogger = (logger: Logger): Logger =>
  logger === silentLogger ? silentLogger : new GuardedLogger(logger);

class GuardedLogger implements Logger {
  constructor(private readonly logger: Logger) {}

  private write(level: Level, args: unknown[]): void {
    try {
      (this.logger[level] as (...args: unknown[]) => void).apply(this.logger, args);
    } catch {
      // A logger is a host's code: its failure must not become the engine's.
    }
  }

  readonly trace: LogFn = ((...args: unknown[]) => this.write('trace', args)) as LogFn;
  readonly debug: LogFn = ((...args: unknown[]) => this.write('debug', args)) as LogFn;
  readonly info: LogFn = ((...args: unknown[]) => this.write('info', args)) as LogFn;
  readonly warn: LogFn = ((...args: unknown[]) => this.write('warn', args)) as LogFn;
  readonly error: LogFn = ((...args: unknown[]) => this.write('error', args)) as LogFn;

  // Passed through, so callers can skip building what a level would drop (`true` when the logger cannot say).
  isLevelEnabled(level: string): boolean {
    try {
      return this.logger.isLevelEnabled?.(level) ?? true;
    } catch {
      return true;
    }
  }

  child(bindings: Record<string, unknown>): Logger {
    try {
      return guardedLogger(this.logger.child(bindings));
    } catch {
      return this;
    }
  }
}

/**
 * The entries `logger.child(bindings)` would write, written by `logger` itself with the bindings added
 * to their fields: no child logger is kept (a pino child with its guard is about 1.9 KiB), so an idle
 * session costs one small object (issue 11). Its level functions are methods: call them on the logger.
 */
export const boundLogger = (logger: Logger, bindings: Record<string, unknown>): Logger =>
  logger === silentLogger ? silentLogger : new BoundLogger(logger, bindings);

type LevelArgs = [fields: Record<string, unknown> | string, message?: string];

class BoundLogger implements Logger {
  constructor(
    private readonly logger: Logger,
    private readonly bindings: Record<string, unknown>,
  ) {}

  private write(level: Level, [fieldsOrMessage, message]: LevelArgs): void {
    const [fields, text] =
      typeof fieldsOrMessage === 'string'
        ? [this.bindings, fieldsOrMessage]
        : [{ ...this.bindings, ...fieldsOrMessage }, message];
    (this.logger[level] as (fields: Record<string, unknown>, message?: string) => void).call(this.logger, fields, text);
  }

  trace(...args: LevelArgs): void {
    this.write('trace', args);
  }
  debug(...args: LevelArgs): void {
    this.write('debug', args);
  }
  info(...args: LevelArgs): void {
    this.write('info', args);
  }
  warn(...args: LevelArgs): void {
    this.write('warn', args);
  }
  error(...args: LevelArgs): void {
    this.write('error', args);
  }

  isLevelEnabled(level: string): boolean {
    return this.logger.isLevelEnabled?.(level) ?? true;
  }

  child(bindings: Record<string, unknown>): Logger {
    return boundLogger(this.logger, { ...this.bindings, ...bindings });
  }
}
