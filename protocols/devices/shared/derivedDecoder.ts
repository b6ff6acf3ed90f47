/**
 * An output decoder for any protocol, derived from its own pure encoder rather than written by hand:
 * the decoder keeps the protocol state the engine's device actor keeps, and explains each write as
 * the batch of output values whose encoding, from that state, is exactly what was written. So what
 * it reads back is true by construction (the encoder is the specification), and a write it cannot
 * explain is reported as such (`report`), never guessed at.
 *
 * How a write is explained, cheapest first:
 * - the stop of every output (one batch of zeros);
 * - one output's value, looked up in a table of every value's encoding from the current state
 *   (cached per model and state, so a stateless protocol builds each table once);
 * - a combined frame that carries several outputs at once (or a position with its duration): the
 *   bits of the frame each output alone moves are found by probing the encoder, each output's value
 *   is read off its own bits (a large range first tries the numbers those bytes spell), what shares
 *   its bits with another is searched against the whole frame, outputs of small ranges that decide
 *   each other's bytes are tried in combination, and the frame is then re-encoded and must match
 *   byte for byte;
 * - a keepalive (the last write again, or what the protocol's `keepaliveWrites` sends now);
 * - the start of a command that needs several writes: it waits for the rest.
 *
 * Values come back in hardware steps, after the encoder's own quantisation: where several values
 * encode alike, the one nearest zero is read (so a stop always reads as 0). The rest of a timed
 * motion (writes the encoder schedules with `delayMs`) is expected, not decoded again.
 *
 * What it cannot follow: state the encoder gets from the device's init exchange (a key, a nonce)
 * unless it is handed the state the engine holds after that exchange (else it starts from
 * `createState`); writes that are not outputs (reads, init packets), which are
 * reported as undecoded.
 */
import type { ResolvedDevice, ResolvedFeature, ResolvedOutput } from '../../config/resolvedDevice.js';
import type { AnyDeviceProtocol, FeatureOutput, ProtocolDevice, ProtocolWrite } from './deviceProtocol.js';
import type { DecodedOutput, OutputDecoderFactory, WrittenBytes } from './outputDecoder.js';

/** Largest range a table is built for; larger ones (a 16-bit rumble) are read through their bits. */
const TABLE_LIMIT = 4_096;
/** Largest range enumerated at all (values, durations). */
const SEARCH_LIMIT = 70_000;
/** Durations a position-with-duration frame is searched over when its output declares none. */
const DEFAULT_DURATION_RANGE: readonly [number, number] = [0, 10_000];
/** Longest duration searched: a stroke longer than a minute is not one a test sends. */
const DURATION_LIMIT = 60_000;
const STATE_KEYS_KEPT = 64;
/** Most combinations tried when outputs decide each other's bytes. */
const JOINT_LIMIT = 20_000;

/** One output of the device the protocol can drive. */
interface Drivable {
  readonly feature: ResolvedFeature;
  readonly output: ResolvedOutput;
  readonly key: string;
  readonly withDuration: boolean;
}

type Write = Pick<ProtocolWrite, 'endpoint' | 'data'>;

const hex = (data: Uint8Array): string => Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('hex');
const writeKey = (write: Write): string => `${write.endpoint}:${hex(write.data)}`;
const writesKey = (writes: readonly Write[]): string => writes.map(writeKey).join('|');

/** A state as a cache key (typed arrays as lists); undefined when it cannot be one. */
const stateKey = (state: unknown): string | undefined => {
  try {
    return JSON.stringify(state, (_, value: unknown) =>
      value instanceof Uint8Array
        ? { bytes: hex(value) }
        : value instanceof Map
          ? { map: [...(value as Map<unknown, unknown>)] }
          : typeof value === 'bigint'
            ? { bigint: value.toString() }
            : value,
    );
  } catch {
    return undefined;
  }
};

/** 0, 1, -1, 2, -2, ... within [low, high]: the value nearest zero comes first. */
function* nearestZeroFirst(low: number, high: number): Generator<number> {
  const start = Math.max(low, Math.min(high, 0));
  yield start;
  for (let d = 1; start + d <= high || start - d >= low; d++) {
    if (start + d <= high) yield start + d;
    if (start - d >= low) yield start - d;
  }
}

const rangeSize = (range: readonly [number, number]): number => range[1] - range[0] + 1;

