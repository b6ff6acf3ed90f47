/**
 * The client's hand-written decoder of server messages agrees exactly with the Effect schemas of
 * messages.ts, read as the client reads them (unknown fields ignored, first problem reported): the same
 * accept or refuse, the same decoded value (key order, `undefined` fields and -0 included) and the same
 * error text, which the client shows in its errors. Inputs: valid messages, near-valid ones (one change
 * at any depth: a key or array element removed, added, or replaced by a value at or past a bound, or of
 * another type), hostile values of any shape, and whole frames as values and as text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeElement,
  decodeFrame,
  decodeFrameValue,
  type DecodeOptions,
  type MessageTable,
} from '../../protocols/buttplug/frame.js';
import { INPUT_TYPES, OUTPUT_TYPES } from '../../protocols/buttplug/featureTypes.js';
import { messageBodiesV4, SERVER_MESSAGES_V4, type MessageNameV4 } from '../../protocols/buttplug/messages.js';
import { decodeServerFrame, serverMessageDecoders } from '../../protocols/buttplug/serverMessageDecoder.js';
import { messageOf } from '../../protocols/buttplug/testing/messageArbitraries.js';

const serverTable = Object.fromEntries(
  SERVER_MESSAGES_V4.map((name) => [name, messageBodiesV4[name]]),
) as unknown as MessageTable;
const clientReading: DecodeOptions = { excessProperties: 'ignore', versionLabel: 'spec v4' };

/** What the schema makes of one element, and what the hand-written decoder makes of it. */
const bothOn = (element: unknown) => {
  const bySchema = decodeElement(element, serverTable, clientReading);
  const byHand = decodeServerFrame([element]);
  if (!byHand.ok) throw new Error('a one-element array is a frame');
  return { bySchema, byHand: byHand.elements[0] };
};

const expectAgreement = (name: string, body: unknown) => {
  const { bySchema, byHand } = bothOn({ [name]: body });
  expect(byHand).toStrictEqual(bySchema);
  // toStrictEqual compares prototypes loosely; a "__proto__" device key must end up the same way too.
  if (bySchema.ok && byHand?.ok) {
    const devices = (message: object) => (message as { Devices?: object }).Devices;
    const [schemaDevices, handDevices] = [devices(bySchema.message), devices(byHand.message)];
    if (schemaDevices && handDevices)
      expect(Object.getPrototypeOf(handDevices)).toStrictEqual(Object.getPrototypeOf(schemaDevices));
  }
};

const jsonOf = (value: unknown): string | undefined => {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
};

const NAMES = SERVER_MESSAGES_V4 as readonly MessageNameV4[];

const bodyOf = (name: MessageNameV4) =>
  messageOf(name).map((message) => {
    const { type: _type, ...body } = message as { type: string };
    return body as Record<string, unknown>;
  });

/** A valid body whose optional fields are all present, the absent ones (or, clearing, all) as `undefined`: what an object from a server in the same process can hold. */
const withUndefinedOptionals = (name: MessageNameV4) =>
  fc.tuple(bodyOf(name), fc.boolean()).map(([body, clearing]) => {
    const unset = (record: Record<string, unknown>, keys: readonly string[]) => {
      for (const key of keys) if (clearing || !Object.hasOwn(record, key)) record[key] = undefined;
    };
    if (name !== 'DeviceList') return body;
    for (const device of Object.values(body['Devices'] as Record<string, Record<string, unknown>>)) {
      unset(device, ['DeviceDisplayName']);
      for (const feature of Object.values(device['DeviceFeatures'] as Record<string, Record<string, unknown>>)) {
        for (const [key, inner] of [
          ['Output', [...OUTPUT_TYPES]],
          ['Input', [...INPUT_TYPES]],
        ] as const)
          if (feature[key] !== undefined && !clearing) unset(feature[key] as Record<string, unknown>, inner);
        unset(feature, ['Output', 'Input']);
      }
    }
    return body;
  });

/** Values at and just past every bound the schemas use, and values of every other type. */
const edgeValue = fc.constantFrom<unknown>(
  0,
  -0,
  1,
  -1,
  4,
  5,
  100,
  101,
  127,
  128,
  -128,
  -129,
  255,
  256,
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
  Number.NEGATIVE_INFINITY,
  '1',
  '',
  'Read',
  'Subscribe',
  'Vibrate',
  'Battery',
  null,
  true,
  false,
  undefined,
  [],
  {},
  [1],
  [1, 2],
  [1, 2, 3],
  [[0, 1]],
  { Value: 1 },
  { Value: [0, 1] },
  { Battery: { Value: 1 } },
  Object.create(null) as unknown,
  new Date(0),
  new Map([[1, 2]]),
  new Set([1]),
  10n,
  Symbol('s'),
  Object.assign(Object.create({ Id: 1, Value: [0, 1] }) as object, { own: 1 }),
  { constructor: { name: 'Impostor' }, a: 1 },
  { toString: () => 'custom' },
  new Error('boom', { cause: 'deep' }),
  { [Symbol('key')]: 1, visible: 2 },
  Object.defineProperty({ visible: 1 }, 'hidden', { value: 2, enumerable: false }),
  (() => {
    const circular: Record<string, unknown> = { Value: 1 };
    circular['self'] = circular;
    return circular;
  })(),
  (() => {
    const shared = { Value: 1 };
    return [shared, shared];
  })(),
);

