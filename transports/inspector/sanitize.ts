/**
 * Any value an actor holds (contexts, events, outputs) as bounded JSON for the page and the recording:
 * bytes as hex, Maps and Sets as objects and arrays, actors by reference, functions and class instances
 * by name, cycles cut, and depth, width and total size capped so one huge context cannot stall the
 * stream.
 */
import type { Json } from './inspectionRecords.js';

export interface SanitizeLimits {
  readonly maxDepth: number;
  /** Entries shown per object, Map, array or Set. */
  readonly maxEntries: number;
  readonly maxString: number;
  readonly maxBytes: number;
  /** Values visited in all; past it the rest is elided. */
  readonly budget: number;
}

export const DEFAULT_LIMITS: SanitizeLimits = {
  maxDepth: 6,
  maxEntries: 50,
  maxString: 500,
  maxBytes: 64,
  budget: 2_000,
};

/** Names an actor reference (its key in the stream), or says it is not one. */
export type ActorNamer = (value: object) => string | undefined;

const hex = (bytes: Uint8Array, max: number): string => {
  let text = '';
  for (let i = 0; i < Math.min(bytes.length, max); i++) text += bytes[i]!.toString(16).padStart(2, '0');
  return bytes.length > max ? `${text}…(${bytes.length} bytes)` : text;
};

const className = (value: object): string | undefined => {
  const proto = Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null;
  if (proto === null || proto === Object.prototype) return undefined;
  return proto.constructor?.name || 'object';
};

export const sanitize = (value: unknown, nameActor: ActorNamer = () => undefined, limits = DEFAULT_LIMITS): Json => {
  let budget = limits.budget;
  const seen = new Set<object>();

  const entries = (pairs: Iterable<[string, unknown]>, depth: number, extra?: Record<string, Json>): Json => {
    const out: Record<string, Json> = { ...extra };
    let shown = 0;
    let more = 0;
    for (const [key, item] of pairs) {
      if (item === undefined || typeof item === 'symbol') continue;
      if (shown >= limits.maxEntries) {
        more++;
        continue;
      }
      out[key] = walk(item, depth + 1);
      shown++;
    }
    if (more > 0) out['…'] = `${more} more`;
    return out;
  };

  const walk = (item: unknown, depth: number): Json => {
    if (--budget < 0) return '…';
    switch (typeof item) {
      case 'string':
        return item.length > limits.maxString ? `${item.slice(0, limits.maxString)}…(${item.length} chars)` : item;
      case 'number':
        return Number.isFinite(item) ? (Object.is(item, -0) ? 0 : item) : String(item);
      case 'boolean':
        return item;
      case 'bigint':
        return `${item}n`;
      case 'undefined':
        return null;
      case 'symbol':
        return item.toString();
      case 'function':
        return `ƒ ${(item as { name?: string }).name || 'anonymous'}`;
    }
    if (item === null) return null;
    const object = item as object;
    const actor = nameActor(object);
    if (actor !== undefined) return { '@actor': actor };
    if (ArrayBuffer.isView(object)) {
      const bytes = new Uint8Array(object.buffer, object.byteOffset, object.byteLength);
      return { '@bytes': hex(bytes, limits.maxBytes) };
    }
    if (object instanceof ArrayBuffer) return { '@bytes': hex(new Uint8Array(object), limits.maxBytes) };
    if (object instanceof Date) return Number.isNaN(object.getTime()) ? 'Invalid Date' : object.toISOString();
    if (object instanceof Error) return { '@error': object.message, name: object.name };
    if (seen.has(object)) return '[cycle]';
    if (depth >= limits.maxDepth) {
      if (Array.isArray(object)) return `[${object.length} items]`;
      if (object instanceof Map || object instanceof Set) return `[${object.constructor.name}(${object.size})]`;
      return `[${className(object) ?? 'object'}]`;
    }
    seen.add(object);
    try {
      if (Array.isArray(object)) {
        const out: Json[] = object.slice(0, limits.maxEntries).map((element) => walk(element, depth + 1));
        if (object.length > limits.maxEntries) out.push(`…${object.length - limits.maxEntries} more`);
        return out;
      }
      if (object instanceof Set) {
        const out: Json[] = [];
        for (const element of object) {
          if (out.length >= limits.maxEntries) {
            out.push(`…${object.size - limits.maxEntries} more`);
            break;
          }
          out.push(walk(element, depth + 1));
        }
        return out;
      }
      if (object instanceof Map) {
        return entries(
          [...object].map(([key, element]): [string, unknown] => [
            typeof key === 'string' || typeof key === 'number' ? String(key) : JSON.stringify(walk(key, depth + 1)),
            element,
          ]),
          depth,
        );
      }
      const name = className(object);
      // A class instance shows its data, not its methods, and says what it is.
      const own = Object.entries(object).filter(([, element]) => name === undefined || typeof element !== 'function');
      return entries(own, depth, name !== undefined ? { '@class': name } : undefined);
    } catch {
      return '[unreadable]';
    } finally {
      seen.delete(object);
    }
  };

  return walk(value, 0);
};
