/**
 * Real time that a test can jump forward: the engine's timers (xstate's clock) run on their own as
 * usual, and `jump(ms)` makes `ms` pass at once, firing every timer that falls due on the way, earliest
 * first. The whole-engine model test runs on real time (devices, sockets and its own waits), so a
 * fully simulated clock would freeze it; this one only skips a wait the test chooses, such as a
 * client's ping allowance, without waiting it out.
 */

interface Timer {
  readonly due: number;
  readonly fn: () => void;
  readonly real: ReturnType<typeof setTimeout>;
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

export class JumpClock {
  private skipped = 0;
  private nextId = 1;
  private readonly timers = new Map<number, Timer>();

  /** Real time plus every jump so far. */
  now(): number {
    return performance.now() + this.skipped;
  }

  setTimeout(fn: (...args: unknown[]) => void, timeout: number): number {
    const id = this.nextId++;
    const delay = Math.max(0, timeout);
    const real = setTimeout(() => {
      this.timers.delete(id);
      fn();
    }, delay);
    this.timers.set(id, { due: this.now() + delay, fn: () => fn(), real });
    return id;
  }

  clearTimeout(id: unknown): void {
    const timer = this.timers.get(id as number);
    if (!timer) return;
    clearTimeout(timer.real);
    this.timers.delete(id as number);
  }

  /** Makes `ms` pass now: what falls due fires, earliest first, with the engine reacting after each. */
  async jump(ms: number): Promise<void> {
    this.skipped += ms;
    const target = this.now();
    for (;;) {
      let next: [number, Timer] | undefined;
      for (const entry of this.timers)
        if (entry[1].due <= target && (!next || entry[1].due < next[1].due)) next = entry;
      if (!next) return;
      const [id, timer] = next;
      clearTimeout(timer.real);
      this.timers.delete(id);
      timer.fn();
      await turn();
    }
  }
}
