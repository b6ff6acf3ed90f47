/**
 * Limits on untrusted JSON, checked before any real work. Nothing here recurses: text is checked by
 * one linear scan before `JSON.parse` sees it, and values handed over already parsed (by embedding
 * hosts) by an iterative walk with an explicit stack. Once a value passes, code that does recurse over
 * it (schema decoding, error formatting) recurses at most `maxDepth` levels.
 */

export interface JsonLimits {
  /** Deepest nesting of arrays and objects; the outermost array or object is level 1. */
  readonly maxDepth: number;
  /** Elements of the outermost array(s): the messages of one frame. */
  readonly maxTopLevelElements: number;
  /** Elements of any inner array, or members of any object. */
  readonly maxElements: number;
  /** UTF-16 code units of any one string (values and keys). */
  readonly maxStringLength: number;
  /**
   * Values in all (for already-parsed values only: text is bounded by its size). A value can share
   * parts (`[x, x, x]`), so without this a small object could take forever to walk.
   */
  readonly maxValues: number;
}

/** Which limit was crossed, where, and a sentence saying so. */
export interface JsonLimitViolation {
  readonly limit: 'depth' | 'topLevelElements' | 'elements' | 'stringLength' | 'unreadable';
  readonly message: string;
  /** The outermost element the violation is in (a frame's message), when known. */
  readonly topLevelIndex?: number;
}

const OPEN_ARRAY = 0x5b; // [
const CLOSE_ARRAY = 0x5d; // ]
const OPEN_OBJECT = 0x7b; // {
const CLOSE_OBJECT = 0x7d; // }
const QUOTE = 0x22; // "
const BACKSLASH = 0x5c; // \
const COMMA = 0x2c; // ,

const isWhitespace = (code: number) => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;

const tooDeep = (limits: JsonLimits): JsonLimitViolation => ({
  limit: 'depth',
  message: `nested deeper than ${limits.maxDepth} levels`,
});

/**
 * Scans JSON text (or several JSON values back to back) and reports the first limit it crosses, or
 * undefined. Invalid JSON is not reported here (the parser says what is wrong); the scan only
 * guarantees that parsing and walking the value are bounded. One pass, constant work per character,
 * memory bounded by `maxDepth`.
 */
export const checkJsonText = (text: string, limits: JsonLimits): JsonLimitViolation | undefined =>
  clearlyWithin(text, limits) ? undefined : scanJsonText(text, limits);

/**
 * Text that cannot cross a limit, told by counting brackets (no scan of strings and elements): no
 * count, string or element list is longer than the text, and nothing nests deeper than the text has
 * `[` and `{` (in strings or not). A client's usual frame is shorter than every size limit, so its
 * check costs a loop over its characters instead of the full scan (issue 11).
 */
const clearlyWithin = (text: string, limits: JsonLimits): boolean => {
  const length = text.length;
  if (length > limits.maxStringLength || length > limits.maxElements || length > limits.maxTopLevelElements)
    return false;
  let opens = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if ((code === OPEN_ARRAY || code === OPEN_OBJECT) && ++opens > limits.maxDepth) return false;
  }
  return true;
};

