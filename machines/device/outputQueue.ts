/**
 * The command lifecycle of one device's outputs, as pure data transformations the device machine's
 * actions call. Per output (feature + output type) it keeps the value last written and at most one
 * pending value: latest wins, and a value equal to what the hardware already has is never re-sent.
 * A client request is answered once every output it set has been written (or superseded), or fails
 * with the write that failed.
 */
import { STOPPABLE_OUTPUTS, type OutputType } from '../../protocols/buttplug/featureTypes.js';
import type { FeatureOutput } from '../../protocols/devices/shared/deviceProtocol.js';

export const outputKey = (featureIndex: number, type: OutputType): string => `${featureIndex}/${type}`;

/** Who waits for a request's outcome; `outstanding` counts its outputs not written yet. */
export interface ReplyTracker<R> {
  readonly replyTo: R;
  readonly id: number;
  readonly outstanding: number;
}

export interface PendingOutput {
  readonly output: FeatureOutput;
  /** Requests whose answer depends on this write (superseded requests join the newest). */
  readonly tokens: readonly number[];
}

export interface OutputQueue<R> {
  /** What the hardware confirmed (a failed write forgets its outputs: their state is unknown). */
  readonly written: ReadonlyMap<string, FeatureOutput>;
  /** What the batch in flight sets: the hardware will hold it once the write lands. */
  readonly sending: ReadonlyMap<string, FeatureOutput>;
  readonly pending: ReadonlyMap<string, PendingOutput>;
  readonly trackers: ReadonlyMap<number, ReplyTracker<R>>;
  readonly nextToken: number;
  /** The request that ended its frame has been queued: nothing more of that frame will join the batch. */
  readonly frameComplete: boolean;
  /** Batches holding a stop that failed since the last batch that was written. */
  readonly failedStops: number;
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

export const emptyQueue = <R>(): OutputQueue<R> => ({
  written: new Map(),
  sending: new Map(),
  pending: new Map(),
  trackers: new Map(),
  nextToken: 1,
  frameComplete: false,
  failedStops: 0,
});

const sameOutput = (a: FeatureOutput | undefined, b: FeatureOutput): boolean =>
  a !== undefined && a.value === b.value && a.duration === b.duration;

/** Marks one output of each token done; returns the trackers that finished. */
const settle = <R>(
  trackers: Map<number, ReplyTracker<R>>,
  tokens: readonly number[],
  error: string | undefined,
  outcomes: Outcome<R>[],
): void => {
  for (const token of tokens) {
    const tracker = trackers.get(token);
    if (!tracker) continue;
    if (error !== undefined) {
      trackers.delete(token);
      outcomes.push({ replyTo: tracker.replyTo, id: tracker.id, error });
    } else if (tracker.outstanding <= 1) {
      trackers.delete(token);
      outcomes.push({ replyTo: tracker.replyTo, id: tracker.id });
    } else {
      trackers.set(token, { ...tracker, outstanding: tracker.outstanding - 1 });
    }
  }
};

/**
 * Queues a request's outputs (in order). Outputs already on the hardware cancel any pending change to
 * them; a request with nothing left to write is answered at once.
 */
export const enqueueOutputs = <R>(
  queue: OutputQueue<R>,
  outputs: readonly FeatureOutput[],
  replyTo: R,
  id: number,
): { queue: OutputQueue<R>; outcomes: Outcome<R>[] } => {
  const token = queue.nextToken;
  const pending = new Map(queue.pending);
  const trackers = new Map(queue.trackers);
  const outcomes: Outcome<R>[] = [];
  let outstanding = 0;
  for (const output of outputs) {
    const key = outputKey(output.feature.index, output.type);
    const previous = pending.get(key);
    pending.delete(key);
    // Earlier requests waiting on this output now wait on (or are satisfied by) this newer value.
    const others = previous?.tokens.filter((t) => t !== token) ?? [];
    const counted = previous?.tokens.includes(token) ?? false;
    // Against what the hardware will hold: a value equal to the one in flight is not sent again, but one
    // equal to what was written before the write in flight (a stop, say) must be.
    if (sameOutput(queue.sending.get(key) ?? queue.written.get(key), output)) {
      // The hardware already has this value: the superseded pending change is simply dropped.
      settle(trackers, others, undefined, outcomes);
      if (counted) outstanding--;
      continue;
    }
    // Re-inserting moves the output to the back: newest changes are written last.
    pending.set(key, { output, tokens: [...others, token] });
    if (!counted) outstanding++;
  }
  if (outstanding > 0) trackers.set(token, { replyTo, id, outstanding });
  else outcomes.push({ replyTo, id });
  return { queue: { ...queue, pending, trackers, nextToken: token + 1 }, outcomes };
};

/** The frame that queued the pending outputs is over (its last request said so): they can be taken now. */
export const endFrame = <R>(queue: OutputQueue<R>): OutputQueue<R> =>
  queue.frameComplete ? queue : { ...queue, frameComplete: true };

/** Takes every pending output for writing, in order; what is queued next starts a new frame. */
export const takeBatch = <R>(queue: OutputQueue<R>): { queue: OutputQueue<R>; batch: Batch } => {
  const entries = [...queue.pending.values()];
  const sending = new Map<string, FeatureOutput>();
  for (const [key, entry] of queue.pending) sending.set(key, entry.output);
  return {
    queue: { ...queue, pending: new Map(), sending, frameComplete: false },
    batch: { outputs: entries.map((e) => e.output), tokens: entries.flatMap((e) => e.tokens) },
  };
};

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
): { queue: OutputQueue<R>; outcomes: Outcome<R>[] } => {
  const trackers = new Map(queue.trackers);
  const outcomes: Outcome<R>[] = [];
  const written = new Map(queue.written);
  let pending = queue.pending;
  if (error === undefined) {
    for (const output of batch.outputs) written.set(outputKey(output.feature.index, output.type), output);
  } else {
    // What the hardware holds is unknown now; forget it so the next command is written for sure.
    for (const output of batch.outputs) written.delete(outputKey(output.feature.index, output.type));
    const retries = batch.outputs.filter(
      (output) => isStopOutput(output) && !queue.pending.has(outputKey(output.feature.index, output.type)),
    );
    if (retries.length > 0) {
      const again = new Map(pending);
      for (const output of retries) again.set(outputKey(output.feature.index, output.type), { output, tokens: [] });
      pending = again;
    }
  }
  settle(trackers, batch.tokens, error, outcomes);
  const failedStops = error === undefined ? 0 : queue.failedStops + (batch.outputs.some(isStopOutput) ? 1 : 0);
  return { queue: { ...queue, written, pending, trackers, sending: new Map(), failedStops }, outcomes };
};

/** Drops pending changes to the outputs `dropped` picks (a stop overrides them); their requests count as done. */
export const dropPending = <R>(
  queue: OutputQueue<R>,
  dropped: (output: FeatureOutput) => boolean,
): { queue: OutputQueue<R>; outcomes: Outcome<R>[] } => {
  const pending = new Map(queue.pending);
  const trackers = new Map(queue.trackers);
  const outcomes: Outcome<R>[] = [];
  for (const [key, entry] of queue.pending) {
    if (!dropped(entry.output)) continue;
    pending.delete(key);
    settle(trackers, entry.tokens, undefined, outcomes);
  }
  return { queue: { ...queue, pending, trackers }, outcomes };
};

/** Fails every request still waiting (the device is gone). */
export const failAll = <R>(queue: OutputQueue<R>, error: string): Outcome<R>[] =>
  [...queue.trackers.values()].map((tracker) => ({ replyTo: tracker.replyTo, id: tracker.id, error }));

export const hasPending = <R>(queue: OutputQueue<R>): boolean => queue.pending.size > 0;

/** Something is queued and its frame is over. */
export const hasCompleteBatch = <R>(queue: OutputQueue<R>): boolean => queue.frameComplete && queue.pending.size > 0;
