import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InputType } from '../../protocols/buttplug/featureTypes.js';
import {
  endListening,
  isLastListener,
  join,
  leave,
  listenersOf,
  noSubscriptions,
  openStreams,
  otherStreams,
  type Subscriptions,
} from '../../machines/device/sensorSubscriptions.js';

type Op =
  | { kind: 'join'; featureIndex: number; type: InputType; session: string }
  | { kind: 'leave'; featureIndex: number; type: InputType; session: string }
  | { kind: 'end'; session?: string | undefined; featureIndexes?: number[] | undefined };

const stream = fc.record({
  featureIndex: fc.integer({ min: 0, max: 2 }),
  type: fc.constantFrom<InputType>('Pressure', 'Button'),
});
const session = fc.constantFrom('a', 'b', 'c');
const op: fc.Arbitrary<Op> = fc.oneof(
  fc
    .record({ kind: fc.constantFrom('join' as const, 'leave' as const), session })
    .chain((o) => stream.map((s) => ({ ...o, ...s }))),
  fc.record(
    {
      kind: fc.constant('end' as const),
      session,
      featureIndexes: fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 2 }),
    },
    { requiredKeys: ['kind'] },
  ),
);

const keyOf = (s: { featureIndex: number; type: InputType }) => `${s.featureIndex} ${s.type}`;

describe('sensor subscriptions', () => {
  it('property: agree with a map of sets under any joins, leaves and session ends, and report exactly the streams that closed', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        let registry: Subscriptions<string> = noSubscriptions;
        const model = new Map<string, Set<string>>();
        for (const step of ops) {
          if (step.kind === 'join') {
            registry = join(registry, step, step.session);
            model.set(keyOf(step), new Set(model.get(keyOf(step))).add(step.session));
          } else if (step.kind === 'leave') {
            const last = isLastListener(registry, step, step.session);
            const listeners = model.get(keyOf(step)) ?? new Set();
            expect(last).toBe(listeners.size === 1 && listeners.has(step.session));
            registry = leave(registry, step, step.session);
            listeners.delete(step.session);
          } else {
            const before = new Set(openStreams(registry).map(keyOf));
            const ended = endListening(registry, step.session, step.featureIndexes);
            registry = ended.subscriptions;
            for (const [key, listeners] of model) {
              const featureIndex = Number(key.split(' ')[0]);
              if (step.featureIndexes && !step.featureIndexes.includes(featureIndex)) continue;
              if (step.session === undefined) listeners.clear();
              else listeners.delete(step.session);
            }
            const after = new Set(openStreams(registry).map(keyOf));
            expect(ended.closed.map(keyOf).sort()).toEqual([...before].filter((key) => !after.has(key)).sort());
          }
          for (const [key, listeners] of model) if (listeners.size === 0) model.delete(key);
          // Same listeners per stream, and no stream kept open for nobody.
          expect(new Set(openStreams(registry).map(keyOf))).toEqual(new Set(model.keys()));
          for (const open of openStreams(registry)) {
            expect(new Set(listenersOf(registry, open))).toEqual(model.get(keyOf(open)));
            expect(otherStreams(registry, open).map(keyOf)).not.toContain(keyOf(open));
          }
        }
      }),
    );
  });

  it('keeps an open stream in its place when its listeners change', () => {
    const pressure = { featureIndex: 0, type: 'Pressure' as const };
    const button = { featureIndex: 1, type: 'Button' as const };
    let registry: Subscriptions<string> = join(join(noSubscriptions, pressure, 'a'), button, 'a');
    registry = join(registry, pressure, 'b');
    registry = leave(registry, pressure, 'a');
    expect(openStreams(registry)).toEqual([pressure, button]);
    expect(otherStreams(registry, pressure)).toEqual([button]);
  });
});
