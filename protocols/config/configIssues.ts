/**
 * Problems found in a configuration file, each at a JSON path (`user_configs.devices[0].config.index`),
 * and the result type the config file parsers return instead of throwing.
 */
import * as ParseResult from 'effect/ParseResult';
import * as Schema from 'effect/Schema';
import { checkJsonText } from '../core/boundedJson.js';
import { messageOf } from '../core/errorText.js';

export type JsonPath = readonly (string | number)[];

export interface ConfigIssue {
  readonly path: JsonPath;
  readonly message: string;
}

export type ConfigParseResult<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly ConfigIssue[] }
  | { readonly ok: false; readonly issues: readonly ConfigIssue[] };

export const issue = (path: JsonPath, message: string): ConfigIssue => ({ path, message });

export const showRange = (range: readonly [number, number]): string => `[${range[0]}, ${range[1]}]`;

const PLAIN_KEY = /^[A-Za-z0-9_-]+$/;

/** `user_configs.devices[0].config`; keys that are not plain words are quoted: `protocols["my toy"]`. */
export const formatPath = (path: JsonPath): string =>
  path
    .map((part, i) =>
      typeof part === 'number'
        ? `[${part}]`
        : PLAIN_KEY.test(part)
          ? i === 0
            ? part
            : `.${part}`
          : `[${JSON.stringify(part)}]`,
    )
    .join('');

export const formatIssue = (found: ConfigIssue): string =>
  found.path.length > 0 ? `${formatPath(found.path)}: ${found.message}` : found.message;

/** Longest text of a value quoted back in an issue. */
const MAX_QUOTE = 80;

const clip = (text: string, max = MAX_QUOTE): string => (text.length <= max ? text : `${text.slice(0, max - 3)}...`);

/**
 * Effect says "Expected <the whole schema as a type>, actual <the value>": for a mismatch high up in
 * the file that type runs to kilobytes. Say what kind of thing was expected instead.
 */
const plainMessage = (message: string): string => {
  const mismatch = /^Expected ([\s\S]*), actual ([\s\S]*)$/.exec(message);
  if (!mismatch || mismatch[1]!.length <= MAX_QUOTE) return clip(message, 2 * MAX_QUOTE);
  const expected = mismatch[1]!.trimStart();
  const kind = expected.startsWith('{')
    ? 'an object'
    : expected.startsWith('ReadonlyArray')
      ? 'an array'
      : 'another value';
  return `expected ${kind}, got ${clip(mismatch[2]!)}`;
};

/** Effect's parse errors as issues, with friendlier words for keys and elements that should not be there. */
export const issuesFromParseError = (error: ParseResult.ParseError): ConfigIssue[] =>
  ParseResult.ArrayFormatter.formatErrorSync(error).map(({ _tag, path, message }) => {
    const at = path.map((part) => (typeof part === 'number' ? part : String(part)));
    if (_tag !== 'Unexpected') return issue(at, plainMessage(message));
    return issue(at, typeof at.at(-1) === 'number' ? 'one element too many' : 'unknown key');
  });

/** Deepest nesting a config file may have (real files have about 10 levels). */
export const MAX_CONFIG_DEPTH = 64;

/** Keys that name JavaScript's own machinery, not devices or settings: refused wherever they appear. */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The path of the first reserved key in a parsed value (walked without recursion), if any. */
const reservedKeyPath = (value: unknown): JsonPath | undefined => {
  const stack: { value: unknown; path: JsonPath }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (Array.isArray(current)) {
      current.forEach((element, i) => stack.push({ value: element, path: [...path, i] }));
      continue;
    }
    for (const key of Object.keys(current)) {
      if (RESERVED_KEYS.has(key)) return [...path, key];
      stack.push({ value: (current as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return undefined;
};

/**
 * Parses JSON text into the object a config file must hold. A syntax error becomes an issue with its
 * line and column; nesting beyond `MAX_CONFIG_DEPTH`, anything but an object at the top, and reserved
 * keys (`__proto__`, `constructor`, `prototype`) are refused with one issue each.
 */
export const parseJsonText = (text: string): ConfigParseResult<unknown> => {
  const tooDeep = checkJsonText(text, {
    maxDepth: MAX_CONFIG_DEPTH,
    maxTopLevelElements: Infinity,
    maxElements: Infinity,
    maxStringLength: Infinity,
    maxValues: Infinity,
  });
  if (tooDeep) return { ok: false, issues: [issue([], `not a config file: ${tooDeep.message}`)] };
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    const message = messageOf(error);
    const position = /at position (\d+)/.exec(message)?.[1];
    if (position === undefined) return { ok: false, issues: [issue([], `not valid JSON: ${message}`)] };
    const before = text.slice(0, Number(position)).split('\n');
    const where = `line ${before.length}, column ${before.at(-1)!.length + 1}`;
    return { ok: false, issues: [issue([], `not valid JSON (${where}): ${message}`)] };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
    return { ok: false, issues: [issue([], `a config file holds one JSON object, not ${got}`)] };
  }
  const reserved = reservedKeyPath(value);
  if (reserved)
    return { ok: false, issues: [issue(reserved, `the key ${JSON.stringify(reserved.at(-1))} is not allowed`)] };
  return { ok: true, value, warnings: [] };
};

/**
 * Decodes with a schema, collecting every problem. `strict` is the same schema with tolerated keys
 * turned into errors: those keys come back as warnings (nobody reads them; they are usually typos).
 */
export const decodeConfig = <A, I>(
  schema: Schema.Schema<A, I>,
  strict: Schema.Schema<A, I>,
  value: unknown,
): ConfigParseResult<A> => {
  const decoded = Schema.decodeUnknownEither(schema, { errors: 'all' })(value);
  if (decoded._tag === 'Left') return { ok: false, issues: issuesFromParseError(decoded.left) };
  const checked = Schema.decodeUnknownEither(strict, { errors: 'all' })(value);
  const warnings =
    checked._tag === 'Left'
      ? issuesFromParseError(checked.left)
          .filter((found) => found.message === 'unknown key')
          .map((found) => issue(found.path, 'unknown key, ignored'))
      : [];
  return { ok: true, value: decoded.right, warnings };
};
