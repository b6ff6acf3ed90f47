import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../protocols/buttplug/errorCodes.js';
import { decodeFrame, encodeFrame, type MessageTable } from '../../protocols/buttplug/frame.js';
import { messageBodiesV4, type MessageV4 } from '../../protocols/buttplug/messages.js';
import { v4Codec } from '../../protocols/buttplug/v4Codec.js';
import { anyMessageV4, MESSAGE_NAMES_V4, messageOf } from '../../protocols/buttplug/testing/messageArbitraries.js';

const everyMessage = messageBodiesV4 as unknown as MessageTable;

describe('spec v4 messages', () => {
  it.each(MESSAGE_NAMES_V4)('%s survives serialize then parse unchanged', (name) => {
    fc.assert(
      fc.property(messageOf(name), (message) => {
        const decoded = decodeFrame<MessageV4>(encodeFrame([message]), everyMessage);
        expect(decoded).toEqual({ ok: true, elements: [{ ok: true, message }] });
      }),
      { numRuns: 150 },
    );
  });

  it('frames of several messages keep their order', () => {
    fc.assert(
      fc.property(fc.array(anyMessageV4, { minLength: 1, maxLength: 5 }), (messages) => {
        const decoded = decodeFrame<MessageV4>(encodeFrame(messages), everyMessage);
        expect(decoded.ok && decoded.elements.map((e) => e.ok && e.message)).toEqual(messages);
      }),
      { numRuns: 100 },
    );
  });

  it('never throws on arbitrary text or JSON, and answers a failure with an Id', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify([v])),
        ),
        (text) => {
          const decoded = v4Codec.decode(text);
          if (!decoded.ok) expect(decoded.failure.code).toBe(ErrorCode.Message);
          else for (const element of decoded.elements) if (!element.ok) expect(element.id).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('a frame that is not JSON fails as a whole with ERROR_MSG', () => {
    expect(v4Codec.decode('{nope')).toEqual({
      ok: false,
      failure: { code: ErrorCode.Message, message: 'frame is not valid JSON' },
    });
    expect(v4Codec.decode('{"Ping":{"Id":1}}')).toMatchObject({ ok: false, failure: { code: ErrorCode.Message } });
    expect(v4Codec.decode('[]')).toMatchObject({ ok: false, failure: { code: ErrorCode.Message } });
  });

  it('an invalid message fails on its own, carrying its Id, while its neighbours decode', () => {
    const decoded = v4Codec.decode(
      JSON.stringify([
        { Ping: { Id: 1 } },
        { OutputCmd: { Id: 7, DeviceIndex: 0, FeatureIndex: 0, Command: { Vibrate: { Value: 1.5 } } } },
        {
          OutputCmd: {
            Id: 8,
            DeviceIndex: 0,
            FeatureIndex: 0,
            Command: { Vibrate: { Value: 1 }, Rotate: { Value: 1 } },
          },
        },
        { Ping: { Id: 9, Extra: true } },
        { Bogus: { Id: 10 } },
        { Ping: { Id: 2 }, StopCmd: { Id: 3 } },
      ]),
    );
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    const [ping, badValue, twoKeys, extraField, unknown, twoMessages] = decoded.elements;
    expect(ping).toEqual({ ok: true, message: { type: 'Ping', Id: 1 } });
    expect(badValue).toMatchObject({ ok: false, id: 7, failure: { code: ErrorCode.Message } });
    expect(twoKeys).toMatchObject({ ok: false, id: 8 });
    expect(extraField).toMatchObject({ ok: false, id: 9 });
    expect(unknown).toMatchObject({
      ok: false,
      id: 10,
      failure: { message: expect.stringContaining('unknown message type "Bogus"') },
    });
    expect(twoMessages).toMatchObject({ ok: false, id: 0 });
  });

  it('reads several arrays sent back to back in one frame', () => {
    const decoded = v4Codec.decode('[{"Ping":{"Id":1}}] [{"Ping":{"Id":2}}]');
    expect(decoded.ok && decoded.elements.map((e) => e.ok && e.message)).toEqual([
      { type: 'Ping', Id: 1 },
      { type: 'Ping', Id: 2 },
    ]);
  });

  it('client Ids are 1..2^32-1 and values are integers', () => {
    const ids = [0, -1, 2 ** 32, 1.5, '1'];
    for (const Id of ids) {
      const decoded = v4Codec.decode(JSON.stringify([{ Ping: { Id } }]));
      expect(decoded.ok && decoded.elements[0]!.ok).toBe(false);
    }
  });
});
