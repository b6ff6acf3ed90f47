/**
 * The hand-written decoders of the hottest client messages agree with the Effect schemas on every
 * input: a hot decoder either defers (`undefined`) or returns exactly what the schema decodes, and it
 * never defers on a plain valid message (else it would be no faster). Inputs: valid messages, near-valid
 * ones (one field missing, added, or replaced by a value at or just past a bound, or of another type),
 * and hostile values of any shape. The whole frame decoder answers the same with and without them.
 */
import { Either, Schema } from 'effect';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeFrame, decodeFrameValue, type MessageTable } from '../../protocols/buttplug/frame.js';
import { hotMessageDecoders } from '../../protocols/buttplug/hotMessages.js';
import { CLIENT_MESSAGES_V4, messageBodiesV4, type MessageNameV4 } from '../../protocols/buttplug/messages.js';
import { v4Codec } from '../../protocols/buttplug/v4Codec.js';
import { messageOf } from '../../protocols/buttplug/testing/messageArbitraries.js';

/** JSON text of a value, if it has one (a BigInt has none). */
const jsonOf = (value: unknown): string | undefined => {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
};

const HOT = Object.keys(hotMessageDecoders) as MessageNameV4[];

const schemaDecode = (name: MessageNameV4, body: unknown) =>
  Schema.decodeUnknownEither(messageBodiesV4[name] as Schema.Schema<unknown, unknown, never>, {
    onExcessProperty: 'error',
    errors: 'first',
  })(body);

/** The hot decoder defers, or the schema accepts and decodes to the very same message. */
const expectAgreement = (name: MessageNameV4, body: unknown) => {
  const hot = hotMessageDecoders[name]!(body);
  if (hot === undefined) return;
  const schema = schemaDecode(name, body);
  expect(Either.isRight(schema), `${name}: hot accepted what the schema refuses: ${String(body)}`).toBe(true);
  if (Either.isRight(schema)) expect(hot).toStrictEqual({ type: name, ...(schema.right as object) });
};

const bodyOf = (name: MessageNameV4) =>
  messageOf(name).map((message) => {
    const { type: _type, ...body } = message as { type: string };
    return body as Record<string, unknown>;
  });

/** Values at and just past every bound the schemas use, and values of every other JSON type. */
const edgeValue = fc.constantFrom<unknown>(
  0,
  -0,
  1,
  -1,
  0xffff_ffff,
  0x1_0000_0000,
  0x7fff_ffff,
  0x8000_0000,
  -0x8000_0000,
  -0x8000_0001,
  Number.MAX_SAFE_INTEGER + 1,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  '1',
  '',
  null,
  true,
  false,
  undefined,
  [],
  {},
  [1],
  { Value: 1 },
  'Vibrate',
  'Battery',
  'Read',
);

/** One change to a valid body, at any depth: a key removed, added or replaced. */
const nearValid = (name: MessageNameV4) =>
  fc
    .tuple(
      bodyOf(name),
      fc.nat(),
      fc.constantFrom('remove', 'add', 'replace'),
      fc.oneof(fc.constantFrom('Id', 'Value', 'Command', 'Vibrate', 'extra', '__proto__'), fc.string()),
      edgeValue,
    )
    .map(([body, pick, change, key, value]) => {
      const copy = structuredClone(body);
      // Every object inside the body (the body, the command, the command's value object).
      const objects: Record<string, unknown>[] = [];
      const collect = (node: unknown) => {
        if (typeof node !== 'object' || node === null || Array.isArray(node)) return;
        objects.push(node as Record<string, unknown>);
        for (const child of Object.values(node)) collect(child);
      };
      collect(copy);
      const target = objects[pick % objects.length]!;
      const keys = Object.keys(target);
      const existing = keys[pick % Math.max(1, keys.length)];
      if (change === 'remove' && existing !== undefined) delete target[existing];
      else if (change === 'replace' && existing !== undefined) target[existing] = value;
      else Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
      return copy;
    });

const hostile = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

describe('hot message decoders', () => {
  it('cover exactly the hot client messages of spec v4', () => {
    for (const name of HOT) expect(CLIENT_MESSAGES_V4).toContain(name);
    expect(HOT).toEqual(
      expect.arrayContaining(['OutputCmd', 'Ping', 'StopCmd', 'InputCmd', 'RequestDeviceList', 'StartScanning']),
    );
  });

  for (const name of HOT) {
    describe(name, () => {
      it('decode every valid message exactly as the schema does (never deferring)', () => {
        fc.assert(
          fc.property(bodyOf(name), (body) => {
            const hot = hotMessageDecoders[name]!(body);
            expect(hot).toBeDefined();
            expectAgreement(name, body);
            // The same once it went through JSON, as it does on the wire.
            expectAgreement(name, JSON.parse(JSON.stringify(body)));
          }),
          { numRuns: 300 },
        );
      });

      it('agree with the schema on near-valid messages', () => {
        fc.assert(
          fc.property(nearValid(name), (body) => {
            expectAgreement(name, body);
            expectAgreement(name, JSON.parse(jsonOf(body) ?? 'null'));
          }),
          { numRuns: 1_000 },
        );
      });

      it('agree with the schema on hostile values of any shape', () => {
        fc.assert(
          fc.property(hostile, (body) => expectAgreement(name, body)),
          { numRuns: 500 },
        );
      });
    });
  }

  it('leave exotic objects to the schema: symbol keys, prototypes, arrays, undefined fields', () => {
    const symbolKeyed = { Id: 1, [Symbol('extra')]: 1 };
    const inherited = Object.assign(Object.create({ inheritedField: 1 }) as object, { Id: 1 });
    const arrayBody = Object.assign([], { Id: 1 });
    for (const body of [symbolKeyed, inherited, arrayBody, { Id: 1, DeviceIndex: undefined }])
      expect(hotMessageDecoders['StopCmd']!(body)).toBeUndefined();
  });

  it('leave whole frames decoded exactly as without them, error texts included', () => {
    const table = Object.fromEntries(
      CLIENT_MESSAGES_V4.map((name) => [name, messageBodiesV4[name]]),
    ) as unknown as MessageTable;
    const schemaOnly = { versionLabel: 'spec v4' };
    const element = fc.oneof(
      ...HOT.map((name) => fc.tuple(fc.constant(name), fc.oneof(bodyOf(name), nearValid(name), hostile))),
    );
    fc.assert(
      fc.property(
        fc.array(
          element.map(([name, body]) => ({ [name]: body })),
          { minLength: 1, maxLength: 4 },
        ),
        (frame) => {
          expect(v4Codec.decode(frame)).toStrictEqual(decodeFrameValue(frame, table, schemaOnly));
          const text = jsonOf(frame);
          if (text !== undefined) expect(v4Codec.decode(text)).toStrictEqual(decodeFrame(text, table, schemaOnly));
        },
      ),
      { numRuns: 1_000 },
    );
  });
});
