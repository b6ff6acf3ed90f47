/**
 * The write cycle's own vocabulary, added to the device's (deviceSetup.ts): how a batch is taken from the
 * output queue and put in flight, and how the hardware's answer finishes it. Each transition of the cycle
 * assigns the device's context once: a command to an idle device that takes writes back to back is
 * queued, encoded and started by one plain `assign` (`queueAndWrite`), and a landed write is finished, and
 * the next batch started if one waits, by one action (`finishAndStartBatch`).
 */
import { assign, enqueueActions } from 'xstate';
import {
  answer,
  cancelMotion,
  deviceSetup,
  encoderOf,
  gapOf,
  KEEPALIVE_TIMER,
  keepsAlive,
  linkOf,
  nothingInFlight,
  type Enqueue,
} from './deviceSetup.js';
import type * as Device from './deviceTypes.js';
import * as Queue from './outputQueue.js';
import * as Outputs from './outputRequests.js';

type Context = Device.DeviceContext;

/**
 * What waits goes in flight: taken from the queue (which changes in place), encoded, numbered. An encoder
 * that refuses a batch it validated on arrival is a protocol bug: nothing is written, and the batch's
 * requests fail when the hardware answers the empty write (`failure`), rather than hang.
 */
const batchInFlight = (
  context: Context,
  queue = context.queue,
): Pick<Context, 'protocolState' | 'inFlight' | 'writeSeq'> => {
  const seq = context.writeSeq + 1;
  const { batch } = Queue.takeBatch(queue);
  const encoded = Outputs.encodeBatch(encoderOf(context), batch);
  if (!encoded.ok) {
    const inFlight = { ...nothingInFlight, seq, batch, failure: encoded.reason };
    return { protocolState: context.protocolState, inFlight, writeSeq: seq };
  }
  const inFlight = { seq, batch, writes: encoded.writes, delayed: encoded.delayed };
  return { protocolState: encoded.state, inFlight, writeSeq: seq };
};

/** The frame's last command to an idle device with no gap, accepted, leaving something to write. */
const writesNow = (context: Context, { request, endsFrame }: Device.DeviceRequestEvent): boolean => {
  if (request.kind !== 'output' || !endsFrame || gapOf(context) > 0 || Queue.hasPending(context.queue)) return false;
  const checked = Outputs.checkOutputRequest(encoderOf(context), request);
  return checked.ok && Queue.wouldWrite(context.queue, checked.outputs);
};

/** The features a batch sets: a motion playing on any of them is cancelled. */
const featuresOf = (batch: Queue.Batch) => batch.outputs.map((output) => output.feature.index);

/** Queues a command `writesNow` let through: accepted, with nothing waiting, so nobody is answered now. */
const queueAccepted = (context: Context, { request, replyTo }: Device.DeviceRequestEvent): void => {
  const checked = request.kind === 'output' && Outputs.checkOutputRequest(encoderOf(context), request);
  if (checked && checked.ok) Queue.enqueueOutputs(context.queue, checked.outputs, replyTo, request.id);
};

/** What waits goes in flight, and a motion on the features it sets stops: the context to assign. */
const startedBatch = (context: Context, enqueue: Enqueue) => {
  const next = batchInFlight(context);
  return { ...next, motion: cancelMotion(enqueue, context.motion, featuresOf(next.inFlight!.batch)) };
};

/**
 * The write in flight landed (or, with `failure`, was never written): its requests' outcomes, and the
 * rest of a timed motion (a stroke) playing in a child, which a newer command or a stop cancels.
 */
