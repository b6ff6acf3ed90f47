/** A Logger that keeps every line, for tests that assert what the engine says. */
import type { Logger } from '../../actors/logger.js';

export interface LogLine {
  readonly level: string;
  readonly fields: Record<string, unknown>;
  readonly message?: string;
}

export const recordingLogger = (): { logger: Logger; lines: LogLine[] } => {
  const lines: LogLine[] = [];
  const at =
    (level: string, bindings: Record<string, unknown>) =>
    (fields: Record<string, unknown> | string, message?: string) =>
      lines.push(
        typeof fields === 'string'
          ? { level, fields: { ...bindings }, message: fields }
          : { level, fields: { ...bindings, ...fields }, ...(message ? { message } : {}) },
      );
  const make = (bindings: Record<string, unknown>): Logger => ({
    trace: at('trace', bindings),
    debug: at('debug', bindings),
    info: at('info', bindings),
    warn: at('warn', bindings),
    error: at('error', bindings),
    child: (more) => make({ ...bindings, ...more }),
  });
  return { logger: make({}), lines };
};
