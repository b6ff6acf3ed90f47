/**
 * The client's decoder of server messages (spec v4: ServerInfo, Ok, Error, ScanningFinished,
 * DeviceList, InputReading), written by hand so that the client, and the browser bundle above all,
 * carries no schema library.
 *
 * The Effect schemas in messages.ts stay the specification; this file restates them shape by shape.
 * For every input it does what `Schema.decodeUnknownEither(schema, { onExcessProperty: 'ignore',
 * errors: 'first' })` does: it accepts and refuses the same bodies, builds the same value (unknown
 * fields dropped, fields in schema order), and words the first problem the same way (its path and
 * Effect's "Expected ..., actual ..." text), because the client shows that text in its errors. A
 * property test holds it to that on valid, near-valid and hostile input
 * (specs/protocols/serverMessageDecoder.property.test.ts).
 */
import { INPUT_COMMANDS, INPUT_TYPES } from './featureTypes.js';
import {
  clipProblem,
  decodeElementWith,
  decodeFrameValueWith,
  decodeFrameWith,
  type BodyDecoder,
  type DecodedElement,
  type DecodedFrame,
} from './frameEnvelope.js';
import type { ServerMessageV4 } from './messages.js';

type PathKey = string | number;
type Outcome = { readonly ok: true; readonly value: unknown } | Problem;
interface Problem {
  readonly ok: false;
  readonly path: readonly PathKey[];
  readonly message: string;
}

/** One type of the schema: how Effect names it in error texts, and how to decode it. */
interface Shape {
  readonly expected: string;
  readonly decode: (input: unknown) => Outcome;
}

const ok = (value: unknown): Outcome => ({ ok: true, value });
const problem = (message: string, path: readonly PathKey[] = []): Problem => ({ ok: false, path, message });
const within = (key: PathKey, inner: Problem): Problem => problem(inner.message, [key, ...inner.path]);

/** How Effect shows the value it got (`actual ...`): JSON-like, with constructors' names and `[Circular]`. */
const shown = (value: unknown): string => {
  const seen = new WeakSet<object>();
  const show = (v: unknown): string => {
    if (Array.isArray(v)) {
      if (seen.has(v)) return '[Circular]';
      seen.add(v);
      return `[${v.map(show).join(',')}]`;
    }
    if (v instanceof Date) {
      try {
        return v.toISOString();
      } catch {
        return 'Invalid Date';
      }
    }
    if ((typeof v === 'object' && v !== null) || typeof v === 'function') {
      const toString = 'toString' in v ? (v as { toString: unknown }).toString : undefined;
      if (
        typeof toString === 'function' &&
        toString !== Object.prototype.toString &&
        toString !== Array.prototype.toString
      ) {
        let text: string;
        try {
          const s: unknown = toString.call(v);
          text = typeof s === 'string' ? s : String(s);
        } catch {
          text = '[toString threw]';
        }
        return v instanceof Error && v.cause ? `${text} (cause: ${show(v.cause)})` : text;
      }
    }
    if (typeof v === 'string') return JSON.stringify(v);
    if (typeof v === 'bigint') return `${v}n`;
    if ((typeof v !== 'object' && typeof v !== 'function') || v === null) return String(v);
    if (v instanceof Set || v instanceof Map) {
      if (seen.has(v)) return '[Circular]';
      seen.add(v);
      return `${v.constructor.name}(${show(Array.from(v))})`;
    }
    if (seen.has(v)) return '[Circular]';
    seen.add(v);
    let keys: PropertyKey[];
    try {
      keys = Reflect.ownKeys(v);
    } catch {
      keys = ['[ownKeys threw]'];
    }
    const record = v as unknown as Record<PropertyKey, unknown>;
    const body = `{${keys.map((k) => `${typeof k === 'string' ? JSON.stringify(k) : String(k)}:${show(record[k])}`).join(',')}}`;
    const constructor = record['constructor'] as { name?: unknown } | undefined;
    return constructor && constructor !== Object && constructor.name ? `${String(constructor.name)}(${body})` : body;
  };
  return show(value);
};

const expectedButGot = (expected: string, actual: unknown): Problem =>
  problem(`Expected ${expected}, actual ${shown(actual)}`);

/** An object that is not an array (what a struct or record accepts). */
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const string: Shape = {
  expected: 'string',
  decode: (input) => (typeof input === 'string' ? ok(input) : expectedButGot('string', input)),
};

