/** The guarded logger: never throws, works unbound, and costs nothing around silence. */
import { describe, expect, it } from 'vitest';
import { guardedLogger, silentLogger, type Logger } from '../../protocols/core/logger.js';

const recording = (lines: unknown[][], failing = false): Logger => {
  const log =
    (level: string) =>
    (...args: unknown[]) => {
      if (failing) throw new Error('broken logger');
      lines.push([level, ...args]);
    };
  return {
    trace: log('trace'),
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    child: (bindings) => {
      if (failing) throw new Error('broken child');
      return { ...recording(lines), info: log(`info ${JSON.stringify(bindings)}`) };
    },
    isLevelEnabled: (level) => {
      if (failing) throw new Error('broken level');
      return level !== 'trace';
    },
  };
};

describe('guardedLogger', () => {
  it('passes every call through, also unbound, and asks the logger for its levels', () => {
    const lines: unknown[][] = [];
    const logger = guardedLogger(recording(lines));
    const { warn } = logger;
    warn({ a: 1 }, 'unbound');
    logger.error('bound');
    logger.child({ device: 3 }).info('from a child');
    expect(lines).toEqual([
      ['warn', { a: 1 }, 'unbound'],
      ['error', 'bound'],
      ['info {"device":3}', 'from a child'],
    ]);
    expect(logger.isLevelEnabled?.('trace')).toBe(false);
    expect(logger.isLevelEnabled?.('info')).toBe(true);
  });

  it('swallows whatever a broken logger throws, from calls, children and levels', () => {
    const logger = guardedLogger(recording([], true));
    expect(() => logger.info({ a: 1 }, 'lost')).not.toThrow();
    const child = logger.child({ session: 'x' });
    expect(() => child.error('lost too')).not.toThrow();
    expect(logger.isLevelEnabled?.('debug')).toBe(true);
  });

  it('is the silent logger itself around silence, children included', () => {
    expect(guardedLogger(silentLogger)).toBe(silentLogger);
    expect(guardedLogger(silentLogger).child({ device: 1 })).toBe(silentLogger);
  });
});