const keyToAdd = fc.oneof(
  fc.constantFrom(
    'Id',
    'Value',
    'Devices',
    'DeviceFeatures',
    'Output',
    'Input',
    'Battery',
    'Rssi',
    'Vibrate',
    'DeviceDisplayName',
    'extra',
    '__proto__',
    'constructor',
    'a.b',
  ),
  fc.string({ maxLength: 6 }),
);

/**
 * One change to a valid body, at any depth: an object key or array element removed, added or replaced,
 * or an object's key moved onto its prototype (inherited, not own: embedded connectors pass objects).
 */
const nearValid = (name: MessageNameV4) =>
  fc
    .tuple(bodyOf(name), fc.nat(), fc.constantFrom('remove', 'add', 'replace', 'inherit'), keyToAdd, edgeValue)
    .map(([body, pick, change, key, value]) => {
      const copy = structuredClone(body);
      const containers: object[] = [];
      const collect = (node: unknown) => {
        if (typeof node !== 'object' || node === null) return;
        containers.push(node);
        for (const child of Object.values(node)) collect(child);
      };
      collect(copy);
      const target = containers[pick % containers.length]!;
      if (Array.isArray(target)) {
        const at = pick % Math.max(1, target.length);
        if (change === 'remove') target.splice(at, 1);
        else if (change === 'replace' && target.length > 0) target[at] = value;
        else target.push(value);
        return copy;
      }
      const record = target as Record<string, unknown>;
      const existing = Object.keys(record)[pick % Math.max(1, Object.keys(record).length)];
      if (change === 'inherit' && existing !== undefined) {
        Object.setPrototypeOf(record, { [existing]: record[existing] });
        delete record[existing];
      } else if (change === 'remove' && existing !== undefined) delete record[existing];
      else if (change === 'replace' && existing !== undefined) record[existing] = value;
      else Object.defineProperty(record, key, { value, enumerable: true, configurable: true, writable: true });
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

describe('the client decoder of server messages', () => {
  it('covers exactly the messages a v4 server sends', () => {
    expect(Object.keys(serverMessageDecoders).sort()).toEqual([...SERVER_MESSAGES_V4].sort());
  });

  for (const name of NAMES) {
    describe(name, () => {
      it('decodes every valid message exactly as the schema does', () => {
        fc.assert(
          fc.property(bodyOf(name), (body) => {
            const { byHand } = bothOn({ [name]: body });
            expect(byHand?.ok).toBe(true);
            expectAgreement(name, body);
            expectAgreement(name, JSON.parse(JSON.stringify(body)));
          }),
          { numRuns: 200 },
        );
        fc.assert(
          fc.property(withUndefinedOptionals(name), (body) => {
            expect(bothOn({ [name]: body }).byHand?.ok).toBe(true);
            expectAgreement(name, body);
          }),
          { numRuns: 100 },
        );
      });

      it('agrees with the schema on near-valid messages, error texts included', () => {
        fc.assert(
          fc.property(nearValid(name), (body) => {
            expectAgreement(name, body);
            const text = jsonOf(body);
            if (text !== undefined) expectAgreement(name, JSON.parse(text));
          }),
          { numRuns: 1_000 },
        );
      });

      it('agrees with the schema on hostile values of any shape', () => {
        fc.assert(
          fc.property(hostile, (body) => expectAgreement(name, body)),
          { numRuns: 300 },
        );
      });
    });
  }

  it('words problems as the schema does (examples the client shows)', () => {
    const cases: [string, unknown, string][] = [
      ['Ok', {}, 'invalid Ok: Id: is missing'],
      ['Ok', { Id: -1 }, 'invalid Ok: Id: Expected a number between 0 and 4294967295, actual -1'],
      [
        'Error',
        { Id: 1, ErrorCode: 1.5, ErrorMessage: 'x' },
        'invalid Error: ErrorCode: Expected an integer, actual 1.5',
      ],
      [
        'InputReading',
        { Id: 0, DeviceIndex: 0, FeatureIndex: 0, Reading: { Battery: { Value: 101 } } },
        'invalid InputReading: Reading.Battery.Value: Expected a number between 0 and 100, actual 101',
      ],
      ['Ping', { Id: 1 }, 'unknown message type "Ping" in spec v4'],
    ];
    for (const [name, body, text] of cases) {
      const { bySchema, byHand } = bothOn({ [name]: body });
      expect(bySchema.ok || bySchema.failure.message).toBe(text);
      expect(byHand).toStrictEqual(bySchema);
    }
  });

  it('decodes whole frames as the schemas do, as values and as text', () => {
    const element = fc.oneof(
      ...NAMES.map((name) => fc.tuple(fc.constant<string>(name), fc.oneof(bodyOf(name), nearValid(name), hostile))),
      fc.tuple(fc.constantFrom('Ping', 'OutputCmd', 'constructor', '__proto__', 'toString'), hostile),
    );
    const frameElement = fc.oneof(
      { weight: 8, arbitrary: element.map(([name, body]) => ({ [name]: body }) as unknown) },
      { weight: 1, arbitrary: hostile },
    );
    fc.assert(
      fc.property(fc.array(frameElement, { maxLength: 4 }), fc.nat(), (frame, cut) => {
        expect(decodeServerFrame(frame)).toStrictEqual(decodeFrameValue(frame, serverTable, clientReading));
        const text = jsonOf(frame);
        if (text === undefined) return;
        // Whole, concatenated with itself (`[..][..]`), and cut short.
        for (const variant of [text, `${text}${text}`, text.slice(0, cut % (text.length + 1))])
          expect(decodeServerFrame(variant)).toStrictEqual(decodeFrame(variant, serverTable, clientReading));
      }),
      { numRuns: 1_000 },
    );
  });
});
