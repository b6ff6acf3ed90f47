/** A Logger that keeps every entry (with its bound fields) so tests can assert on what was logged. */
import type { LogFn, Logger } from '../../protocols/core/logger.js';

export interface LogEntry {
  readonly level: 'trace' | 'debug' | 'info' | 'warn' | 'error';
  readonly message: string;
  readonly fields: Record<string, unknown>;
}

export interface RecordingLogger extends Logger {
  readonly entries: LogEntry[];
  /** Entries at `level` whose message contains `text`. */
  find(level: LogEntry['level'], text: string): LogEntry[];
}

export const recordingLogger = (): RecordingLogger => {
  const entries: LogEntry[] = [];
  const make = (bindings: Record<string, unknown>): Logger => {
    const at =
      (level: LogEntry['level']): LogFn =>
      (fieldsOrMessage: Record<string, unknown> | string, message?: string) => {
        const fields = typeof fieldsOrMessage === 'string' ? {} : fieldsOrMessage;
        const text = typeof fieldsOrMessage === 'string' ? fieldsOrMessage : (message ?? '');
        entries.push({ level, message: text, fields: { ...bindings, ...fields } });
      };
    return {
      trace: at('trace'),
      debug: at('debug'),
      info: at('info'),
      warn: at('warn'),
      error: at('error'),
      child: (more) => make({ ...bindings, ...more }),
    };
  };
  return {
    ...make({}),
    entries,
    find: (level, text) => entries.filter((entry) => entry.level === level && entry.message.includes(text)),
  };
};
