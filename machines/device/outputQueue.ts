/**
 * The command lifecycle of one device's outputs, as the transformations the device machine's actions
 * call. Per output (feature + output type) it keeps the value last written and at most one pending
 * value: latest wins, and a value equal to what the hardware already has is never re-sent. A client
 * request is answered once every output it set has been written (or superseded), or fails with the
 * write that failed. Mutable inside, immutable outside: the working set (what waits, what is in flight,
 * who waits) changes in place, since only the device that owns it reads it; what observers read
 * (`written`) is a new Map whenever it changes.
 */
import { STOPPABLE_OUTPUTS, type OutputType } from '../../protocols/buttplug/featureTypes.js';
import type { FeatureOutput } from '../../protocols/devices/shared/deviceProtocol.js';

/** Each key is made once (a device's features are few, and every command looks its outputs up by key). */
const keys: Partial<Record<OutputType, string>>[] = [];
export const outputKey = (featureIndex: number, type: OutputType): string =>
  ((keys[featureIndex] ??= {})[type] ??= `${featureIndex}/${type}`);
const keyOf = (output: FeatureOutput): string => outputKey(output.feature.index, output.type);

/** Who waits for a request's outcome; `outstanding` counts its outputs not written yet. */
export interface ReplyTracker<R> {
  readonly replyTo: R;
  readonly id: number;
  outstanding: number;
}

export interface PendingOutput {
  readonly output: FeatureOutput;
  /** Requests whose answer depends on this write (superseded requests join the newest). */
  readonly tokens: readonly number[];
}

/**
 * The device's working set: what waits, what the batch in flight sets, who waits for what. It changes in
 * place on every command (no Map copies per command) and belongs to one device: only this file reads or
 * changes it, and nothing outside the device holds it (its fields are private; the device's snapshots
 * carry it, opaque).
 */
/** The Map of a lane that has not needed one yet: empty, shared by every lane, never written to. */
const NONE: Map<never, never> = new Map<never, never>();

class OutputLane<R> {
  // An idle device's lane holds no Maps of its own (1,000 devices, 3,000 Maps less): each is made when first
  // written to (`NONE` is shared, and never changed).
  #pending: Map<string, PendingOutput> = NONE;
  /** What the batch in flight sets: the hardware will hold it once the write lands. */
  #sending: Map<string, PendingOutput> = NONE;
  #trackers: Map<number, ReplyTracker<R>> = NONE;
  #nextToken = 1;
  /** The request that ended its frame has been queued: nothing more of that frame will join the batch. */
  #frameComplete = false;

  get pendingCount(): number {
    return this.#pending.size;
  }
  get frameComplete(): boolean {
    return this.#frameComplete;
  }
  isPending(key: string): boolean {
    return this.#pending.has(key);
  }

