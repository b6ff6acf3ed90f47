/** TestClock: timers fire in due order, once, at their time; cleared ones never; advances queue up. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TestClock } from '../../actors/testing/testClock.js';

describe('TestClock', () => {
  it('fires every timer due within an advance, in due order (ties in the order set), at its own time', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ delay: fc.integer({ min: 0, max: 1_000 }), cleared: fc.boolean() }), { maxLength: 20 }),
        fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 5 }),
        async (timers, steps) => {
          const clock = new TestClock();
          const fired: { index: number; at: number }[] = [];
          const ids = timers.map((timer, index) =>
            clock.setTimeout(() => fired.push({ index, at: clock.now() }), timer.delay),
          );
          timers.forEach((timer, i) => timer.cleared && clock.clearTimeout(ids[i]));
          for (const step of steps) await clock.advance(step);
          const end = steps.reduce((a, b) => a + b, 0);
          const expected = timers
            .map((timer, index) => ({ index, at: timer.delay, cleared: timer.cleared }))
            .filter((timer) => !timer.cleared && timer.at <= end)
            .sort((a, b) => a.at - b.at || a.index - b.index)
            .map(({ index, at }) => ({ index, at }));
          expect(fired).toEqual(expected);
          expect(clock.now()).toBe(end);
        },
      ),
    );
  });

  it('fires timers that timers set, within the same advance', async () => {
    const clock = new TestClock();
    const fired: number[] = [];
    const tick = () => {
      fired.push(clock.now());
      if (fired.length < 5) clock.setTimeout(tick, 100);
    };
    clock.setTimeout(tick, 100);
    await clock.advance(450);
    expect(fired).toEqual([100, 200, 300, 400]);
    await clock.advance(50);
    expect(fired).toEqual([100, 200, 300, 400, 500]);
  });

  it('lets promise work finish between timers, and refuses to go back in time', async () => {
    const clock = new TestClock();
    const order: string[] = [];
    clock.setTimeout(() => void Promise.resolve().then(() => order.push('after first')), 10);
    clock.setTimeout(() => order.push('second'), 10);
    await clock.advance(10);
    expect(order).toEqual(['after first', 'second']);
    await expect(clock.advance(-1)).rejects.toThrow(RangeError);
    const slept = clock.sleep(30).then(() => clock.now());
    await clock.advance(30);
    expect(await slept).toBe(40);
  });
});
