/**
 * A persistent, insertion-ordered map behind the `ReadonlyMap` interface: `with` returns a new map
 * that shares all but O(log n) of this one, so a value remembered once per device (the device
 * configuration's devices, the device manager's table) grows without copying every entry each time.
 * Plain `ReadonlyMap` readers (lookups, iteration in insertion order, `new Map(it)`) need not know.
 */
import * as HashMap from 'effect/HashMap';
import * as Option from 'effect/Option';
import * as SortedMap from 'effect/SortedMap';
import * as Order from 'effect/Order';

interface Slot<V> {
  readonly value: V;
  /** Its place in iteration order: when its key was first set. */
  readonly order: number;
}

export class PersistentMap<K, V> implements ReadonlyMap<K, V> {
  static readonly empty = new PersistentMap<never, never>(HashMap.empty(), SortedMap.empty(Order.number), 0);

  /** `entries` as a persistent map (itself when it is one already). */
  static of<K, V>(entries: ReadonlyMap<K, V>): PersistentMap<K, V> {
    if (entries instanceof PersistentMap) return entries as PersistentMap<K, V>;
    let map = PersistentMap.empty as PersistentMap<K, V>;
    for (const [key, value] of entries) map = map.with(key, value);
    return map;
  }

  private constructor(
    private readonly slots: HashMap.HashMap<K, Slot<V>>,
    private readonly order: SortedMap.SortedMap<number, K>,
    private readonly nextOrder: number,
  ) {}

  get size(): number {
    return HashMap.size(this.slots);
  }

  get(key: K): V | undefined {
    return Option.getOrUndefined(HashMap.get(this.slots, key))?.value;
  }

  has(key: K): boolean {
    return HashMap.has(this.slots, key);
  }

  /** This map with `key` set to `value` (a key already present keeps its place). */
  with(key: K, value: V): PersistentMap<K, V> {
    const slot = Option.getOrUndefined(HashMap.get(this.slots, key));
    if (slot)
      return new PersistentMap(HashMap.set(this.slots, key, { value, order: slot.order }), this.order, this.nextOrder);
    const order = this.nextOrder;
    return new PersistentMap(
      HashMap.set(this.slots, key, { value, order }),
      SortedMap.set(this.order, order, key),
      order + 1,
    );
  }

  /** This map without `key` (itself when it has none). */
  without(key: K): PersistentMap<K, V> {
    const slot = Option.getOrUndefined(HashMap.get(this.slots, key));
    if (!slot) return this;
    return new PersistentMap(HashMap.remove(this.slots, key), SortedMap.remove(this.order, slot.order), this.nextOrder);
  }

  *entries(): MapIterator<[K, V]> {
    for (const [, key] of this.order) yield [key, this.get(key) as V];
  }

  *keys(): MapIterator<K> {
    for (const [, key] of this.order) yield key;
  }

  *values(): MapIterator<V> {
    for (const [, key] of this.order) yield this.get(key) as V;
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }
}
