import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  completeBatch,
  dropPending,
  emptyQueue,
  enqueueOutputs,
  failAll,
  outputKey,
  takeBatch,
  wouldWrite,
  type OutputQueue,
  type Outcome,
} from '../../machines/device/outputQueue.js';
import type { ResolvedFeature } from '../../protocols/config/resolvedDevice.js';
import type { FeatureOutput } from '../../protocols/devices/shared/deviceProtocol.js';

const features: ResolvedFeature[] = [0, 1, 2].map((index) => ({
  id: `f${index}`,
  index,
  description: '',
  outputs: [{ type: 'Vibrate', base: [0, 5], reverse: false, disabled: false }],
  inputs: {},
}));

const output = (feature: number, value: number): FeatureOutput => ({
  feature: features[feature]!,
  type: 'Vibrate',
  value,
});

type Op =
  | { kind: 'request'; id: number; outputs: FeatureOutput[] }
  | { kind: 'flush'; fail: boolean }
  | { kind: 'stop'; feature: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('request' as const),
    id: fc.integer({ min: 1, max: 1000 }),
    outputs: fc.array(
      fc.tuple(fc.nat({ max: 2 }), fc.nat({ max: 5 })).map(([f, v]) => output(f, v)),
      { minLength: 1, maxLength: 3 },
    ),
  }),
  fc.record({ kind: fc.constant('flush' as const), fail: fc.boolean() }),
  fc.record({ kind: fc.constant('stop' as const), feature: fc.nat({ max: 2 }) }),
);

/** Plays operations; returns every outcome and what the "hardware" received. */
const play = (ops: Op[]) => {
  let queue: OutputQueue<string> = emptyQueue();
  const outcomes: Outcome<string>[] = [];
  const hardware = new Map<string, number>();
  const requested: number[] = [];
  for (const step of ops) {
    if (step.kind === 'request') {
      requested.push(step.id);
      const result = enqueueOutputs(queue, step.outputs, 'client', step.id);
      queue = result.queue;
      outcomes.push(...result.outcomes);
    } else if (step.kind === 'stop') {
      const result = dropPending(queue, (output) => output.feature.index === step.feature);
      queue = result.queue;
      outcomes.push(...result.outcomes);
    } else {
      const { queue: taken, batch } = takeBatch(queue);
      if (!step.fail) for (const o of batch.outputs) hardware.set(outputKey(o.feature.index, o.type), o.value);
      const result = completeBatch(taken, batch, step.fail ? 'boom' : undefined);
      queue = result.queue;
      outcomes.push(...result.outcomes);
    }
  }
  // Drain: everything still pending gets written.
  const { queue: taken, batch } = takeBatch(queue);
  for (const o of batch.outputs) hardware.set(outputKey(o.feature.index, o.type), o.value);
  outcomes.push(...completeBatch(taken, batch).outcomes);
  return { outcomes, hardware, requested };
};