/** `Schema.Int.pipe(Schema.between(min, max))`: a number, then an integer, then in range. */
const intBetween = (min: number, max: number): Shape => ({
  expected: `Int & between(${min}, ${max})`,
  decode: (input) => {
    if (typeof input !== 'number') return expectedButGot('number', input);
    if (!Number.isSafeInteger(input)) return expectedButGot('an integer', input);
    if (input < min || input > max) return expectedButGot(`a number between ${min} and ${max}`, input);
    return ok(input);
  },
});

/** A union of string literals; a miss is reported against the first one, as Effect does. */
const oneOf = (literals: readonly string[]): Shape => ({
  expected: literals.map((literal) => JSON.stringify(literal)).join(' | '),
  decode: (input) =>
    literals.some((literal) => literal === input) ? ok(input) : expectedButGot(JSON.stringify(literals[0]), input),
});

interface Optional {
  readonly optional: Shape;
}
type Field = Shape | Optional;
const optional = (shape: Shape): Optional => ({ optional: shape });

/**
 * `Schema.Struct`: fields in order, the first problem wins; an absent optional field stays absent, a
 * present one may be `undefined`; a required field that is not an own property is "missing" unless
 * what the object inherits under that name decodes.
 */
const struct = (fields: Readonly<Record<string, Field>>): Shape => {
  const entries = Object.entries(fields).map(([name, field]) =>
    'optional' in field ? { name, shape: field.optional, optional: true } : { name, shape: field, optional: false },
  );
  const expected = `{ ${entries
    .map(({ name, shape, optional }) =>
      optional ? `readonly ${name}?: ${shape.expected} | undefined` : `readonly ${name}: ${shape.expected}`,
    )
    .join('; ')} }`;
  return {
    expected,
    decode: (input) => {
      if (!isObject(input)) return expectedButGot(expected, input);
      const output: Record<string, unknown> = {};
      for (const { name, shape, optional } of entries) {
        const present = Object.hasOwn(input, name);
        if (!present && optional) continue;
        const value = input[name];
        if (optional && value === undefined) {
          output[name] = undefined;
          continue;
        }
        const decoded = shape.decode(value);
        if (!decoded.ok) return present ? within(name, decoded) : problem('is missing', [name]);
        output[name] = decoded.value;
      }
      return ok(output);
    },
  };
};

/** `Schema.Record({ key: Schema.String, value })`: every own enumerable string key, in order. */
const record = (value: Shape): Shape => {
  const expected = `{ readonly [x: string]: ${value.expected} }`;
  return {
    expected,
    decode: (input) => {
      if (!isObject(input)) return expectedButGot(expected, input);
      // Filled by assignment, as the schema fills its output (a "__proto__" key behaves the same way).
      const output: Record<string, unknown> = {};
      for (const key of Object.keys(input)) {
        const decoded = value.decode(input[key]);
        if (!decoded.ok) return within(key, decoded);
        output[key] = decoded.value;
      }
      return ok(output);
    },
  };
};

/** `Schema.Tuple(item, item)`: length first (missing, then unexpected), then the elements. */
const pair = (item: Shape): Shape => {
  const expected = `readonly [${item.expected}, ${item.expected}]`;
  return {
    expected,
    decode: (input) => {
      if (!Array.isArray(input)) return expectedButGot(expected, input);
      if (input.length < 2) return problem('is missing', [input.length]);
      if (input.length > 2) return problem('is unexpected, expected: 0 | 1', [2]);
      const output: unknown[] = [];
      for (let i = 0; i < 2; i++) {
        const decoded = item.decode(input[i]);
        if (!decoded.ok) return within(i, decoded);
        output.push(decoded.value);
      }
      return ok(output);
    },
  };
};

/** `Schema.Array(item)`. */
const arrayOf = (item: Shape): Shape => {
  const expected = `ReadonlyArray<${item.expected}>`;
  return {
    expected,
    decode: (input) => {
      if (!Array.isArray(input)) return expectedButGot(expected, input);
      const output: unknown[] = [];
      for (let i = 0; i < input.length; i++) {
        const decoded = item.decode(input[i]);
        if (!decoded.ok) return within(i, decoded);
        output.push(decoded.value);
      }
      return ok(output);
    },
  };
};