/** The full scan behind `checkJsonText` (exported for its property test). */
export const scanJsonText = (text: string, limits: JsonLimits): JsonLimitViolation | undefined => {
  // Per open container: its elements so far (commas seen + whether anything started).
  const counts: number[] = [];
  const started: boolean[] = [];
  let depth = 0;
  let topLevelBase = 0; // elements of earlier outermost arrays, for concatenated frames
  let inString = false;
  let escaped = false;
  let stringLength = 0;
  const topLevelIndex = () => (depth >= 1 ? topLevelBase + counts[0]! - (started[0] ? 1 : 0) : topLevelBase);
  const elementAdded = (): JsonLimitViolation | undefined => {
    if (depth === 0) return undefined;
    const level = depth - 1;
    if (!started[level]) {
      started[level] = true;
      counts[level] = counts[level]! + 1;
    }
    return undefined;
  };
  const checkCount = (): JsonLimitViolation | undefined => {
    const level = depth - 1;
    const count = counts[level]!;
    if (level === 0) {
      if (topLevelBase + count > limits.maxTopLevelElements)
        return {
          limit: 'topLevelElements',
          message: `more than ${limits.maxTopLevelElements} messages in one frame`,
        };
    } else if (count > limits.maxElements) {
      return {
        limit: 'elements',
        message: `an array or object with more than ${limits.maxElements} elements`,
        topLevelIndex: topLevelIndex(),
      };
    }
    return undefined;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (escaped) escaped = false;
      else if (code === BACKSLASH) escaped = true;
      else if (code === QUOTE) {
        inString = false;
        continue;
      }
      if (++stringLength > limits.maxStringLength)
        return {
          limit: 'stringLength',
          message: `a string longer than ${limits.maxStringLength} characters`,
          topLevelIndex: topLevelIndex(),
        };
      continue;
    }
    if (isWhitespace(code)) continue;
    if (code === CLOSE_ARRAY || code === CLOSE_OBJECT) {
      if (depth === 0) return undefined; // not JSON: the parser will say so
      depth--;
      if (depth === 0) {
        topLevelBase += counts[0]!;
        counts.length = 0;
        started.length = 0;
      }
      continue;
    }
    if (code === COMMA) {
      if (depth === 0) continue;
      const level = depth - 1;
      counts[level] = counts[level]! + 1;
      started[level] = true;
      const over = checkCount();
      if (over) return over;
      continue;
    }
    // Anything else starts a value, or continues a scalar (digits, letters): only the first counts.
    const level = depth - 1;
    if (depth > 0 && !started[level]) {
      elementAdded();
      const over = checkCount();
      if (over) return over;
    }
    if (code === QUOTE) {
      inString = true;
      stringLength = 0;
    } else if (code === OPEN_ARRAY || code === OPEN_OBJECT) {
      if (++depth > limits.maxDepth) return { ...tooDeep(limits), topLevelIndex: topLevelIndex() };
      counts[depth - 1] = 0;
      started[depth - 1] = false;
    }
  }
  return undefined;
};

/**
 * The same limits over a value that is already parsed (an embedding host's frame object). Iterative;
 * cycles end at `maxDepth`; a value whose reading throws (a hostile getter or proxy) is `unreadable`.
 */
export const checkJsonValue = (value: unknown, limits: JsonLimits): JsonLimitViolation | undefined => {
  try {
    const stack: { readonly value: unknown; readonly depth: number; readonly top: number }[] = [
      { value, depth: 0, top: 0 },
    ];
    let visited = 0;
    while (stack.length > 0) {
      const { value: current, depth, top } = stack.pop()!;
      if (++visited > limits.maxValues)
        return { limit: 'elements', message: `more than ${limits.maxValues} values in all`, topLevelIndex: top };
      if (typeof current === 'string') {
        if (current.length > limits.maxStringLength)
          return {
            limit: 'stringLength',
            message: `a string longer than ${limits.maxStringLength} characters`,
            topLevelIndex: top,
          };
        continue;
      }
      if (typeof current !== 'object' || current === null) continue;
      if (depth + 1 > limits.maxDepth) return { ...tooDeep(limits), topLevelIndex: top };
      const keys = Array.isArray(current) ? undefined : Object.keys(current);
      const count = keys ? keys.length : (current as readonly unknown[]).length;
      if (depth === 0 && Array.isArray(current)) {
        if (count > limits.maxTopLevelElements)
          return {
            limit: 'topLevelElements',
            message: `more than ${limits.maxTopLevelElements} messages in one frame`,
          };
      } else if (count > limits.maxElements) {
        return {
          limit: 'elements',
          message: `an array or object with more than ${limits.maxElements} elements`,
          topLevelIndex: top,
        };
      }
      for (let i = count - 1; i >= 0; i--) {
        const childTop = depth === 0 ? (keys ? 0 : i) : top;
        if (keys) {
          const key = keys[i]!;
          // Popped key first, then its value: the order the text has them in.
          stack.push({ value: (current as Record<string, unknown>)[key], depth: depth + 1, top: childTop });
          stack.push({ value: key, depth: depth + 1, top: childTop });
        } else stack.push({ value: (current as readonly unknown[])[i], depth: depth + 1, top: childTop });
      }
    }
    return undefined;
  } catch {
    return { limit: 'unreadable', message: 'the frame could not be read' };
  }
};
