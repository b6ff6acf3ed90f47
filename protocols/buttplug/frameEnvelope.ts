/**
 * Frames without schemas: JSON arrays of single-key message objects. This file reads and writes the
 * envelope (the array, each element's one key, its Id) and leaves each message body to a body decoder:
 * the Effect schemas (frame.ts) or a hand-written one (serverMessageDecoder.ts, what the client uses,
 * so browsers get no schema library). Decoding never throws; every element comes back either as a
 * typed message or as a failure carrying the element's own Id when one can be read.
 */
import { checkJsonText } from '../core/boundedJson.js';
import { ErrorCode, failure, type ButtplugFailure } from './errorCodes.js';

export interface TaggedMessage {
  readonly type: string;
}

export type DecodedElement<M> =
  | { readonly ok: true; readonly message: M }
  | { readonly ok: false; readonly id: number; readonly failure: ButtplugFailure };

export type DecodedFrame<M> =
  | { readonly ok: true; readonly elements: readonly DecodedElement<M>[] }
  | { readonly ok: false; readonly failure: ButtplugFailure };

/** A message body decoded, or why not (the first problem: `path: what is wrong`). */
export type DecodedBody =
  { readonly ok: true; readonly body: object } | { readonly ok: false; readonly problem: string };

/** Decodes the body of one message type. */
export type BodyDecoder = (body: unknown) => DecodedBody;

export interface ElementDecoding {
  /** The body decoder for a message name, or undefined when the name is no message here. */
  readonly bodyDecoder: (name: string) => BodyDecoder | undefined;
  /** Used in error texts ("unknown message type ... in spec v2"). */
  readonly versionLabel?: string;
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

/** Decodes one element (`{"Name": {...}}`): its envelope here, its body by the decoder for its name. */
export const decodeElementWith = <M extends TaggedMessage>(
  element: unknown,
  decoding: ElementDecoding,
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
  const decodeBody = decoding.bodyDecoder(name);
  if (!decodeBody) {
    const where = decoding.versionLabel ? ` in ${decoding.versionLabel}` : '';
    return fail(`unknown message type ${JSON.stringify(name).slice(0, 80)}${where}`);
  }
  const decoded = decodeBody(element[name]);
  if (!decoded.ok) return fail(`invalid ${name}: ${decoded.problem}`);
  return { ok: true, message: { type: name, ...decoded.body } as unknown as M };
};

/** Decodes an already-parsed frame value (an array of elements). */
export const decodeFrameValueWith = <M extends TaggedMessage>(
  value: unknown,
  decodeElement: (element: unknown) => DecodedElement<M>,
): DecodedFrame<M> => {
  if (!Array.isArray(value)) return { ok: false, failure: failure(ErrorCode.Message, 'a frame must be a JSON array') };
  if (value.length === 0)
    return { ok: false, failure: failure(ErrorCode.Message, 'a frame must hold at least one message') };
  return { ok: true, elements: value.map((element) => decodeElement(element)) };
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

/** Error texts quote the offending value; a peer's value is echoed back at most this long. */
const MAX_PROBLEM_LENGTH = 200;

export const clipProblem = (text: string): string =>
  text.length <= MAX_PROBLEM_LENGTH ? text : `${text.slice(0, MAX_PROBLEM_LENGTH)}...`;

/** The nesting bound every decoded frame keeps (a server applies its tighter frame limits first). */
export const MAX_FRAME_DEPTH = 32;

const DEPTH_ONLY = {
  maxDepth: MAX_FRAME_DEPTH,
  maxTopLevelElements: Infinity,
  maxElements: Infinity,
  maxStringLength: Infinity,
  maxValues: Infinity,
};

/** Decodes a text frame. A frame that is not JSON (or not an array) fails as a whole. */
export const decodeFrameWith = <M extends TaggedMessage>(
  text: string,
  decodeElement: (element: unknown) => DecodedElement<M>,
): DecodedFrame<M> => {
  // Whoever calls this (a session, or a client reading a server), nothing deeper is parsed or decoded.
  const tooDeep = checkJsonText(text, DEPTH_ONLY);
  if (tooDeep) return { ok: false, failure: failure(ErrorCode.Message, `frame refused: ${tooDeep.message}`) };
  const parsed = parseJson(text);
  if (parsed.ok) return decodeFrameValueWith<M>(parsed.value, decodeElement);
  const parts = splitConcatenatedArrays(text);
  if (!parts) return { ok: false, failure: failure(ErrorCode.Message, 'frame is not valid JSON') };
  const elements: DecodedElement<M>[] = [];
  for (const part of parts) {
    const partJson = parseJson(part);
    const decoded = decodeFrameValueWith<M>(partJson.ok ? partJson.value : undefined, decodeElement);
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

/** Values that never change once made: their JSON text is kept beside them and reused by every frame. */
const unchanging = new WeakSet<object>();
const texts = new WeakMap<object, string>();

/**
 * Marks `value` (a plain object or array, not changed after this) so that every frame it goes out in
 * reuses one JSON text: a DeviceList of 1,000 devices is 390 kB of JSON, serialised once per table
 * instead of once per RequestDeviceList and per session.
 */
export const unchangingJson = <T extends object>(value: T): T => {
  unchanging.add(value);
  return value;
};

const isUnchanging = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && unchanging.has(value);

const unchangingText = (value: object): string => {
  let text = texts.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    texts.set(value, text);
  }
  return text;
};

const carriesUnchanging = (message: TaggedMessage): boolean => {
  for (const key in message) if (isUnchanging((message as unknown as Record<string, unknown>)[key])) return true;
  return false;
};

/**
 * `{"Type":{...}}` as JSON.stringify writes it, with the texts of unchanging fields spliced in. Built by
 * concatenation, not `join`: joining copies a 390 kB text once more on every frame.
 */
const messageText = (message: TaggedMessage): string => {
  let text = '';
  for (const [key, value] of Object.entries(toWire(message)[message.type] as object)) {
    const field = isUnchanging(value) ? unchangingText(value) : (JSON.stringify(value) as string | undefined);
    if (field !== undefined) text += `${text === '' ? '' : ','}${JSON.stringify(key)}:${field}`;
  }
  return `{${JSON.stringify(message.type)}:{${text}}}`;
};

export const encodeFrame = (messages: readonly TaggedMessage[]): string => {
  if (!messages.some(carriesUnchanging)) return JSON.stringify(messages.map(toWire));
  let frame = '';
  for (const message of messages) frame += `${frame === '' ? '' : ','}${messageText(message)}`;
  return `[${frame}]`;
};
