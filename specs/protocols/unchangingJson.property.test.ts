/**
 * Frames that carry unchanging values (a DeviceList's devices) splice in a JSON text kept beside the
 * value: the frame must read exactly as JSON.stringify would write it, whatever the messages hold.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeFrame, toWire, unchangingJson, type TaggedMessage } from '../../protocols/buttplug/frameEnvelope.js';

const body = fc.dictionary(
  fc.string({ maxLength: 6 }).filter((key) => key !== 'type'),
  fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(undefined)),
  { maxKeys: 5 },
);

const message = fc.record({
  type: fc.constantFrom('DeviceList', 'Ok', 'Error', 'Ünïcode "quoted"'),
  body,
  shared: fc.option(fc.dictionary(fc.string({ maxLength: 4 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 4 })),
  sharedKey: fc.constantFrom('Devices', 'Id', '0', 'a"b'),
});

describe('frames with unchanging values', () => {
  it('read exactly as JSON.stringify writes them, the first time and every time after', () => {
    fc.assert(
      fc.property(fc.array(message, { maxLength: 4 }), (specs) => {
        const messages = specs.map(({ type, body, shared, sharedKey }) => {
          const fields: Record<string, unknown> = { ...body };
          if (shared) fields[sharedKey] = unchangingJson(shared);
          return { ...fields, type } as TaggedMessage;
        });
        const expected = JSON.stringify(messages.map(toWire));
        expect(encodeFrame(messages)).toBe(expected);
        expect(encodeFrame(messages)).toBe(expected);
      }),
    );
  });

  it('reuse one text for a value that goes out again in another message', () => {
    const devices = unchangingJson({ 0: { DeviceIndex: 0, DeviceName: 'Edge' } });
    const first = encodeFrame([{ type: 'DeviceList', Id: 1, Devices: devices } as TaggedMessage]);
    const second = encodeFrame([
      { type: 'Ok', Id: 2 } as TaggedMessage,
      { type: 'DeviceList', Id: 3, Devices: devices } as TaggedMessage,
    ]);
    expect(JSON.parse(first)).toEqual([
      { DeviceList: { Id: 1, Devices: { 0: { DeviceIndex: 0, DeviceName: 'Edge' } } } },
    ]);
    expect(JSON.parse(second)).toEqual([
      { Ok: { Id: 2 } },
      { DeviceList: { Id: 3, Devices: { 0: { DeviceIndex: 0, DeviceName: 'Edge' } } } },
    ]);
  });
});
