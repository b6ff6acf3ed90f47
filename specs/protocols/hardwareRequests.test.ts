import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ascii, toBytes, write } from '../../protocols/devices/shared/hardwareRequests.js';

describe('write()', () => {
  it('keeps every byte 0..255 as it is', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 255 })), (bytes) => {
        expect([...write('tx', bytes).data]).toEqual(bytes);
      }),
    );
  });

  it('throws a RangeError on a number that is not a byte, instead of wrapping it as Uint8Array.from would', () => {
    for (const bad of [256, 300, -1, 2.7, Number.NaN])
      expect(() => write('tx', [0x01, bad]), String(bad)).toThrow(
        new RangeError(`byte 1 of a packet is ${bad}, not an integer from 0 to 255`),
      );
  });

  it('takes a Uint8Array as it is', () => {
    const data = Uint8Array.of(1, 2, 3);
    expect(toBytes(data)).toBe(data);
  });
});

describe('ascii()', () => {
  it('gives the bytes TextEncoder gives, for ASCII commands and for any other text', () => {
    const encoder = new TextEncoder();
    // Latin-1 (0x80..0xff fits a byte, so a naive copy would keep it as one; UTF-8 takes two).
    const latin = fc.integer({ min: 0, max: 0xff }).map((code) => String.fromCharCode(code));
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary-ascii' }), fc.string({ unit: latin }), fc.string({ unit: 'grapheme' })),
        (text) => {
          expect([...ascii(text)]).toEqual([...encoder.encode(text)]);
        },
      ),
    );
  });
});
