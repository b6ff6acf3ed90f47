/** The ping watchdog alone, on a simulated clock. */
import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';
import { pingTimerMachine } from '../../machines/pingTimerMachine.js';

const start = (maxPingTime: number) => {
  const clock = new SimulatedClock();
  const actor = createActor(pingTimerMachine, { clock, input: { maxPingTime } }).start();
  return { clock, actor };
};

describe('the ping timer', () => {
  it('stays off with MaxPingTime 0, however long nobody pings', () => {
    const { clock, actor } = start(0);
    clock.increment(24 * 60 * 60 * 1_000);
    expect(actor.getSnapshot().value).toBe('off');
    expect(actor.getSnapshot().status).toBe('active');
  });

  it('expires MaxPingTime after the last ping, and each ping starts the wait over', () => {
    const { clock, actor } = start(100);
    clock.increment(99);
    actor.send({ type: 'ping' });
    clock.increment(99);
    actor.send({ type: 'ping' });
    clock.increment(99);
    expect(actor.getSnapshot().status).toBe('active');
    clock.increment(1);
    expect(actor.getSnapshot().value).toBe('expired');
    expect(actor.getSnapshot().status).toBe('done');
  });
});