  enqueue(
    written: ReadonlyMap<string, FeatureOutput>,
    outputs: readonly FeatureOutput[],
    replyTo: R,
    id: number,
  ): readonly Outcome<R>[] {
    const token = this.#nextToken++;
    if (this.#pending === NONE) this.#pending = new Map();
    const pending = this.#pending;
    let outcomes: Outcome<R>[] | undefined;
    let outstanding = 0;
    for (const output of outputs) {
      const key = keyOf(output);
      const previous = pending.get(key);
      pending.delete(key);
      // Earlier requests waiting on this output now wait on (or are satisfied by) this newer value.
      const others = previous ? previous.tokens.filter((t) => t !== token) : undefined;
      const counted = previous !== undefined && others!.length < previous.tokens.length;
      // Against what the hardware will hold: a value equal to the one in flight is not sent again, but one
      // equal to what was written before the write in flight (a stop, say) must be.
      if (!this.changes(written, key, output)) {
        // The hardware already has this value: the superseded pending change is simply dropped.
        if (others) outcomes = this.settle(others, undefined, outcomes);
        if (counted) outstanding--;
        continue;
      }
      // Re-inserting moves the output to the back: newest changes are written last.
      if (others) others.push(token);
      pending.set(key, { output, tokens: others ?? [token] });
      if (!counted) outstanding++;
    }
    if (outstanding > 0) {
      if (this.#trackers === NONE) this.#trackers = new Map();
      this.#trackers.set(token, { replyTo, id, outstanding });
    } else (outcomes ??= []).push({ replyTo, id });
    return outcomes ?? noOutcomes;
  }

  /** Whether queueing `outputs` would leave something to write (what `enqueue` would keep pending). */
  wouldWrite(written: ReadonlyMap<string, FeatureOutput>, outputs: readonly FeatureOutput[]): boolean {
    if (outputs.length === 1) {
      // The usual request: one output (no need to find each output's last value).
      const output = outputs[0]!;
      const key = keyOf(output);
      if (this.changes(written, key, output)) return true;
      for (const other of this.#pending.keys()) if (other !== key) return true;
      return false;
    }
    // The last value a request gives an output is the one that counts.
    const last = new Map<string, FeatureOutput>();
    for (const output of outputs) last.set(keyOf(output), output);
    for (const [key, output] of last) if (this.changes(written, key, output)) return true;
    // Every value is on the hardware already: only changes to other outputs would still wait.
    for (const key of this.#pending.keys()) if (!last.has(key)) return true;
    return false;
  }

  /** Whether `output` differs from what the hardware will hold once the write in flight lands. */
  private changes(written: ReadonlyMap<string, FeatureOutput>, key: string, output: FeatureOutput): boolean {
    return !sameOutput(this.#sending.get(key)?.output ?? written.get(key), output);
  }

  endFrame(): void {
    this.#frameComplete = true;
  }

  /** Takes every pending output for writing, in order; what is queued next starts a new frame. */
  take(): Batch {
    const outputs = new Array<FeatureOutput>(this.#pending.size);
    let tokens: readonly number[] = [];
    let i = 0;
    for (const entry of this.#pending.values()) {
      outputs[i++] = entry.output;
      // Stored token lists are never changed (enqueue makes new ones), so a lone output's is taken as it is.
      tokens = i === 1 ? entry.tokens : tokens.concat(entry.tokens);
    }
    // The two maps trade places: what was pending is in flight, and the emptied one takes what comes next.
    const sent = this.#sending;
    if (sent !== NONE) sent.clear();
    this.#sending = this.#pending;
    this.#pending = sent;
    this.#frameComplete = false;
    return { outputs, tokens };
  }

  /** The batch in flight landed or failed; `retries` (stops that failed) wait again. */
  complete(batch: Batch, error: string | undefined, retries: readonly FeatureOutput[]): readonly Outcome<R>[] {
    if (retries.length > 0 && this.#pending === NONE) this.#pending = new Map();
    for (const output of retries) this.#pending.set(keyOf(output), { output, tokens: [] });
    if (this.#sending !== NONE) this.#sending.clear();
    return this.settle(batch.tokens, error, undefined) ?? noOutcomes;
  }

  drop(dropped: (output: FeatureOutput) => boolean): readonly Outcome<R>[] {
    let outcomes: Outcome<R>[] | undefined;
    for (const [key, entry] of this.#pending) {
      if (!dropped(entry.output)) continue;
      this.#pending.delete(key);
      outcomes = this.settle(entry.tokens, undefined, outcomes);
    }
    return outcomes ?? noOutcomes;
  }

  failAll(error: string): Outcome<R>[] {
    return [...this.#trackers.values()].map((tracker) => ({ replyTo: tracker.replyTo, id: tracker.id, error }));
  }

  /** Marks one output of each token done; adds the trackers that finished to `outcomes` (made when needed). */
  private settle(
    tokens: readonly number[],
    error: string | undefined,
    outcomes: Outcome<R>[] | undefined,
  ): Outcome<R>[] | undefined {
    for (const token of tokens) {
      const tracker = this.#trackers.get(token);
      if (!tracker) continue;
      if (error !== undefined) {
        this.#trackers.delete(token);
        (outcomes ??= []).push({ replyTo: tracker.replyTo, id: tracker.id, error });
      } else if (tracker.outstanding <= 1) {
        this.#trackers.delete(token);
        (outcomes ??= []).push({ replyTo: tracker.replyTo, id: tracker.id });
      } else tracker.outstanding--;
    }
    return outcomes;
  }
}

/**
 * What the device's outputs are at: what the hardware confirmed and how often a stop failed, immutable
 * (observers compare `written` by identity and diff it: a new Map whenever it changes), and the working
 * set, which changes in place (see OutputLane).
 */
export interface OutputQueue<R> {
  /** What the hardware confirmed (a failed write forgets its outputs: their state is unknown). */
  readonly written: ReadonlyMap<string, FeatureOutput>;
  /** Batches holding a stop that failed since the last batch that was written. */
  readonly failedStops: number;
  readonly lane: OutputLane<R>;
}

export interface Outcome<R> {
  readonly replyTo: R;
  readonly id: number;
  /** Undefined: success. */
  readonly error?: string;
}

export interface Batch {
  readonly outputs: readonly FeatureOutput[];
  readonly tokens: readonly number[];
}

/** Nothing written yet (shared: `written` is never changed, only replaced). */
const NOTHING_WRITTEN: ReadonlyMap<string, FeatureOutput> = new Map();

export const emptyQueue = <R>(): OutputQueue<R> => ({
  written: NOTHING_WRITTEN,
  failedStops: 0,
  lane: new OutputLane<R>(),
});

/** Most steps answer nobody: they share this (never changed) instead of each making an empty array. */
const noOutcomes: readonly Outcome<never>[] = Object.freeze([]);

const sameOutput = (a: FeatureOutput | undefined, b: FeatureOutput): boolean =>
  a !== undefined && a.value === b.value && a.duration === b.duration;

/**
 * Queues a request's outputs (in order). Outputs already on the hardware cancel any pending change to
 * them; a request with nothing left to write is answered at once.
 */
export const enqueueOutputs = <R>(
  queue: OutputQueue<R>,
  outputs: readonly FeatureOutput[],
  replyTo: R,
  id: number,
): { queue: OutputQueue<R>; outcomes: readonly Outcome<R>[] } => ({
  queue,
  outcomes: queue.lane.enqueue(queue.written, outputs, replyTo, id),
});

/** The frame that queued the pending outputs is over (its last request said so): they can be taken now. */
export const endFrame = <R>(queue: OutputQueue<R>): OutputQueue<R> => {
  queue.lane.endFrame();
  return queue;
};

/** Takes every pending output for writing, in order; what is queued next starts a new frame. */
export const takeBatch = <R>(queue: OutputQueue<R>): { queue: OutputQueue<R>; batch: Batch } => ({
  queue,
  batch: queue.lane.take(),
});

/** A stoppable output set to zero: what a stop writes. */
export const isStopOutput = (output: FeatureOutput): boolean =>
  output.value === 0 && STOPPABLE_OUTPUTS.includes(output.type);

/**
 * Records a batch's fate: on success its values become "written"; its requests are answered when
 * complete. On failure its requests fail, and its stops are queued again (unless something newer is
 * pending for that output): a stop that did not reach the device must not leave it running.
 */
export const completeBatch = <R>(
  queue: OutputQueue<R>,
  batch: Batch,
  error?: string,
): { queue: OutputQueue<R>; outcomes: readonly Outcome<R>[] } => {
  let { written } = queue;
  let retries: FeatureOutput[] | undefined;
  if (error === undefined) {
    let landed: Map<string, FeatureOutput> | undefined;
    for (const output of batch.outputs) (landed ??= new Map(written)).set(keyOf(output), output);
    written = landed ?? written;
  } else {
    // What the hardware holds is unknown now; forget it so the next command is written for sure.
    let forgotten: Map<string, FeatureOutput> | undefined;
    for (const output of batch.outputs) {
      const key = keyOf(output);
      if (written.has(key)) (forgotten ??= new Map(written)).delete(key);
      if (isStopOutput(output) && !queue.lane.isPending(key)) (retries ??= []).push(output);
    }
    written = forgotten ?? written;
  }
  const outcomes = queue.lane.complete(batch, error, retries ?? []);
  const failedStops = error === undefined ? 0 : queue.failedStops + (batch.outputs.some(isStopOutput) ? 1 : 0);
  if (written === queue.written && failedStops === queue.failedStops) return { queue, outcomes };
  return { queue: { written, failedStops, lane: queue.lane }, outcomes };
};

/** Drops pending changes to the outputs `dropped` picks (a stop overrides them); their requests count as done. */
export const dropPending = <R>(
  queue: OutputQueue<R>,
  dropped: (output: FeatureOutput) => boolean,
): { queue: OutputQueue<R>; outcomes: readonly Outcome<R>[] } => ({ queue, outcomes: queue.lane.drop(dropped) });

/** Fails every request still waiting (the device is gone). */
export const failAll = <R>(queue: OutputQueue<R>, error: string): Outcome<R>[] => queue.lane.failAll(error);

/** Whether queueing `outputs` would leave something to write (or was something already waiting). */
export const wouldWrite = <R>(queue: OutputQueue<R>, outputs: readonly FeatureOutput[]): boolean =>
  queue.lane.wouldWrite(queue.written, outputs);

export const hasPending = <R>(queue: OutputQueue<R>): boolean => queue.lane.pendingCount > 0;

/** Something is queued and its frame is over. */
export const hasCompleteBatch = <R>(queue: OutputQueue<R>): boolean =>
  queue.lane.frameComplete && queue.lane.pendingCount > 0;
