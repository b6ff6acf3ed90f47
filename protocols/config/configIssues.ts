/**
 * Problems found in a configuration file, each at a JSON path (`user_configs.devices[0].config.index`),
 * and the result type the config file parsers return instead of throwing.
 */
import * as ParseResult from 'effect/ParseResult';
import * as Schema from 'effect/Schema';
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

/** Effect's parse errors as issues, with friendlier words for keys and elements that should not be there. */
export const issuesFromParseError = (error: ParseResult.ParseError): ConfigIssue[] =>
  ParseResult.ArrayFormatter.formatErrorSync(error).map(({ _tag, path, message }) => {
    const at = path.map((part) => (typeof part === 'number' ? part : String(part)));
    if (_tag !== 'Unexpected') return issue(at, message);
    return issue(at, typeof at.at(-1) === 'number' ? 'one element too many' : 'unknown key');
  });

/** Parses JSON text; a syntax error becomes an issue with its line and column. */
export const parseJsonText = (text: string): ConfigParseResult<unknown> => {
  try {
    return { ok: true, value: JSON.parse(text) as unknown, warnings: [] };
  } catch (error) {
    const message = messageOf(error);
    const position = /at position (\d+)/.exec(message)?.[1];
    if (position === undefined) return { ok: false, issues: [issue([], `not valid JSON: ${message}`)] };
    const before = text.slice(0, Number(position)).split('\n');
    const where = `line ${before.length}, column ${before.at(-1)!.length + 1}`;
    return { ok: false, issues: [issue([], `not valid JSON (${where}): ${message}`)] };
  }
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