const finishInFlight = (context: Context, enqueue: Enqueue) => {
  const { seq, batch, writes, delayed, failure } = context.inFlight ?? nothingInFlight;
  if (failure !== undefined)
    enqueue(() => context.logger.error({ reason: failure }, 'encoder refused a validated batch'));
  const { queue, outcomes } = Queue.completeBatch(context.queue, batch, failure);
  // The hardware took a write: a keepalive interval starts over.
  if (keepsAlive(context)) enqueue.sendTo(KEEPALIVE_TIMER, { type: 'wrote' });
  let { motion } = context;
  if (delayed.length > 0) {
    if (motion) enqueue.stopChild(motion.id);
    const id = `motion-${seq}`;
    const { hardware } = linkOf(context);
    enqueue.spawnChild('motion', {
      id,
      input: { hardware, writes: delayed, timeoutMs: context.timeouts.writeMs, logger: context.logger },
    });
    motion = { id, features: featuresOf(batch) };
  }
  return { queue, outcomes, motion, lastWrite: writes.at(-1) ?? context.lastWrite };
};

export const writeCycleSetup = deviceSetup.extend({
  guards: {
    /**
     * An accepted output that ends its frame, to an idle device with no gap, leaving something to write,
     * and no timed motion playing that it might have to cancel (see `writesAtOnceOverMotion`). Nothing
     * waits in `idle` (its eventless transitions take anything queued), so queueing it answers nobody at
     * once: which is what lets `queueAndWrite` be one plain `assign`.
     */
    writesAtOnce: ({ context }, event: Device.DeviceRequestEvent) => !context.motion && writesNow(context, event),
    /** The same, while a timed motion (a stroke) plays on: the command may have to stop it. */
    writesAtOnceOverMotion: ({ context }, event: Device.DeviceRequestEvent) =>
      !!context.motion && writesNow(context, event),
    /** The hardware answered the write in flight, and more waits to go out after it. */
    landedWithMore: ({ context }, { seq }: { seq: number }) =>
      context.inFlight?.seq === seq && Queue.hasPending(context.queue),
  },
  actions: {
    /** The frame's last command to an idle gap-0 device (see `writesAtOnce`): queued and put in flight. */
    queueAndWrite: assign(({ context }, event: Device.DeviceRequestEvent) => {
      queueAccepted(context, event);
      return batchInFlight(context);
    }),
    /** ...and a motion on the features it sets stops. */
    queueAndWriteOverMotion: enqueueActions(({ context, enqueue }, event: Device.DeviceRequestEvent) => {
      queueAccepted(context, event);
      enqueue.assign(startedBatch(context, enqueue));
    }),
    /** What waits goes out (after the end of its frame, or a gap); a motion on its features stops. */
    prepareBatch: enqueueActions(({ context, enqueue }) => enqueue.assign(startedBatch(context, enqueue))),
    /** The write in flight landed: its requests are answered, and a timed motion it began plays on. */
    finishBatch: enqueueActions(({ context, enqueue }) => {
      const finished = finishInFlight(context, enqueue);
      enqueue.assign({
        queue: finished.queue,
        inFlight: undefined,
        lastWrite: finished.lastWrite,
        motion: finished.motion,
      });
      answer(enqueue, finished.outcomes);
    }),
    /** ...and, with no gap to wait, what waited behind it goes out in the same step. */
    finishAndStartBatch: enqueueActions(({ context, enqueue }) => {
      const finished = finishInFlight(context, enqueue);
      const next = batchInFlight(context, finished.queue);
      const motion = cancelMotion(enqueue, finished.motion, featuresOf(next.inFlight!.batch));
      enqueue.assign({ queue: finished.queue, lastWrite: finished.lastWrite, ...next, motion });
      answer(enqueue, finished.outcomes);
    }),
    failBatch: enqueueActions(({ context, enqueue }, { error }: { error: string }) => {
      const { batch } = context.inFlight ?? nothingInFlight;
      // Its stops are queued again by completeBatch, which counts them; `stopKeepsFailing` bounds how often.
      const { queue, outcomes } = Queue.completeBatch(context.queue, batch, error);
      enqueue.assign({ queue, inFlight: undefined });
      answer(enqueue, outcomes);
    }),
  },
});
