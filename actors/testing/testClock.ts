/**
 * A clock tests move by hand. It is xstate's `Clock` (give it to `ButtplugServerOptions.clock`), so
 * every timer of the engine's actor system waits on it: ping timeouts, message gaps, keepalives,
 * device reconnect backoffs, DCM restart backoffs, shutdown deadlines. `advance(ms)` fires what falls
 * due in time order, and lets the engine run (promises, I/O callbacks) after each one, so a timer
 * that schedules another, or a write that completes after a gap, happens as it would in real time,
 * only without the waiting.
 */

interface Timer {
  readonly id: number;
  readonly due: number;
  readonly fn: () => void;
}

/** Lets everything already queued run: promise jobs, then a turn of the event loop, a few times. */
const settle = async (turns: number): Promise<void> => {
  for (let i = 0; i < turns; i++) await new Promise<void>((resolve) => setImmediate(resolve));
};

export class TestClock {
  private time = 0;
  private nextId = 1;
  private timers: Timer[] = [];
  private advancing: Promise<void> = Promise.resolve();

  /** Milliseconds since the clock was made. */
  now(): number {
    return this.time;
  }

  setTimeout(fn: (...args: unknown[]) => void, timeout: number): number {
    const id = this.nextId++;
    this.timers.push({ id, due: this.time + Math.max(0, timeout), fn: () => fn() });
    return id;
  }

  clearTimeout(id: unknown): void {
    this.timers = this.timers.filter((timer) => timer.id !== id);
  }

  /** Resolves after `ms` on this clock (for fault injection: slow writes, slow handshakes). */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.setTimeout(() => resolve(), ms));
  }

  /** Timers waiting, and when the next one is due. */
  get pending(): { readonly count: number; readonly nextDue: number | undefined } {
    const next = this.timers.reduce<number | undefined>(
      (min, t) => (min === undefined ? t.due : Math.min(min, t.due)),
      undefined,
    );
    return { count: this.timers.length, nextDue: next };
  }

  /**
   * Moves time forward by `ms`, firing every timer that falls due on the way, earliest first (ties in
   * the order they were set), and letting the engine react after each. Calls queue up: two advances
   * started together run one after the other.
   */
  advance(ms: number): Promise<void> {
    if (!(ms >= 0)) return Promise.reject(new RangeError(`advance(${ms}): time only moves forward`));
    const run = this.advancing.then(() => this.runUntil(this.time + ms));
    this.advancing = run.catch(() => {});
    return run;
  }

  /** Lets the engine react to what already happened, without moving time. */
  settle(): Promise<void> {
    return this.advance(0);
  }

  private async runUntil(target: number): Promise<void> {
    await settle(3);
    for (;;) {
      const next = this.earliestDueBy(target);
      if (!next) break;
      this.timers = this.timers.filter((timer) => timer !== next);
      this.time = next.due;
      next.fn();
      await settle(3);
    }
    this.time = target;
    await settle(3);
  }

  private earliestDueBy(target: number): Timer | undefined {
    let best: Timer | undefined;
    for (const timer of this.timers) if (timer.due <= target && (!best || timer.due < best.due)) best = timer;
    return best;
  }
}
