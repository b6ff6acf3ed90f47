/**
 * The device manager's table of ready devices, by index: exactly what DeviceList reports. It is never
 * changed in place (each change is a new persistent map that shares the rest, so identity says whether
 * it changed and 1,000 devices added one by one copy no table), and each table made
 * by one change remembers which table it came from and the index it changed: an observer that saw the
 * previous table follows the change by looking at that index, not at every device.
 */
import type { DeviceInfo } from '../protocols/buttplug/messages.js';
import { PersistentMap } from '../protocols/core/persistentMap.js';

export interface TableEntry {
  readonly deviceId: string;
  readonly address: string;
  readonly info: DeviceInfo;
}

export type DeviceTable = ReadonlyMap<number, TableEntry>;

export const NO_DEVICES: DeviceTable = PersistentMap.of(new Map());

/**
 * Each table made here has a serial number, and a change names the table it came from by number: a
 * reference would keep every earlier table alive (1,000 devices added one by one: 1,000 tables).
 */
const serials = new WeakMap<DeviceTable, number>();
const changes = new WeakMap<DeviceTable, { readonly from: number; readonly index: number }>();
let lastSerial = 0;

const serialOf = (table: DeviceTable): number => {
  let serial = serials.get(table);
  if (serial === undefined) serials.set(table, (serial = ++lastSerial));
  return serial;
};

const changed = (from: DeviceTable, next: DeviceTable, index: number): DeviceTable => {
  changes.set(next, { from: serialOf(from), index });
  return next;
};

/** `table` with `entry` at `index` (added, or replacing what was there). */
export const withEntry = (table: DeviceTable, index: number, entry: TableEntry): DeviceTable =>
  changed(table, PersistentMap.of(table).with(index, entry), index);

/** `table` without the device at `index` (the same table when there is none). */
export const withoutEntry = (table: DeviceTable, index: number): DeviceTable => {
  if (!table.has(index)) return table;
  return changed(table, PersistentMap.of(table).without(index), index);
};

/** The one index at which `table` differs from `from`, when it was made from it by one change. */
export const changedIndex = (table: DeviceTable, from: DeviceTable): number | undefined => {
  const change = changes.get(table);
  return change !== undefined && change.from === serials.get(from) ? change.index : undefined;
};

/** The index of the device actor `deviceId` in `table`, if it is listed. */
export const indexOfDevice = (table: DeviceTable, deviceId: string): number | undefined => {
  for (const [index, entry] of table) if (entry.deviceId === deviceId) return index;
  return undefined;
};