const durationRange = (output: ResolvedOutput): readonly [number, number] => {
  const [low, high] = output.duration ?? DEFAULT_DURATION_RANGE;
  return [low, Math.min(high, DURATION_LIMIT)];
};

/** A duration the probes hold still while they move a position. */
const probeDuration = (output: ResolvedOutput): number => {
  const [low, high] = durationRange(output);
  return Math.max(low, Math.min(high, 500));
};

/** Probe points across a range: all of a small one, else the low values, powers of two and a spread. */
const probes = (low: number, high: number): number[] => {
  if (high - low <= 32) return [...nearestZeroFirst(low, high)];
  const points = new Set<number>();
  for (const v of nearestZeroFirst(Math.max(low, -16), Math.min(high, 16))) points.add(v);
  for (let p = 1; p <= Math.max(Math.abs(low), Math.abs(high)); p *= 2)
    for (const v of [p - 1, p, p + 1, -p + 1, -p, -p - 1]) if (v >= low && v <= high) points.add(v);
  for (let i = 0; i <= 16; i++) points.add(Math.round(low + ((high - low) * i) / 16));
  return [...points];
};

/** The writes as one bit string, and their shape (endpoints and lengths) that must match to compare. */
const shapeOf = (writes: readonly Write[]): string => writes.map((w) => `${w.endpoint}/${w.data.length}`).join(',');
const flatten = (writes: readonly Write[]): Uint8Array => {
  const out = new Uint8Array(writes.reduce((n, w) => n + w.data.length, 0));
  let at = 0;
  for (const write of writes) {
    out.set(write.data, at);
    at += write.data.length;
  }
  return out;
};

/**
 * Every combination of the coordinates' values, nearest zero first, until one encodes to the target:
 * for frames where the outputs decide each other's bytes (one speed for the toy, the motor it names).
 * Only for small ranges.
 */
const jointly = <C extends { readonly range: readonly [number, number] }>(
  coords: readonly C[],
  set: (c: C, v: number) => void,
  encodeNow: () => Encoded | undefined,
  targetKey: string,
): Encoded | undefined => {
  if (coords.reduce((n, c) => n * rangeSize(c.range), 1) > JOINT_LIMIT) return undefined;
  const ranges = coords.map((c) => [...nearestZeroFirst(c.range[0], c.range[1])]);
  const at = coords.map(() => 0);
  for (;;) {
    coords.forEach((c, k) => set(c, ranges[k]![at[k]!]!));
    const trial = encodeNow();
    if (trial?.key === targetKey) return trial;
    let k = 0;
    while (k < coords.length && ++at[k]! >= ranges[k]!.length) at[k++] = 0;
    if (k === coords.length) return undefined;
  }
};

/** The numbers the masked bytes of a frame spell as u8, u16 and u32 in either byte order, within range. */
const spelled = (bytes: Uint8Array, mask: Uint8Array, range: readonly [number, number]): number[] => {
  const found = new Set<number>();
  for (let at = 0; at < bytes.length; at++) {
    if (mask[at] === 0) continue;
    for (const width of [1, 2, 4]) {
      if (at + width > bytes.length) continue;
      let little = 0;
      let big = 0;
      for (let k = 0; k < width; k++) {
        little += bytes[at + k]! * 2 ** (8 * k);
        big = big * 256 + bytes[at + k]!;
      }
      for (const v of [little, big]) if (v >= range[0] && v <= range[1]) found.add(v);
    }
  }
  // And the decimal numbers of a text frame (`L0500I480`).
  const text = Buffer.from(bytes).toString('latin1');
  for (const match of text.matchAll(/-?\d+/g)) {
    const v = Number(match[0]);
    if (v >= range[0] && v <= range[1]) found.add(v);
  }
  return [...found];
};

interface Encoded {
  readonly state: unknown;
  readonly now: readonly Write[];
  readonly later: readonly Write[];
  readonly key: string;
}

interface ModelCache {
  /** Per state and output: each value's writes (by their key), the value nearest zero first. */
  readonly tables: Map<string, Map<string, number>>;
  /** Per state and output: the leading writes of each value's writes, for commands still arriving. */
  readonly firsts: Map<string, Set<string>>;
}

/** What a derived decoder needs beyond the encoder, for a protocol whose writes hide their bytes. */
export interface DerivedDecoderOptions {
  /**
   * The plaintext of a write (Fluffer encrypts every packet under a fixed key), or undefined when
   * the bytes are no packet (they then stay as they are). Writes are compared, and their bits
   * probed, as plaintext; a write the decoder cannot explain is reported as its plaintext.
   */
  readonly plaintext?: (data: Uint8Array) => Uint8Array | undefined;
}

