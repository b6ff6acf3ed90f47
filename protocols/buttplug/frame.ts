/**
 * Frames decoded against Effect schemas: each message body is checked by its schema in a table
 * (what the server side and the legacy codecs use). The envelope itself lives in frameEnvelope.ts.
 */
import * as ParseResult from 'effect/ParseResult';
import * as Schema from 'effect/Schema';
import {
  clipProblem,
  isRecord,
  decodeElementWith,
  decodeFrameValueWith,
  decodeFrameWith,
  type BodyDecoder,
  type DecodedElement,
  type DecodedFrame,
  type TaggedMessage,
} from './frameEnvelope.js';

export {
  MAX_FRAME_DEPTH,
  encodeFrame,
  isRecord,
  parseJson,
  readableId,
  toWire,
  type DecodedElement,
  type DecodedFrame,
  type TaggedMessage,
} from './frameEnvelope.js';

/** Message body schemas by message name, for one spec version and direction. */
export type MessageTable = Readonly<Record<string, Schema.Schema<unknown, unknown, never>>>;

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

// Formatting recurses over the value; frames reach here only within the nesting bound (MAX_FRAME_DEPTH).
const describeParseError = (error: ParseResult.ParseError): string => {
  const issues = ParseResult.ArrayFormatter.formatErrorSync(error);
  const first = issues[0];
  if (!first) return 'invalid message';
  const path = first.path.length > 0 ? `${first.path.join('.')}: ` : '';
  return clipProblem(`${path}${first.message}`);
};

const schemaBodyDecoder =
  (schema: Schema.Schema<unknown, unknown, never>, options: DecodeOptions): BodyDecoder =>
  (body) => {
    const result = Schema.decodeUnknownEither(schema, {
      onExcessProperty: options.excessProperties ?? 'error',
      errors: 'first',
    })(body);
    return result._tag === 'Left'
      ? { ok: false, problem: describeParseError(result.left) }
      : { ok: true, body: result.right as object };
  };

/** A plain message a hot decoder vouches for (hotMessages.ts), or undefined to let the schema decide. */
const decodeHot = (element: unknown, options: DecodeOptions): TaggedMessage | undefined => {
  const hot = options.hotDecoders;
  if (!hot || (options.excessProperties ?? 'error') !== 'error' || !isRecord(element)) return undefined;
  const keys = Object.keys(element);
  if (keys.length !== 1) return undefined;
  const name = keys[0]!;
  return Object.hasOwn(hot, name) ? hot[name]!(element[name]) : undefined;
};

/** Decodes one element (`{"Name": {...}}`) against a table. */
export const decodeElement = <M extends TaggedMessage>(
  element: unknown,
  table: MessageTable,
  options: DecodeOptions = {},
): DecodedElement<M> => {
  const hot = decodeHot(element, options);
  if (hot) return { ok: true, message: hot as M };
  return decodeElementWith<M>(element, {
    bodyDecoder: (name) => {
      const schema = Object.hasOwn(table, name) ? table[name] : undefined;
      return schema && schemaBodyDecoder(schema, options);
    },
    versionLabel: options.versionLabel,
  });
};

/** Decodes an already-parsed frame value (an array of elements). */
export const decodeFrameValue = <M extends TaggedMessage>(
  value: unknown,
  table: MessageTable,
  options: DecodeOptions = {},
): DecodedFrame<M> => decodeFrameValueWith<M>(value, (element) => decodeElement<M>(element, table, options));

/** Decodes a text frame. A frame that is not JSON (or not an array) fails as a whole. */
export const decodeFrame = <M extends TaggedMessage>(
  text: string,
  table: MessageTable,
  options: DecodeOptions = {},
): DecodedFrame<M> => decodeFrameWith<M>(text, (element) => decodeElement<M>(element, table, options));
