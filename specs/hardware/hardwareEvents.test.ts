/**
 * A hardware's listeners hear every event while subscribed and nothing after, in the order they
 * subscribed, however subscriptions come and go (one listener is held without a Set, more in one).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HardwareEvents, type HardwareEvent } from '../../hardware/hardware.js';

type Step = { on: number } | { off: number } | { emit: true };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ on: fc.integer({ min: 0, max: 2 }) }),
  fc.record({ off: fc.integer({ min: 0, max: 2 }) }),
  fc.constant({ emit: true as const }),
);

describe('HardwareEvents', () => {
  it('delivers each event to exactly the listeners subscribed, as a Set of them would', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const events = new HardwareEvents();
        const heard: number[] = [];
        const listeners = [0, 1, 2].map((n) => () => heard.push(n));
        const stops = new Map<number, () => void>();
        const model = new Set<number>();
        const expected: number[] = [];
        const event: HardwareEvent = { type: 'disconnected', reason: 'test' };
        for (const s of steps) {
          if ('on' in s) {
            stops.set(s.on, events.on(listeners[s.on]!));
            model.add(s.on);
          } else if ('off' in s) {
            stops.get(s.off)?.();
            model.delete(s.off);
          } else {
            events.emit(event);
            expected.push(...model);
          }
        }
        expect(heard).toEqual(expected);
      }),
    );
  });

  it('lets a listener unsubscribe while it hears', () => {
    const events = new HardwareEvents();
    let heard = 0;
    const stop = events.on(() => {
      heard++;
      stop();
    });
    events.emit({ type: 'disconnected', reason: 'a' });
    events.emit({ type: 'disconnected', reason: 'b' });
    expect(heard).toBe(1);
  });
});
