import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advertisedInfo, isWorthOffering } from '../../hardware/bluetoothLe/advertisement.js';
import { writeWithoutResponse } from '../../hardware/bluetoothLe/bluetoothLeHardware.js';
import { canonicalUuid, nobleUuid, sameUuid } from '../../hardware/bluetoothLe/bleUuid.js';

const hex = (length: number) => fc.stringMatching(new RegExp(`^[0-9a-fA-F]{${length}}$`));
const uuid128 = hex(32).map(
  (h) => `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`,
);
const anyUuid = fc.oneof(hex(4), hex(8), hex(32), uuid128);

describe('Bluetooth UUID spellings', () => {
  it('expands short forms onto the Bluetooth base UUID', () => {
    expect(canonicalUuid('FFF0')).toBe('0000fff0-0000-1000-8000-00805f9b34fb');
    expect(canonicalUuid('0000fff000001000800000805f9b34fb')).toBe('0000fff0-0000-1000-8000-00805f9b34fb');
    expect(nobleUuid('0000fff0-0000-1000-8000-00805f9b34fb')).toBe('fff0');
    expect(nobleUuid('50300001-0023-4BD4-bbd5-a6920e4c5653')).toBe('5030000100234bd4bbd5a6920e4c5653');
  });

  it('is idempotent and survives a trip through noble’s spelling', () => {
    fc.assert(
      fc.property(anyUuid, (uuid) => {
        const canonical = canonicalUuid(uuid);
        expect(canonicalUuid(canonical)).toBe(canonical);
        expect(canonical).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
        expect(canonicalUuid(nobleUuid(uuid))).toBe(canonical);
        expect(sameUuid(uuid.toUpperCase(), nobleUuid(uuid))).toBe(true);
      }),
    );
  });

  it('never throws on text that is no UUID', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(typeof canonicalUuid(text)).toBe('string');
        expect(typeof nobleUuid(text)).toBe('string');
      }),
    );
  });
});

describe('advertisement to discovery info', () => {
  it('reads the company id little endian and keeps the rest as data', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffff }), fc.uint8Array({ maxLength: 24 }), (company, data) => {
        const info = advertisedInfo({
          localName: 'x',
          manufacturerData: Uint8Array.from([company & 0xff, company >> 8, ...data]),
        });
        expect(info.manufacturerData).toEqual([{ company, data: [...data] }]);
      }),
    );
  });

  it('never throws on whatever an advertisement holds, and offers only what says a name or a service', () => {
    fc.assert(
      fc.property(
        fc.record({
          localName: fc.option(fc.string(), { nil: undefined }),
          manufacturerData: fc.option(fc.uint8Array(), { nil: undefined }),
          serviceUuids: fc.option(fc.array(fc.string()), { nil: undefined }),
        }),
        (advertisement) => {
          const info = advertisedInfo(advertisement);
          expect(isWorthOffering(info)).toBe(info.name !== '' || (advertisement.serviceUuids?.length ?? 0) > 0);
        },
      ),
    );
  });

  it('drops the NUL padding some toys put after their names', () => {
    expect(advertisedInfo({ localName: 'LVS-Edge\0\0' }).name).toBe('LVS-Edge');
  });
});

describe('write type choice', () => {
  it('uses the type asked for when supported, else the other one', () => {
    expect(writeWithoutResponse(['write', 'writeWithoutResponse'], false)).toBe(true);
    expect(writeWithoutResponse(['write', 'writeWithoutResponse'], true)).toBe(false);
    expect(writeWithoutResponse(['write'], false)).toBe(false);
    expect(writeWithoutResponse(['writeWithoutResponse'], true)).toBe(true);
    expect(writeWithoutResponse([], true)).toBe(false);
  });
});
