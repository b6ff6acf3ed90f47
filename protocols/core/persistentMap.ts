/**
 * A persistent map behind the `ReadonlyMap` interface: `with` and `without` return a new map that
 * shares all but O(log n) of this one (an effect HashMap), so a value remembered once per device (the
 * device configuration's devices, the device manager's table) grows without copying every entry each
 * time. It iterates in the order its `order` says (by device index, say), sorting as it goes: reads of
 * every entry are rare (a DeviceList per tick, a config reload) next to the changes, and an order kept
 * beside each entry would cost memory per entry.
 */
import * as HashMap from 'effect/HashMap';
import * as Option from 'effect/Option';

/** Negative when `a` comes first. */
export type EntryOrder<K, V> = (a: readonly [K, V], b: readonly [K, V]) => number;

export class PersistentMap<K, V> implements ReadonlyMap<K, V> {
  /** `entries` as a persistent map in `order` (itself when it is one already). */
  static of<K, V>(entries: ReadonlyMap<K, V>, order: EntryOrder<K, V>): PersistentMap<K, V> {
    if (entries instanceof PersistentMap) return entries as PersistentMap<K, V>;
    return new PersistentMap(HashMap.fromIterable(entries), order);
  }

  private constructor(
    private readonly map: HashMap.HashMap<K, V>,
    private readonly order: EntryOrder<K, V>,
  ) {}

  get size(): number {
    return HashMap.size(this.map);
  }

  get(key: K): V | undefined {
    return Option.getOrUndefined(HashMap.get(this.map, key));
  }

  has(key: K): boolean {
    return HashMap.has(this.map, key);
  }

  /** This map with `key` set to `value`. */
  with(key: K, value: V): PersistentMap<K, V> {
    return new PersistentMap(HashMap.set(this.map, key, value), this.order);
  }

  /** This map without `key` (itself when it has none). */
  without(key: K): PersistentMap<K, V> {
    return HashMap.has(this.map, key) ? new PersistentMap(HashMap.remove(this.map, key), this.order) : this;
  }

  /** The first key whose entry `test` accepts, in no particular order (no sorting: a search over every entry). */
  findKey(test: (value: V, key: K) => boolean): K | undefined {
    for (const [key, value] of this.map) if (test(value, key)) return key;
    return undefined;
  }

  private sorted(): [K, V][] {
    return Array.from(this.map).sort(this.order);
  }

  *entries(): MapIterator<[K, V]> {
    yield* this.sorted();
  }

  *keys(): MapIterator<K> {
    for (const [key] of this.sorted()) yield key;
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.sorted()) yield value;
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.sorted()) callback.call(thisArg, value, key, this);
  }
}