describe('the output queue', () => {
  it('answers every request exactly once', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        const { outcomes, requested } = play(ops);
        expect(outcomes.map((o) => o.id).sort((a, b) => a - b)).toEqual([...requested].sort((a, b) => a - b));
      }),
    );
  });

  it('says beforehand whether queueing a request leaves something to write, whatever is pending or in flight', () => {
    fc.assert(
      fc.property(
        fc.array(op, { maxLength: 30 }),
        fc.array(
          fc.tuple(fc.nat({ max: 2 }), fc.nat({ max: 5 })).map(([f, v]) => output(f, v)),
          { minLength: 1, maxLength: 3 },
        ),
        fc.boolean(),
        (ops, outputs, inFlight) => {
          let queue: OutputQueue<string> = emptyQueue();
          for (const step of ops) {
            if (step.kind === 'request') queue = enqueueOutputs(queue, step.outputs, 'c', step.id).queue;
            else if (step.kind === 'stop') queue = dropPending(queue, (o) => o.feature.index === step.feature).queue;
            else {
              const { queue: taken, batch } = takeBatch(queue);
              queue = completeBatch(taken, batch, step.fail ? 'boom' : undefined).queue;
            }
          }
          if (inFlight) queue = takeBatch(queue).queue;
          const predicted = wouldWrite(queue, outputs);
          queue = enqueueOutputs(queue, outputs, 'c', 9999).queue;
          expect(predicted).toBe(takeBatch(queue).batch.outputs.length > 0);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('leaves the hardware at the latest value requested for each output when nothing failed or was stopped', () => {
    fc.assert(
      fc.property(
        fc.array(
          op.filter((o) => o.kind === 'request' || (o.kind === 'flush' && !o.fail)),
          { maxLength: 30 },
        ),
        (ops) => {
          const { hardware } = play(ops);
          const latest = new Map<string, number>();
          for (const step of ops)
            if (step.kind === 'request')
              for (const o of step.outputs) latest.set(outputKey(o.feature.index, o.type), o.value);
          for (const [key, value] of latest) expect(hardware.get(key)).toBe(value);
        },
      ),
    );
  });

  it('writes a stop again when its write failed: an output last asked to stop ends at zero', () => {
    fc.assert(
      fc.property(
        fc.array(
          op.filter((o) => o.kind !== 'stop'),
          { maxLength: 30 },
        ),
        (ops) => {
          const { hardware } = play(ops);
          const latest = new Map<string, number>();
          for (const step of ops)
            if (step.kind === 'request')
              for (const o of step.outputs) latest.set(outputKey(o.feature.index, o.type), o.value);
          for (const [key, value] of latest) if (value === 0) expect(hardware.get(key) ?? 0).toBe(0);
        },
      ),
      // (A failed stop that nothing follows is a rare sequence: look at many.)
      { numRuns: 2_000 },
    );
  });

  it('retries only stops, without their requests (those were answered with the failure), and not over a newer value', () => {
    let queue = emptyQueue<string>();
    queue = enqueueOutputs(queue, [output(0, 0), output(1, 4), output(2, 0)], 'c', 1).queue;
    const { queue: taken, batch } = takeBatch(queue);
    // A newer value for feature 2 arrives while the batch is in flight.
    const newer = enqueueOutputs(taken, [output(2, 3)], 'c', 2).queue;
    const failed = completeBatch(newer, batch, 'radio');
    expect(failed.outcomes).toEqual([{ replyTo: 'c', id: 1, error: 'radio' }]);
    const retry = takeBatch(failed.queue).batch;
    expect(retry.outputs.map((o) => [o.feature.index, o.value])).toEqual([
      [2, 3],
      [0, 0],
    ]);
    expect(retry.tokens).toHaveLength(1);
  });

  it('ends at the latest value even when requests arrive while a write is in flight', () => {
    // A write starts (take), requests arrive, then it lands: a value equal to what the hardware held
    // before the write in flight (a stop, say) must still be sent after it.
    type Step = { kind: 'request'; outputs: FeatureOutput[] } | { kind: 'take' } | { kind: 'land' };
    const step: fc.Arbitrary<Step> = fc.oneof(
      fc.record({
        kind: fc.constant('request' as const),
        outputs: fc.array(
          fc.tuple(fc.nat({ max: 1 }), fc.nat({ max: 2 })).map(([f, v]) => output(f, v)),
          { minLength: 1, maxLength: 2 },
        ),
      }),
      fc.constant({ kind: 'take' as const }),
      fc.constant({ kind: 'land' as const }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        let queue = emptyQueue<string>();
        let inFlight: ReturnType<typeof takeBatch<string>>['batch'] | undefined;
        const hardware = new Map<string, number>();
        const latest = new Map<string, number>();
        const land = () => {
          if (!inFlight) return;
          for (const o of inFlight.outputs) hardware.set(outputKey(o.feature.index, o.type), o.value);
          queue = completeBatch(queue, inFlight).queue;
          inFlight = undefined;
        };
        const take = () => {
          if (inFlight) return;
          ({ queue, batch: inFlight } = takeBatch(queue));
        };
        steps.forEach((s, id) => {
          if (s.kind === 'request') {
            for (const o of s.outputs) latest.set(outputKey(o.feature.index, o.type), o.value);
            queue = enqueueOutputs(queue, s.outputs, 'c', id).queue;
          } else if (s.kind === 'take') take();
          else land();
        });
        land();
        take();
        land();
        for (const [key, value] of latest) expect(hardware.get(key) ?? 0).toBe(value);
      }),
      { numRuns: 1_000 },
    );
  });

  it('never re-sends what the hardware already has', () => {
    let queue = emptyQueue<string>();
    queue = enqueueOutputs(queue, [output(0, 3)], 'c', 1).queue;
    const { queue: taken, batch } = takeBatch(queue);
    queue = completeBatch(taken, batch).queue;
    const again = enqueueOutputs(queue, [output(0, 3)], 'c', 2);
    expect(again.outcomes).toEqual([{ replyTo: 'c', id: 2 }]);
    expect(takeBatch(again.queue).batch.outputs).toEqual([]);
  });

  it('moves a changed output to the back of the batch and lets later requests supersede earlier ones', () => {
    let queue = emptyQueue<string>();
    queue = enqueueOutputs(queue, [output(0, 1), output(1, 1)], 'c', 1).queue;
    queue = enqueueOutputs(queue, [output(0, 2)], 'c', 2).queue;
    const { batch } = takeBatch(queue);
    expect(batch.outputs.map((o) => [o.feature.index, o.value])).toEqual([
      [1, 1],
      [0, 2],
    ]);
  });

  it('fails every waiting request when the device goes away', () => {
    let queue = emptyQueue<string>();
    queue = enqueueOutputs(queue, [output(0, 1)], 'a', 1).queue;
    queue = enqueueOutputs(queue, [output(1, 1)], 'b', 2).queue;
    expect(failAll(queue, 'gone')).toEqual([
      { replyTo: 'a', id: 1, error: 'gone' },
      { replyTo: 'b', id: 2, error: 'gone' },
    ]);
  });
});
