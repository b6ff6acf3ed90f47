/**
 * A persistent map behind the `ReadonlyMap` interface, for values remembered once per device (the
 * device configuration's devices, the device manager's table, the addresses in use): `with` and
 * `without` return a new map and leave this one as it was, without copying every entry each time.
 *
 * It is a `Map` that is never changed once shared (`base`) plus a small `Map` of the changes since
 * (`recent`, copied on each change); when the changes outgrow the square root of the base they are
 * folded into a new base. n changes in a row copy about n * sqrt(n) entries instead of n * n / 2, and
 * an entry costs what it costs in a `Map` (a hash trie such as effect's HashMap costs four times that).
 * It reads exactly as a `Map` given the same changes would, insertion order included.
 */

/** Marks a key deleted since the base. */
const GONE: unique symbol = Symbol('gone');
type Change<V> = V | typeof GONE;

/**
 * `base` with the changes applied, as one new Map: the base copied natively (not entry by entry), a key
 * changed keeps its place and a new one comes last, in the order it came, just as `entries` lists them.
 */
const folded = <K, V>(base: ReadonlyMap<K, V>, recent: ReadonlyMap<K, Change<V>>): Map<K, V> => {
  const map = new Map(base);
  for (const [key, change] of recent) {
    if (change === GONE) map.delete(key);
    else map.set(key, change);
  }
  return map;
};

export class PersistentMap<K, V> implements ReadonlyMap<K, V> {
  /** `entries` as a persistent map (itself when it is one already). */
  static of<K, V>(entries: ReadonlyMap<K, V>): PersistentMap<K, V> {
    if (entries instanceof PersistentMap) return entries as PersistentMap<K, V>;
    return new PersistentMap(new Map(entries), new Map(), entries.size);
  }

  private constructor(
    private readonly base: ReadonlyMap<K, V>,
    private readonly recent: ReadonlyMap<K, Change<V>>,
    readonly size: number,
  ) {}

  get(key: K): V | undefined {
    const change = this.recent.get(key);
    if (change === GONE) return undefined;
    return change !== undefined || this.recent.has(key) ? (change as V) : this.base.get(key);
  }

  has(key: K): boolean {
    const change = this.recent.get(key);
    if (change === GONE) return false;
    return change !== undefined || this.recent.has(key) || this.base.has(key);
  }

  /** This map with `key` set to `value` (a key already present keeps its place). */
  with(key: K, value: V): PersistentMap<K, V> {
    if (this.recent.get(key) === GONE) {
      // Deleted and set again: a Map lists it last now, so the base is folded with it at the end (rare).
      const map = new Map(this);
      return new PersistentMap(map.set(key, value), new Map(), map.size);
    }
    return this.changed(key, value, this.has(key) ? this.size : this.size + 1);
  }

  /** This map without `key` (itself when it has none). */
  without(key: K): PersistentMap<K, V> {
    if (!this.has(key)) return this;
    return this.changed(key, this.base.has(key) ? GONE : undefined, this.size - 1);
  }

  /** A change: `undefined` as `change` forgets a key only `recent` had. */
  private changed(key: K, change: Change<V> | undefined, size: number): PersistentMap<K, V> {
    const recent = new Map(this.recent);
    if (change === undefined && !this.base.has(key)) recent.delete(key);
    else recent.set(key, change as Change<V>);
    if (recent.size * recent.size <= this.base.size + 16) return new PersistentMap(this.base, recent, size);
    return new PersistentMap(folded(this.base, recent), new Map(), size);
  }

  *entries(): MapIterator<[K, V]> {
    for (const [key, value] of this.base) {
      const change = this.recent.get(key);
      if (change === GONE) continue;
      yield [key, change !== undefined || this.recent.has(key) ? (change as V) : value];
    }
    for (const [key, change] of this.recent) if (change !== GONE && !this.base.has(key)) yield [key, change];
  }

  *keys(): MapIterator<K> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }
}
