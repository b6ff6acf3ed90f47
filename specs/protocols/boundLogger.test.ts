/** A bound logger writes what a child logger would, through its parent, without keeping a child. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundLogger, silentLogger, type Logger } from '../../protocols/core/logger.js';
import { recordingLogger } from '../support/recordingLogger.js';

const levels = ['trace', 'debug', 'info', 'warn', 'error'] as const;
const fields = fc.dictionary(
  fc.constantFrom('session', 'device', 'code', 'id', 'reason'),
  fc.oneof(fc.string(), fc.integer()),
);
const entry = fc.record({
  level: fc.constantFrom(...levels),
  fields: fc.option(fields, { nil: undefined }),
  message: fc.string(),
});

const write = (
  logger: Logger,
  { level, fields, message }: { level: (typeof levels)[number]; fields?: Record<string, unknown>; message: string },
) => (fields ? logger[level](fields, message) : logger[level](message));

describe('boundLogger', () => {
  it('writes the same entries as a child logger with the same bindings (its own fields win), and never makes one', () => {
    fc.assert(
      fc.property(fields, fields, fc.array(entry, { maxLength: 8 }), (bindings, more, entries) => {
        const viaChild = recordingLogger();
        const viaBound = recordingLogger();
        let children = 0;
        const counting: Logger = { ...viaBound, child: (b) => (children++, viaBound.child(b)) };
        const child = viaChild.child(bindings).child(more);
        const bound = boundLogger(counting, bindings).child(more);
        for (const each of entries) {
          write(child, each);
          write(bound, each);
        }
        expect(viaBound.entries).toEqual(viaChild.entries);
        expect(children).toBe(0);
      }),
    );
  });

  it('says which levels its logger keeps, and binds nothing to silence', () => {
    const parent: Logger = { ...silentLogger, isLevelEnabled: (level) => level !== 'trace' };
    const bound = boundLogger(parent, { session: 'session-1' });
    expect(bound.isLevelEnabled?.('trace')).toBe(false);
    expect(bound.isLevelEnabled?.('info')).toBe(true);
    expect(boundLogger(silentLogger, { session: 'session-1' })).toBe(silentLogger);
  });
});
