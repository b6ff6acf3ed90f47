import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeLine, LineFramer, type LineEvent } from '../../transports/lineFramer.js';

const bytes = (text: string) => new TextEncoder().encode(text);

/** Cuts a byte stream at the given points. */
const cut = (stream: Uint8Array, points: readonly number[]): Uint8Array[] => {
  const sorted = [...new Set(points.map((p) => p % (stream.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let start = 0;
  for (const point of sorted) {
    chunks.push(stream.subarray(start, point));
    start = point;
  }
  chunks.push(stream.subarray(start));
  return chunks;
};

const feed = (framer: LineFramer, chunks: readonly Uint8Array[]): LineEvent[] =>
  chunks.flatMap((chunk) => framer.push(chunk));

// Frames as our peers send them: compact JSON, so never a raw newline.
const jsonFrame = fc
  .array(fc.record({ Ping: fc.record({ Id: fc.nat(), Note: fc.string({ unit: 'binary' }) }) }), {
    minLength: 1,
    maxLength: 3,
  })
  .map((frame) => JSON.stringify(frame));

describe('the newline-delimited IPC framing', () => {
  it('gives back every frame, however the stream is cut', () => {
    fc.assert(
      fc.property(fc.array(jsonFrame, { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 10 }), (frames, points) => {
        const stream = bytes(frames.map(encodeLine).join(''));
        const events = feed(new LineFramer(1 << 20), cut(stream, points));
        expect(events).toEqual(frames.map((text) => ({ type: 'frame', text })));
      }),
    );
  });

  it('drops an oversized frame, reports it once, and keeps the frames around it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 65, max: 500 }), fc.array(fc.nat(), { maxLength: 10 }), (size, points) => {
        const big = `["${'x'.repeat(size)}"]`;
        const stream = bytes(['[1]', big, '[2]'].map(encodeLine).join(''));
        const events = feed(new LineFramer(64), cut(stream, points));
        expect(events).toEqual([
          { type: 'frame', text: '[1]' },
          { type: 'tooLarge', bytes: big.length },
          { type: 'frame', text: '[2]' },
        ]);
      }),
    );
  });

  it('keeps memory bounded while an endless line streams in', () => {
    const framer = new LineFramer(1024);
    const chunk = new Uint8Array(4096).fill(0x61);
    for (let i = 0; i < 100; i++) expect(framer.push(chunk)).toEqual([]);
    expect(framer.push(bytes('\n[1]\n'))).toEqual([
      { type: 'tooLarge', bytes: 409_600 },
      { type: 'frame', text: '[1]' },
    ]);
  });

  it('accepts a frame of exactly the limit, CRLF endings and blank lines', () => {
    const exact = `[${'1,'.repeat(30)}1]`;
    const framer = new LineFramer(exact.length);
    expect(framer.push(bytes(`${exact}\r\n\n  \r\n${exact}x\n`))).toEqual([
      { type: 'frame', text: exact },
      { type: 'tooLarge', bytes: exact.length + 1 },
    ]);
  });

  it('reports invalid UTF-8, also when a valid character is split across chunks', () => {
    const framer = new LineFramer(1024);
    expect(framer.push(Uint8Array.of(0x5b, 0xff, 0x5d, 0x0a))).toEqual([{ type: 'invalidUtf8' }]);
    const heart = bytes('["♥"]\n');
    expect([...framer.push(heart.subarray(0, 3)), ...framer.push(heart.subarray(3))]).toEqual([
      { type: 'frame', text: '["♥"]' },
    ]);
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 200 }), { maxLength: 10 }), (chunks) => {
        const framer = new LineFramer(100);
        for (const event of feed(framer, chunks)) {
          if (event.type === 'frame') expect(event.text.includes('\n')).toBe(false);
        }
      }),
    );
  });
});
