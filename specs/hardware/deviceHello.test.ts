import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closeReason } from '../../hardware/websocketDevices/closeReason.js';
import { decodeDeviceHello } from '../../hardware/websocketDevices/deviceHello.js';

describe('the WebSocket device hello', () => {
  it('reads the three keys and ignores others, as the reference does', () => {
    expect(decodeDeviceHello('{"identifier":"LVSDevice","address":"8A3D9FAC2A45","version":0,"extra":true}')).toEqual({
      hello: { identifier: 'LVSDevice', address: '8A3D9FAC2A45', version: 0 },
    });
  });

  it.each([
    ['not json', /^invalid hello: .*JSON/],
    ['[1,2]', /^invalid hello: expected an object with identifier, address and version$/],
    ['{"identifier":"A","version":0}', /^invalid hello: address is missing$/],
    ['{"identifier":"","address":"x","version":0}', /^invalid hello: identifier must not be empty$/],
    ['{"identifier":7,"address":"x","version":0}', /^invalid hello: identifier must be a string$/],
    ['{"identifier":"A","address":"x","version":1.5}', /^invalid hello: version must be a non-negative integer$/],
  ])('says what is wrong with %s', (text, problem) => {
    const result = decodeDeviceHello(text);
    expect('problem' in result && result.problem).toMatch(problem);
  });

  it('property: every hello round-trips', () => {
    const text = fc.string({ minLength: 1, maxLength: 256 });
    fc.assert(
      fc.property(fc.record({ identifier: text, address: text, version: fc.nat() }), (hello) => {
        expect(decodeDeviceHello(JSON.stringify(hello))).toEqual({ hello });
      }),
    );
  });

  it('property: garbage never throws, and its problem fits a close frame once cut', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (text) => {
          const result = decodeDeviceHello(text);
          if ('problem' in result) expect(Buffer.byteLength(closeReason(result.problem))).toBeLessThanOrEqual(123);
        },
      ),
    );
  });

  it('property: close reasons are cut to 123 bytes of UTF-8 without splitting a character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (reason) => {
        const cut = closeReason(reason);
        expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(123);
        if (Buffer.byteLength(reason) <= 123) expect(cut).toBe(reason);
        else expect(reason.startsWith(cut.slice(0, -1))).toBe(true);
        expect(cut).not.toContain('\uFFFD');
      }),
    );
  });
});