/** `Schema.Union` of members without literal tags: the first member that decodes; else the first member's problem. */
const firstOf = (members: readonly Shape[]): Shape => ({
  expected: members.map((member) => member.expected).join(' | '),
  decode: (input) => {
    let first: Outcome | undefined;
    for (const member of members) {
      const decoded = member.decode(input);
      if (decoded.ok) return decoded;
      first ??= decoded;
    }
    return first!;
  },
});

// The shapes of messages.ts, in its order.
const U32 = intBetween(0, 0xffff_ffff);
const I32 = intBetween(-0x8000_0000, 0x7fff_ffff);
const ServerId = U32;
const Range = pair(I32);

const OutputRange = struct({ Value: Range });
const FeatureOutputs = struct({
  Vibrate: optional(OutputRange),
  Rotate: optional(OutputRange),
  Oscillate: optional(OutputRange),
  Constrict: optional(OutputRange),
  Spray: optional(OutputRange),
  Temperature: optional(OutputRange),
  Led: optional(OutputRange),
  Position: optional(OutputRange),
  HwPositionWithDuration: optional(struct({ Value: Range, Duration: Range })),
});

const InputInfo = struct({ Value: arrayOf(Range), Command: arrayOf(oneOf(INPUT_COMMANDS)) });
const FeatureInputs = struct(Object.fromEntries(INPUT_TYPES.map((type) => [type, optional(InputInfo)])));

const DeviceFeatureInfo = struct({
  FeatureIndex: U32,
  FeatureDescription: string,
  Output: optional(FeatureOutputs),
  Input: optional(FeatureInputs),
});

const DeviceInfo = struct({
  DeviceIndex: U32,
  DeviceName: string,
  DeviceDisplayName: optional(string),
  DeviceMessageTimingGap: U32,
  DeviceFeatures: record(DeviceFeatureInfo),
});

const readingOf = (value: Shape) => struct({ Value: value });
const InputReadingValue = firstOf([
  struct({ Battery: readingOf(intBetween(0, 100)) }),
  struct({ Rssi: readingOf(intBetween(-128, 127)) }),
  struct({ Pressure: readingOf(U32) }),
  struct({ Button: readingOf(intBetween(0, 255)) }),
]);

const serverBodies: Readonly<Record<string, Shape>> = {
  ServerInfo: struct({
    Id: ServerId,
    ServerName: string,
    ProtocolVersionMajor: U32,
    ProtocolVersionMinor: U32,
    MaxPingTime: U32,
  }),
  Ok: struct({ Id: ServerId }),
  Error: struct({ Id: ServerId, ErrorCode: intBetween(0, 4), ErrorMessage: string }),
  ScanningFinished: struct({ Id: ServerId }),
  DeviceList: struct({ Id: ServerId, Devices: record(DeviceInfo) }),
  InputReading: struct({ Id: ServerId, DeviceIndex: U32, FeatureIndex: U32, Reading: InputReadingValue }),
};

const bodyDecoder =
  (shape: Shape): BodyDecoder =>
  (body) => {
    const decoded = shape.decode(body);
    if (decoded.ok) return { ok: true, body: decoded.value as object };
    const path = decoded.path.length > 0 ? `${decoded.path.join('.')}: ` : '';
    return { ok: false, problem: clipProblem(`${path}${decoded.message}`) };
  };

/** By message name: the body decoders of every message a v4 server sends. */
export const serverMessageDecoders: Readonly<Record<string, BodyDecoder>> = Object.fromEntries(
  Object.entries(serverBodies).map(([name, shape]) => [name, bodyDecoder(shape)]),
);

const decodeServerElement = (element: unknown): DecodedElement<ServerMessageV4> =>
  decodeElementWith<ServerMessageV4>(element, {
    bodyDecoder: (name) => (Object.hasOwn(serverMessageDecoders, name) ? serverMessageDecoders[name] : undefined),
    versionLabel: 'spec v4',
  });

/**
 * Decodes a frame from a v4 server (text, or an already-parsed array): what `decodeFrame` of frame.ts
 * answers with the server messages' schemas and unknown fields ignored (newer servers may add some).
 */
export const decodeServerFrame = (frame: string | readonly unknown[]): DecodedFrame<ServerMessageV4> =>
  typeof frame === 'string'
    ? decodeFrameWith(frame, decodeServerElement)
    : decodeFrameValueWith(frame, decodeServerElement);
