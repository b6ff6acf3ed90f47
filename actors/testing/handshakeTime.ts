/**
 * How `scan()` lets test time pass while devices connect. A handshake's replies take a moment (a
 * Lovense answers `DeviceType;` 1 ms after the question): the clock is moved to them at once. A
 * handshake may also wait on its own protocol's clock (the Cowgirl Cone's 3 s wake-up, a silence a
 * protocol sits out): once the engine has sat idle for a few turns of the event loop with a device
 * still mid-handshake, the clock is moved to that wait, up to a bound per scan. Never while the test
 * slowed something down itself (slow writes, a slow handshake, a write gate): that time is the
 * test's to move, with `advance`.
 */
import type { TestClock } from './testClock.js';

/** How far the clock is moved at once for a handshake's next reply. */
const REPLY_STEP_MS = 5;
/** Turns of the event loop with nothing changing before the engine counts as idle. */
const IDLE_TURNS = 8;
/** The most test time one scan lets pass for handshakes' own waits. */
const WAIT_LIMIT_MS = 10_000;

export interface HandshakeWatch {
  /** Something that changes whenever the engine does anything with a device (its commands so far). */
  readonly activity: () => number;
  /** Whether a device is connected but not yet listed by the engine. */
  readonly midHandshake: () => boolean;
  /** Whether the test slowed a device or gated its writes. */
  readonly slowedByTest: () => boolean;
}

export class HandshakeTime {
  private idle = 0;
  private lastSign = '';
  private waited = 0;

  constructor(
    private readonly clock: TestClock,
    private readonly watch: HandshakeWatch,
  ) {}

  /** One step of a scan's wait: moves the clock as above, or lets real time pass (a turn, or 2 ms once idle). */
  async step(): Promise<void> {
    const { nextDue, count } = this.clock.pending;
    const until = nextDue === undefined ? undefined : nextDue - this.clock.now();
    if (until !== undefined && until <= REPLY_STEP_MS) {
      this.idle = 0;
      return this.clock.advance(until);
    }
    const sign = `${this.clock.now()}/${nextDue}/${count}/${this.watch.activity()}`;
    this.idle = sign === this.lastSign ? this.idle + 1 : 0;
    this.lastSign = sign;
    if (this.idle < IDLE_TURNS) return new Promise((resolve) => setImmediate(resolve));
    if (
      until !== undefined &&
      this.waited + until <= WAIT_LIMIT_MS &&
      !this.watch.slowedByTest() &&
      this.watch.midHandshake()
    ) {
      this.waited += until;
      this.idle = 0;
      return this.clock.advance(until);
    }
    return new Promise((resolve) => setTimeout(resolve, 2));
  }
}
