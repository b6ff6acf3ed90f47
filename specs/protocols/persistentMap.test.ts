/**
 * The persistent map behind the device configuration's devices, the device manager's table and its
 * addresses in use reads exactly as a `Map` given the same changes would (lookups, size, insertion
 * order, across the folds of its changes into a new base), and a change never touches the map it was
 * made from.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PersistentMap } from '../../protocols/core/persistentMap.js';

type Change = { set: number; value: string } | { delete: number };

const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ set: fc.integer({ min: 0, max: 40 }), value: fc.string({ maxLength: 3 }) }),
  fc.record({ delete: fc.integer({ min: 0, max: 40 }) }),
);

describe('PersistentMap', () => {
  it('reads as a Map after the same changes, and leaves every earlier map as it was', () => {
    fc.assert(
      fc.property(fc.array(change, { maxLength: 150 }), (changes) => {
        const model = new Map<number, string>();
        let map: PersistentMap<number, string> = PersistentMap.of(new Map());
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
          expect([...map]).toEqual([...model]);
          expect([...map.keys()]).toEqual([...model.keys()]);
          expect([...map.values()]).toEqual([...model.values()]);
          expect(map.size).toBe(model.size);
          for (let key = 0; key <= 40; key++) {
            expect(map.has(key)).toBe(model.has(key));
            expect(map.get(key)).toBe(model.get(key));
          }
        }
        for (const [earlier, entries] of history) expect([...earlier]).toEqual(entries);
      }),
    );
  });

  it('takes a Map in its order, and is what it was given when that is persistent already', () => {
    const map = PersistentMap.of(
      new Map([
        [3, 'c'],
        [1, 'a'],
        [2, 'b'],
      ]),
    );
    expect([...map.keys()]).toEqual([3, 1, 2]);
    expect(PersistentMap.of(map)).toBe(map);
    const seen: [number, string][] = [];
    map.forEach((value, key) => seen.push([key, value]));
    expect(seen).toEqual([
      [3, 'c'],
      [1, 'a'],
      [2, 'b'],
    ]);
  });
});