/** Makes the decoder for one protocol; the factory it returns keeps its caches per model. */
export const derivedDecoder = (
  protocol: AnyDeviceProtocol,
  options: DerivedDecoderOptions = {},
): OutputDecoderFactory => {
  const caches = new WeakMap<ResolvedDevice, ModelCache>();
  const { plaintext } = options;
  const plain = (write: Write): Write =>
    plaintext ? { endpoint: write.endpoint, data: plaintext(write.data) ?? write.data } : write;
  return (device: ProtocolDevice, report, engineState) => {
    let cache = caches.get(device.definition);
    if (!cache) caches.set(device.definition, (cache = { tables: new Map(), firsts: new Map() }));
    const { tables, firsts } = cache;
    const initial = engineState === undefined ? protocol.createState(device) : engineState;
    const drivable: Drivable[] = device.definition.features.flatMap((feature) =>
      feature.outputs
        .filter((output) => !output.disabled)
        .filter((output) => {
          const probe: FeatureOutput = {
            feature,
            type: output.type,
            value: 0,
            ...(output.type === 'HwPositionWithDuration' ? { duration: probeDuration(output) } : {}),
          };
          return protocol.encodeOutputs(initial, [probe], device).ok;
        })
        .map((output) => ({
          feature,
          output,
          key: `${feature.index}/${output.type}`,
          withDuration: output.type === 'HwPositionWithDuration',
        })),
    );
    // Hardware values: 0 (off) up to the top of the database range, and as far below zero for an
    // output that turns both ways (see toHardwareValue).
    const valueRange = (d: Drivable): readonly [number, number] => {
      const high = d.output.base[1];
      return [Math.max(d.output.base[0] < 0 ? -high : 0, high - SEARCH_LIMIT + 1), high];
    };

    let state: unknown = initial;
    const held = new Map<string, number>(drivable.map((d) => [d.key, 0]));
    let buffer: Write[] = [];
    let expectedLater: string[] = [];
    let lastWrite: string | undefined;

    const encode = (at: unknown, outputs: readonly FeatureOutput[]): Encoded | undefined => {
      let result;
      try {
        result = protocol.encodeOutputs(at, outputs, device);
      } catch {
        return undefined;
      }
      if (!result.ok) return undefined;
      const now = result.writes.filter((w) => !w.delayMs).map(plain);
      const later = result.writes.filter((w) => !!w.delayMs).map(plain);
      return { state: result.state, now, later, key: writesKey(now) };
    };
    const outputOf = (d: Drivable, value: number, duration?: number): FeatureOutput => ({
      feature: d.feature,
      type: d.output.type,
      value,
      ...(d.withDuration ? { duration: duration ?? probeDuration(d.output) } : {}),
    });

    /** One output's table from the current state: every value's writes, nearest zero first. */
    const tableOf = (d: Drivable, key: string | undefined) => {
      const cacheKey = key === undefined ? undefined : `${key}#${d.key}`;
      const cached = cacheKey ? tables.get(cacheKey) : undefined;
      if (cached) return { table: cached, firsts: firsts.get(cacheKey!)! };
      const table = new Map<string, number>();
      const starts = new Set<string>();
      const [low, high] = valueRange(d);
      for (const value of nearestZeroFirst(low, high)) {
        const encoded = encode(state, [outputOf(d, value)]);
        if (!encoded || encoded.now.length === 0) continue;
        if (!table.has(encoded.key)) table.set(encoded.key, value);
        for (let n = 1; n < encoded.now.length; n++) starts.add(writesKey(encoded.now.slice(0, n)));
      }
      if (cacheKey) {
        if (tables.size >= STATE_KEYS_KEPT * Math.max(1, drivable.length)) {
          tables.clear();
          firsts.clear();
        }
        tables.set(cacheKey, table);
        firsts.set(cacheKey, starts);
      }
      return { table, firsts: starts };
    };

    /**
     * The values of `batch` (outputs in one encode call) that write exactly `writes`: each output's
     * value is read off the bits only it moves, then the whole batch is re-encoded to confirm.
     */
    const solve = (
      batch: readonly Drivable[],
      writes: readonly Write[],
    ): { values: number[]; encoded: Encoded } | undefined => {
      const target = flatten(writes);
      const targetKey = writesKey(writes);
      const shape = shapeOf(writes);
      const values = batch.map((d) => held.get(d.key) ?? 0);
      const durations = batch.map((d) => (d.withDuration ? probeDuration(d.output) : 0));
      const build = () => batch.map((d, i) => outputOf(d, values[i]!, durations[i]));
      // Coordinates: each output's value, and a position's duration.
      const coords = batch.flatMap((d, i) => [
        { i, kind: 'value' as const, range: valueRange(d) },
        ...(d.withDuration ? [{ i, kind: 'duration' as const, range: durationRange(d.output) }] : []),
      ]);
      const set = (c: (typeof coords)[number], v: number) => {
        if (c.kind === 'value') values[c.i] = v;
        else durations[c.i] = v;
      };
      const get = (c: (typeof coords)[number]) => (c.kind === 'value' ? values[c.i]! : durations[c.i]!);
      /**
       * Moves one coordinate to the first value (nearest zero) whose encoding passes `accept`. A large
       * range first tries the numbers its own bytes spell (u8, u16, u32, either byte order).
       */
      const seek = (c: (typeof coords)[number], accept: (encoded: Encoded) => boolean, mask?: Uint8Array): boolean => {
        const keep = get(c);
        const hinted = mask && rangeSize(c.range) > TABLE_LIMIT ? spelled(target, mask, c.range) : [];
        for (const v of [...hinted, ...nearestZeroFirst(c.range[0], c.range[1])]) {
          set(c, v);
          const trial = encode(state, build());
          if (trial && accept(trial)) return true;
        }
        set(c, keep);
        return false;
      };
      const seekAmong = (
        c: (typeof coords)[number],
        candidates: readonly number[],
        accept: (e: Encoded) => boolean,
      ) => {
        const keep = get(c);
        for (const v of candidates) {
          set(c, v);
          const trial = encode(state, build());
          if (trial && accept(trial)) return true;
        }
        set(c, keep);
        return false;
      };
      let base = encode(state, build());
      if (!base) return undefined;
      // A text or varint frame changes length with its numbers, a lossy one how many packets it
      // takes (two motors alike in one): find a base of the target's shape.
      // Each coordinate in turn moves to the probe that brings the frame's shape nearest the
      // target's (proto3 leaves out a 0, so a position and its duration may both have to move).
      const distance = (e: Encoded | undefined) =>
        e === undefined
          ? Number.POSITIVE_INFINITY
          : 1_000 * Math.abs(e.now.length - writes.length) +
            e.now.reduce((n, w, k) => n + Math.abs(w.data.length - (writes[k]?.data.length ?? 0)), 0);
      for (let round = 0; round < 2 && shapeOf(base.now) !== shape; round++)
        for (const c of coords) {
          if (shapeOf(base.now) === shape) break;
          let best = distance(base);
          let bestValue = get(c);
          for (const v of probes(c.range[0], c.range[1])) {
            set(c, v);
            const d = distance(encode(state, build()));
            if (d < best) [best, bestValue] = [d, v];
          }
          set(c, bestValue);
          base = encode(state, build())!;
        }
      if (shapeOf(base.now) !== shape && coords.length <= 4) {
        // Both at once, then: a few telling values of each, in every combination.
        const few = coords.map((c) =>
          [...new Set([get(c), 0, 1, c.range[1], Math.round((c.range[0] + c.range[1]) / 2)])].filter(
            (v) => v >= c.range[0] && v <= c.range[1],
          ),
        );
        const at = coords.map(() => 0);
        for (;;) {
          coords.forEach((c, k) => set(c, few[k]![at[k]!]!));
          const trial = encode(state, build());
          if (trial && shapeOf(trial.now) === shape) {
            base = trial;
            break;
          }
          let k = 0;
          while (k < coords.length && ++at[k]! >= few[k]!.length) at[k++] = 0;
          if (k === coords.length) break;
        }
      }
      if (shapeOf(base.now) !== shape) return undefined;
      // The bits each coordinate moves, seen from the base and from bases where one other coordinate
      // sits elsewhere (a stroke's speed moves with its duration only once the position moved).
      const owned = coords.map(() => new Uint8Array(target.length));
      const elsewhere = (c: (typeof coords)[number]) => [c.range[1], Math.round((c.range[0] + c.range[1]) / 2)];
      const bases: (() => void)[] = [
        () => {},
        ...coords.flatMap((other) => elsewhere(other).map((v) => () => set(other, v))),
      ];
      const start = coords.map(get);
      for (const moveBase of bases) {
        coords.forEach((c, k) => set(c, start[k]!));
        moveBase();
        const from = encode(state, build());
        if (!from || shapeOf(from.now) !== shape) continue;
        const fromBits = flatten(from.now);
        for (const [k, c] of coords.entries()) {
          const keep = get(c);
          for (const v of probes(c.range[0], c.range[1])) {
            set(c, v);
            const probe = encode(state, build());
            if (!probe || shapeOf(probe.now) !== shape) continue;
            const bits = flatten(probe.now);
            for (let b = 0; b < bits.length; b++) owned[k]![b]! |= bits[b]! ^ fromBits[b]!;
          }
          set(c, keep);
        }
      }
      coords.forEach((c, k) => set(c, start[k]!));
      const exclusive = owned.map((mask, k) =>
        mask.map((m, b) => owned.reduce((rest, other, j) => (j === k ? rest : rest & ~other[b]!), m)),
      );
      for (const [k, c] of coords.entries()) {
        const mask = exclusive[k]!;
        if (mask.every((m) => m === 0)) continue; // no bits of its own: settled below
        const matches = (e: Encoded) => {
          if (shapeOf(e.now) !== shape) return false;
          const bits = flatten(e.now);
          return mask.every((m, b) => (bits[b]! & m) === (target[b]! & m));
        };
        seek(c, matches, mask);
      }
      // What the bits of their own did not settle (a speed computed from distance and duration, a
      // checksum over everything): one coordinate at a time, against the whole frame.
      // Those without bits of their own first, then those sharing bits with another (a speed byte
      // that position and duration both move); a coordinate alone in its bytes stays as it is.
      const whole = (e: Encoded) => e.key === targetKey;
      const unsettled = coords.filter((_, k) => exclusive[k]!.every((m) => m === 0));
      const shared = coords.filter((_, k) => owned[k]!.some((m, b) => m !== exclusive[k]![b]));
      for (const c of [...unsettled, ...shared]) {
        if (encode(state, build())?.key === targetKey) break;
        seek(c, whole);
      }
      // Bits its probes did not all reach (a decimal number's digits): once more, the numbers the
      // frame spells, then (small ranges) every value.
      const everywhere = target.map(() => 0xff);
      for (const c of coords) {
        if (encode(state, build())?.key === targetKey) break;
        if (rangeSize(c.range) <= TABLE_LIMIT) seek(c, whole);
        else seekAmong(c, spelled(target, everywhere, c.range), whole);
      }
      let confirmed = encode(state, build());
      if (confirmed?.key !== targetKey) confirmed = jointly(coords, set, () => encode(state, build()), targetKey);
      return confirmed && confirmed.key === targetKey ? { values: [...values], encoded: confirmed } : undefined;
    };

    /** Takes an explanation: the state moves on, and the outputs it changed are the decoded values. */
    const apply = (encoded: Encoded, set: readonly { d: Drivable; value: number }[]): DecodedOutput[] => {
      state = encoded.state;
      expectedLater = encoded.later.map(writeKey);
      buffer = [];
      const changed: DecodedOutput[] = [];
      for (const { d, value } of set) {
        if (held.get(d.key) === value) continue;
        held.set(d.key, value);
        changed.push({ feature: d.feature.index, type: d.output.type, value });
      }
      return changed;
    };

    /** Explains the buffered writes; `complete`: no more writes will join them. */
    const explain = (complete = false): DecodedOutput[] | 'pending' | string => {
      const key = writesKey(buffer);
      const sKey = stateKey(state);
      let prefix = false;
      // Every output stopped at once.
      const stoppable = drivable.filter((d) => !d.withDuration && d.output.type !== 'Position');
      if (stoppable.length > 0) {
        const stop = encode(
          state,
          stoppable.map((d) => outputOf(d, 0)),
        );
        if (stop && stop.key === key)
          return apply(
            stop,
            stoppable.map((d) => ({ d, value: 0 })),
          );
        if (stop && stop.now.length > buffer.length && writesKey(stop.now.slice(0, buffer.length)) === key)
          prefix = true;
      }
      // One output.
      const matches: { d: Drivable; value: number }[] = [];
      for (const d of drivable) {
        if (d.withDuration || rangeSize(valueRange(d)) > TABLE_LIMIT) continue;
        const { table, firsts: starts } = tableOf(d, sKey);
        const value = table.get(key);
        if (value !== undefined) matches.push({ d, value });
        if (starts.has(key)) prefix = true;
      }
      if (matches.length > 0) {
        // A re-send (every reading leaves the values as they are), or one change: anything else is ambiguous.
        const changes = matches.filter((m) => held.get(m.d.key) !== m.value);
        const resend = changes.length < matches.length;
        // A re-send, or the first packet of a change that takes more: wait and see.
        if (resend && prefix && !complete) return 'pending';
        // Complete, it is the one change it can be (a re-send would have repeated the rest too).
        if (complete && changes.length === 1) {
          const { d, value } = changes[0]!;
          return apply(encode(state, [outputOf(d, value)])!, [{ d, value }]);
        }
        if (resend) {
          const same = matches.find((m) => held.get(m.d.key) === m.value)!;
          return apply(encode(state, [outputOf(same.d, same.value)])!, []);
        }
        if (changes.length > 1)
          return `it encodes ${changes.map((m) => `${m.d.key}=${m.value}`).join(' as well as ')}: ambiguous`;
        const { d, value } = changes[0]!;
        return apply(encode(state, [outputOf(d, value)])!, [{ d, value }]);
      }
      // One output with a large range, or a position with its duration.
      for (const d of drivable) {
        if (!d.withDuration && rangeSize(valueRange(d)) <= TABLE_LIMIT) continue;
        const solved = solve([d], buffer);
        if (solved) return apply(solved.encoded, [{ d, value: solved.values[0]! }]);
        // The writes before its frame (a mode switch) do not depend on the value.
        const sample = encode(state, [outputOf(d, held.get(d.key) ?? 0)]);
        if (sample && sample.now.length > buffer.length && writesKey(sample.now.slice(0, buffer.length)) === key)
          prefix = true;
      }
      // A keepalive: the last write again, or the protocol's own.
      if (buffer.length === 1 && key === lastWrite) {
        buffer = [];
        return [];
      }
      if (protocol.keepalive?.kind === 'whenHardwareRequires' && key === writesKey([plain(protocol.keepalive.write)])) {
        buffer = [];
        return [];
      }
      if (protocol.keepaliveWrites) {
        const keepalive = protocol.keepaliveWrites(state, device);
        if (keepalive.writes.length > 0 && writesKey(keepalive.writes.map(plain)) === key) {
          state = keepalive.state;
          buffer = [];
          return [];
        }
      }
      // A combined frame: several outputs in one batch, those whose packets look like this one.
      const head = shapeOf(buffer.slice(0, 1));
      const related = drivable.filter((d) => {
        const alone = encode(state, [outputOf(d, held.get(d.key) ?? 0)]);
        return alone !== undefined && shapeOf(alone.now.slice(0, 1)) === head;
      });
      for (const batch of related.length === drivable.length ? [drivable] : [related, drivable]) {
        if (batch.length < 2) continue;
        const solved = solve(batch, buffer);
        if (solved)
          return apply(
            solved.encoded,
            batch.map((d, i) => ({ d, value: solved.values[i]! })),
          );
      }
      if (prefix && !complete) return 'pending';
      return 'no output values of this device encode to it from the protocol state the decoder follows';
    };

    return (received: WrittenBytes) => {
      const write = plain(received);
      const key = writeKey(write);
      if (buffer.length === 0 && expectedLater[0] === key) {
        expectedLater.shift();
        lastWrite = key;
        return [];
      }
      buffer.push({ endpoint: write.endpoint, data: Uint8Array.from(write.data) });
      const unexplained = (reason: string) => {
        for (const w of buffer) report?.({ endpoint: w.endpoint, data: w.data, reason });
        buffer = [];
      };
      const result = explain();
      if (result === 'pending') return [];
      lastWrite = key;
      if (typeof result !== 'string') return result;
      if (buffer.length === 1) {
        unexplained(result);
        return [];
      }
      // What waited for more was complete after all (or a command whose rest never came): read it
      // on its own, then this write alone.
      buffer = buffer.slice(0, -1);
      const before = explain(true);
      if (typeof before === 'string') unexplained(before);
      buffer = [{ endpoint: write.endpoint, data: Uint8Array.from(write.data) }];
      const after = explain();
      if (typeof after === 'string' && after !== 'pending') unexplained(after);
      return [...(Array.isArray(before) ? before : []), ...(Array.isArray(after) ? after : [])];
    };
  };
};
