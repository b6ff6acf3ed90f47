/**
 * The device manager's table of ready devices, by index: exactly what DeviceList reports. It is never
 * changed in place (each change is a new Map, so identity says whether it changed), and each table made
 * by one change remembers the table it came from and the index it changed: an observer that saw the
 * previous table follows the change by looking at that index, not at every device.
 */
import type { DeviceInfo } from '../protocols/buttplug/messages.js';

export interface TableEntry {
  readonly deviceId: string;
  readonly address: string;
  readonly info: DeviceInfo;
}

export type DeviceTable = ReadonlyMap<number, TableEntry>;

export const NO_DEVICES: DeviceTable = new Map();

const changes = new WeakMap<DeviceTable, { readonly from: DeviceTable; readonly index: number }>();

const changed = (from: DeviceTable, next: Map<number, TableEntry>, index: number): DeviceTable => {
  changes.set(next, { from, index });
  return next;
};

/** `table` with `entry` at `index` (added, or replacing what was there). */
export const withEntry = (table: DeviceTable, index: number, entry: TableEntry): DeviceTable =>
  changed(table, new Map(table).set(index, entry), index);

/** `table` without the device at `index` (the same table when there is none). */
export const withoutEntry = (table: DeviceTable, index: number): DeviceTable => {
  if (!table.has(index)) return table;
  const next = new Map(table);
  next.delete(index);
  return changed(table, next, index);
};

/** The one index at which `table` differs from `from`, when it was made from it by one change. */
export const changedIndex = (table: DeviceTable, from: DeviceTable): number | undefined => {
  const change = changes.get(table);
  return change?.from === from ? change.index : undefined;
};

/** The index of the device actor `deviceId` in `table`, if it is listed. */
export const indexOfDevice = (table: DeviceTable, deviceId: string): number | undefined => {
  for (const [index, entry] of table) if (entry.deviceId === deviceId) return index;
  return undefined;
};
