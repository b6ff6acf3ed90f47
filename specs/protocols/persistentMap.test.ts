/**
 * The persistent map behind the device configuration's devices and the device manager's table reads
 * exactly as a `Map` given the same changes would (lookups, size), listed in its order, and a change never
 * touches the map it was made from.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PersistentMap } from '../../protocols/core/persistentMap.js';

const byKey = (a: readonly [number, string], b: readonly [number, string]) => a[0] - b[0];

type Change = { set: number; value: string } | { delete: number };

const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ set: fc.integer({ min: 0, max: 20 }), value: fc.string({ maxLength: 3 }) }),
  fc.record({ delete: fc.integer({ min: 0, max: 20 }) }),
);

describe('PersistentMap', () => {
  it('reads as a Map after the same changes, and leaves every earlier map as it was', () => {
    fc.assert(
      fc.property(fc.array(change, { maxLength: 60 }), (changes) => {
        const model = new Map<number, string>();
        let map: PersistentMap<number, string> = PersistentMap.of(new Map<number, string>(), byKey);
        const history: [PersistentMap<number, string>, [number, string][]][] = [];
        for (const c of changes) {
          history.push([map, [...model]]);
          if ('set' in c) {
            model.set(c.set, c.value);
            map = map.with(c.set, c.value);
          } else {
            model.delete(c.delete);
            map = map.without(c.delete);
          }
          const sorted = [...model].sort((a, b) => a[0] - b[0]);
          expect([...map]).toEqual(sorted);
          expect([...map.keys()]).toEqual(sorted.map(([key]) => key));
          expect([...map.values()]).toEqual(sorted.map(([, value]) => value));
          for (const [, value] of sorted) expect(model.get(map.findKey((v) => v === value)!)).toBe(value);
          expect(map.findKey(() => false)).toBeUndefined();
          expect(map.size).toBe(model.size);
          for (let key = 0; key <= 20; key++) {
            expect(map.has(key)).toBe(model.has(key));
            expect(map.get(key)).toBe(model.get(key));
          }
        }
        for (const [earlier, entries] of history) expect([...earlier]).toEqual(entries.sort((a, b) => a[0] - b[0]));
      }),
    );
  });

  it('takes a Map, lists it in its order, and is what it was given when that is persistent already', () => {
    const map = PersistentMap.of(
      new Map([
        [3, 'c'],
        [1, 'a'],
        [2, 'b'],
      ]),
      byKey,
    );
    expect([...map.keys()]).toEqual([1, 2, 3]);
    expect(PersistentMap.of(map, byKey)).toBe(map);
    const seen: [number, string][] = [];
    map.forEach((value, key) => seen.push([key, value]));
    expect(seen).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
    ]);
    expect(map.findKey((value) => value === 'b')).toBe(2);
    expect(map.findKey((value) => value === 'z')).toBeUndefined();
  });
});
