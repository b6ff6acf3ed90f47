/**
 * Frames: JSON arrays of single-key message objects. Decoding never throws; every element comes back
 * either as a typed message or as a failure carrying the element's own Id when one can be read.
 */
import * as ParseResult from 'effect/ParseResult';
import * as Schema from 'effect/Schema';
import { ErrorCode, failure, type ButtplugFailure } from './errorCodes.js';

/** Message body schemas by message name, for one spec version and direction. */
export type MessageTable = Readonly<Record<string, Schema.Schema<unknown, unknown, never>>>;

export interface TaggedMessage {
  readonly type: string;
}

export type DecodedElement<M> =
  | { readonly ok: true; readonly message: M }
  | { readonly ok: false; readonly id: number; readonly failure: ButtplugFailure };

export type DecodedFrame<M> =
  | { readonly ok: true; readonly elements: readonly DecodedElement<M>[] }
  | { readonly ok: false; readonly failure: ButtplugFailure };

export interface DecodeOptions {
  /** `error` (server side: unknown fields make a message invalid) or `ignore` (client side: tolerate newer minors). */
  readonly excessProperties?: 'error' | 'ignore';
  /** Used in error texts ("not a message of spec v2"). */
  readonly versionLabel?: string;
  /**
   * Hand-written decoders by message name, tried before the schema (with `excessProperties: 'error'`
   * only): each returns what the schema would, or `undefined` to leave it to the schema (hotMessages.ts).
   */
  readonly hotDecoders?: Readonly<Record<string, (body: unknown) => TaggedMessage | undefined>>;
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The Id of an element if it has a readable one, else 0 (what errors about the element carry). */
export const readableId = (element: unknown): number => {
  if (!isRecord(element)) return 0;
  const keys = Object.keys(element);
  if (keys.length !== 1) return 0;
  const body = element[keys[0]!];
  if (!isRecord(body)) return 0;
  const id = body['Id'];
  return typeof id === 'number' && Number.isInteger(id) && id >= 0 && id <= 0xffff_ffff ? id : 0;
};

const describeParseError = (error: ParseResult.ParseError): string => {
  const issues = ParseResult.ArrayFormatter.formatErrorSync(error);
  const first = issues[0];
  if (!first) return 'invalid message';
  const path = first.path.length > 0 ? `${first.path.join('.')}: ` : '';
  return `${path}${first.message}`;
};

/** Decodes one element (`{"Name": {...}}`) against a table. */
export const decodeElement = <M extends TaggedMessage>(
  element: unknown,
  table: MessageTable,
  options: DecodeOptions = {},
): DecodedElement<M> => {
  const id = readableId(element);
  const fail = (message: string): DecodedElement<M> => ({
    ok: false,
    id,
    failure: failure(ErrorCode.Message, message),
  });
  if (!isRecord(element)) return fail('a message must be an object with exactly one key');
  const keys = Object.keys(element);
  if (keys.length !== 1) return fail(`a message must have exactly one key, got ${keys.length}`);
  const name = keys[0]!;
  const schema = Object.hasOwn(table, name) ? table[name] : undefined;
  if (!schema) {
    const where = options.versionLabel ? ` in ${options.versionLabel}` : '';
    return fail(`unknown message type ${JSON.stringify(name).slice(0, 80)}${where}`);
  }
  const hot = (options.excessProperties ?? 'error') === 'error' ? options.hotDecoders?.[name] : undefined;
  const decoded = hot?.(element[name]);
  if (decoded) return { ok: true, message: decoded as M };
  const result = Schema.decodeUnknownEither(schema, {
    onExcessProperty: options.excessProperties ?? 'error',
    errors: 'first',
  })(element[name]);
  if (result._tag === 'Left') return fail(`invalid ${name}: ${describeParseError(result.left)}`);
  return { ok: true, message: { type: name, ...(result.right as object) } as unknown as M };
};

/** Decodes an already-parsed frame value (an array of elements). */
export const decodeFrameValue = <M extends TaggedMessage>(
  value: unknown,
  table: MessageTable,
  options: DecodeOptions = {},
): DecodedFrame<M> => {
  if (!Array.isArray(value)) return { ok: false, failure: failure(ErrorCode.Message, 'a frame must be a JSON array') };
  if (value.length === 0)
    return { ok: false, failure: failure(ErrorCode.Message, 'a frame must hold at least one message') };
  return { ok: true, elements: value.map((element) => decodeElement<M>(element, table, options)) };
};

/**
 * Splits text holding several JSON arrays back to back (`[..][..]`, which some clients send in one
 * frame) into the arrays' texts. Returns undefined when the text is not such a sequence.
 */
const splitConcatenatedArrays = (text: string): string[] | undefined => {
  const parts: string[] = [];
  let depth = 0;
  let inString = false;
  let escaped = false;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      if (depth === 0) {
        if (c !== '[') return undefined;
        start = i;
      }
      depth++;
    } else if (c === ']' || c === '}') {
      depth--;
      if (depth < 0) return undefined;
      if (depth === 0) parts.push(text.slice(start, i + 1));
    } else if (depth === 0 && !/\s/.test(c!)) return undefined;
  }
  return depth === 0 && parts.length > 1 ? parts : undefined;
};

/** `JSON.parse` that answers instead of throwing. */
export const parseJson = (text: string): { ok: true; value: unknown } | { ok: false } => {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
};

/** Decodes a text frame. A frame that is not JSON (or not an array) fails as a whole. */
export const decodeFrame = <M extends TaggedMessage>(
  text: string,
  table: MessageTable,
  options: DecodeOptions = {},
): DecodedFrame<M> => {
  const parsed = parseJson(text);
  if (parsed.ok) return decodeFrameValue<M>(parsed.value, table, options);
  const parts = splitConcatenatedArrays(text);
  if (!parts) return { ok: false, failure: failure(ErrorCode.Message, 'frame is not valid JSON') };
  const elements: DecodedElement<M>[] = [];
  for (const part of parts) {
    const partJson = parseJson(part);
    const decoded = decodeFrameValue<M>(partJson.ok ? partJson.value : undefined, table, options);
    if (!decoded.ok) return decoded;
    elements.push(...decoded.elements);
  }
  return { ok: true, elements };
};

/** `{type: "Ping", Id: 1}` -> `{"Ping": {"Id": 1}}`. */
export const toWire = (message: TaggedMessage): Record<string, unknown> => {
  const { type, ...body } = message as TaggedMessage & Record<string, unknown>;
  return { [type]: body };
};

export const encodeFrame = (messages: readonly TaggedMessage[]): string => JSON.stringify(messages.map(toWire));
