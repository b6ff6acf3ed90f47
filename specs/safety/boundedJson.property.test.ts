/** The JSON bound checks: the text scan agrees with the value walk, and neither recurses or throws. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkJsonText, checkJsonValue, scanJsonText, type JsonLimits } from '../../protocols/core/boundedJson.js';
import { boundFrame, defaultFrameLimits } from '../../protocols/buttplug/frameLimits.js';

/** Limits up to the given sizes (no bound on the count of values). */
const limitsUpTo = (most: { depth: number; elements: number; stringLength: number }): fc.Arbitrary<JsonLimits> =>
  fc.record({
    maxDepth: fc.integer({ min: 1, max: most.depth }),
    maxTopLevelElements: fc.integer({ min: 1, max: most.elements }),
    maxElements: fc.integer({ min: 1, max: most.elements }),
    maxStringLength: fc.integer({ min: 0, max: most.stringLength }),
    maxValues: fc.constant(Infinity),
  });

const limitsArbitrary = limitsUpTo({ depth: 6, elements: 6, stringLength: 8 });

/** Depth of a parsed value the way the bounds count it. */
const depthOf = (value: unknown): number =>
  typeof value === 'object' && value !== null
    ? 1 + Math.max(0, ...(Array.isArray(value) ? value : Object.values(value)).map(depthOf))
    : 0;

// Strings without escapes: their text length equals their value length.
const plainJson = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.stringMatching(/^[a-z ]{0,10}$/),
    fc.array(tie('value'), { maxLength: 8 }),
    fc.dictionary(fc.stringMatching(/^[a-z]{1,6}$/), tie('value'), { maxKeys: 8 }),
  ),
})).value;

describe('JSON bounds', () => {
  it('the text scan and the value walk pass and refuse the same plain JSON values', () => {
    fc.assert(
      fc.property(fc.array(plainJson, { maxLength: 8 }), limitsArbitrary, (frame, limits) => {
        // Which limit is met first may differ (the walk knows a container's size before its contents).
        const fromText = checkJsonText(JSON.stringify(frame), limits);
        const fromValue = checkJsonValue(frame, limits);
        expect(fromText === undefined).toBe(fromValue === undefined);
      }),
      { seed: 9, numRuns: 2_000 },
    );
  });

  it('the depth bound is exact', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), fc.integer({ min: 1, max: 10 }), (value, maxDepth) => {
        const limits = {
          maxDepth,
          maxTopLevelElements: Infinity,
          maxElements: Infinity,
          maxStringLength: Infinity,
          maxValues: Infinity,
        };
        const violation = checkJsonText(JSON.stringify(value), limits);
        expect(violation?.limit === 'depth').toBe(depthOf(value) > maxDepth);
        expect(checkJsonValue(value, limits)?.limit === 'depth').toBe(depthOf(value) > maxDepth);
      }),
      { seed: 10, numRuns: 2_000 },
    );
  });

  it('a frame the text scan passes parses to a value the walk passes (escapes only lengthen text)', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue({ maxDepth: 5 }), { maxLength: 6 }), limitsArbitrary, (frame, limits) => {
        const text = JSON.stringify(frame);
        if (checkJsonText(text, limits) === undefined) expect(checkJsonValue(JSON.parse(text), limits)).toBeUndefined();
      }),
      { seed: 11, numRuns: 2_000 },
    );
  });

  it('the short cut for short frames never passes what the full scan refuses, on any text and limits', () => {
    const pieces = fc.constantFrom('[', ']', '{', '}', '"', '\\', ',', ':', '1', ' ', 'a');
    const wide = limitsUpTo({ depth: 40, elements: 60, stringLength: 60 });
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 80 }), wide, (chars, limits) => {
        const text = chars.join('');
        expect(checkJsonText(text, limits)).toEqual(scanJsonText(text, limits));
      }),
      { seed: 11, numRuns: 3_000 },
    );
    // The usual frame takes the short cut and is passed.
    const frame = '[{"OutputCmd":{"Id":1,"DeviceIndex":0,"FeatureIndex":0,"Command":{"Vibrate":{"Value":5}}}}]';
    expect(checkJsonText(frame, defaultFrameLimits)).toBeUndefined();
  });

  it('never throws on any text, however deep or broken', () => {
    const pieces = fc.constantFrom('[', ']', '{', '}', '"', '\\', ',', ':', '1', ' ', 'a');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 200 }), (chars) => {
        expect(() => checkJsonText(chars.join(''), defaultFrameLimits)).not.toThrow();
        expect(() => boundFrame(chars.join(''))).not.toThrow();
      }),
      { seed: 12, numRuns: 2_000 },
    );
    expect(checkJsonText('['.repeat(1_000_000), defaultFrameLimits)?.limit).toBe('depth');
  });

  it('reads the Id of the message at fault when the frame is shallow enough to parse', () => {
    const frame = JSON.stringify([{ Ping: { Id: 1 } }, { Ping: { Id: 42, Pad: 'z'.repeat(2_000) } }]);
    expect(boundFrame(frame)).toMatchObject({ ok: false, id: 42 });
    const deepAfter = `[{"Ping":{"Id":42,"Pad":"${'z'.repeat(2_000)}"}},${'['.repeat(100)}${']'.repeat(100)}]`;
    expect(boundFrame(deepAfter)).toMatchObject({ ok: false, id: 0 });
    const hostile = new Proxy([], {
      get: () => {
        throw new Error('hostile getter');
      },
    });
    expect(boundFrame(hostile)).toMatchObject({ ok: false, id: 0 });
  });
});
