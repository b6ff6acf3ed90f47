/** The device table: immutable, and a table made by one change names the index it changed. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DeviceInfo } from '../../protocols/buttplug/messages.js';
import {
  NO_DEVICES,
  changedIndex,
  indexOfDevice,
  withEntry,
  withoutEntry,
  type DeviceTable,
  type TableEntry,
} from '../../machines/deviceTable.js';

const entry = (index: number, n: number): TableEntry => ({
  deviceId: `device-${n}`,
  address: `A${n}`,
  info: { DeviceIndex: index, DeviceName: `Device ${n}` } as unknown as DeviceInfo,
});

const change = fc.oneof(
  fc.record({ add: fc.integer({ min: 0, max: 7 }), n: fc.nat(50) }),
  fc.record({ remove: fc.integer({ min: 0, max: 7 }) }),
);

describe('device table', () => {
  it('follows any sequence of changes from the index each names, and never changes an earlier table', () => {
    fc.assert(
      fc.property(fc.array(change, { maxLength: 40 }), (changes) => {
        let table: DeviceTable = NO_DEVICES;
        const model = new Map<number, TableEntry>();
        // An observer that only looks at the changed index.
        const followed = new Map<number, TableEntry>();
        for (const step of changes) {
          const before = table;
          const frozen = [...before];
          if ('add' in step) {
            const added = entry(step.add, step.n);
            table = withEntry(table, step.add, added);
            model.set(step.add, added);
          } else {
            table = withoutEntry(table, step.remove);
            model.delete(step.remove);
          }
          expect([...before]).toEqual(frozen);
          if (table === before) continue;
          const index = changedIndex(table, before);
          expect(index).toBeDefined();
          const now = table.get(index!);
          if (now) followed.set(index!, now);
          else followed.delete(index!);
        }
        expect(new Map(table)).toEqual(model);
        expect(new Map(followed)).toEqual(model);
      }),
    );
  });

  it('names no change between tables not made one from the other', () => {
    const one = withEntry(NO_DEVICES, 0, entry(0, 1));
    const two = withEntry(one, 1, entry(1, 2));
    expect(changedIndex(two, one)).toBe(1);
    expect(changedIndex(two, NO_DEVICES)).toBeUndefined();
    expect(changedIndex(one, two)).toBeUndefined();
    expect(withoutEntry(two, 5)).toBe(two);
  });

  it('finds a device actor by id', () => {
    const table = withEntry(withEntry(NO_DEVICES, 3, entry(3, 7)), 4, entry(4, 8));
    expect(indexOfDevice(table, 'device-8')).toBe(4);
    expect(indexOfDevice(table, 'device-9')).toBeUndefined();
  });
});
