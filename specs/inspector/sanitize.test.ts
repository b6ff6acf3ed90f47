import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitize, type SanitizeLimits } from '../../transports/inspector/sanitize.js';

const count = (value: unknown): number =>
  value !== null && typeof value === 'object' ? 1 + Object.values(value).reduce((n: number, v) => n + count(v), 0) : 1;

class Hardware {
  readonly name = 'toy';
  write(): void {}
}

describe('sanitize', () => {
  it('makes bytes hex, Maps objects, Sets arrays, actors references, functions and classes names', () => {
    const actor = { id: 'device-1' };
    const value = {
      bytes: new Uint8Array([0x0a, 0xff]),
      map: new Map<unknown, unknown>([
        ['0/Vibrate', 3],
        [7, 'x'],
      ]),
      set: new Set([1, 2]),
      actor,
      fn: function writeBatch() {},
      hardware: new Hardware(),
      missing: undefined,
      nan: Number.NaN,
      big: 10n,
      when: new Date(0),
      error: new Error('boom'),
    };
    expect(sanitize(value, (object) => (object === actor ? 'a7' : undefined))).toEqual({
      bytes: { '@bytes': '0aff' },
      map: { '0/Vibrate': 3, '7': 'x' },
      set: [1, 2],
      actor: { '@actor': 'a7' },
      fn: 'ƒ writeBatch',
      hardware: { '@class': 'Hardware', name: 'toy' },
      nan: 'NaN',
      big: '10n',
      when: '1970-01-01T00:00:00.000Z',
      error: { '@error': 'boom', name: 'Error' },
    });
  });

  it('cuts cycles and caps depth, width, strings and bytes', () => {
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic['self'] = cyclic;
    expect(sanitize(cyclic)).toEqual({ name: 'loop', self: '[cycle]' });
    const limits: SanitizeLimits = { maxDepth: 2, maxEntries: 3, maxString: 4, maxBytes: 2, budget: 1000 };
    expect(sanitize({ a: { b: { c: 1 } } }, undefined, limits)).toEqual({ a: { b: '[object]' } });
    expect(sanitize([1, 2, 3, 4, 5], undefined, limits)).toEqual([1, 2, 3, '…2 more']);
    expect(sanitize('abcdefgh', undefined, limits)).toBe('abcd…(8 chars)');
    expect(sanitize(new Uint8Array([1, 2, 3]), undefined, limits)).toEqual({ '@bytes': '0102…(3 bytes)' });
  });

  it('always gives plain JSON, within its budget, whatever the value', () => {
    const limits: SanitizeLimits = { maxDepth: 5, maxEntries: 10, maxString: 50, maxBytes: 8, budget: 200 };
    fc.assert(
      fc.property(
        fc.anything({
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withDate: true,
          withBigInt: true,
          withNullPrototype: true,
        }),
        (value) => {
          const out = sanitize(value, undefined, limits);
          expect(JSON.parse(JSON.stringify(out))).toEqual(out);
          // Every value visited costs one unit; an elided rest is one more marker per container.
          expect(count(out)).toBeLessThanOrEqual(2 * limits.budget + 1);
        },
      ),
    );
  });
});
