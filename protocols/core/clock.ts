/**
 * The one clock every timer of this package waits on: `setTimeout`, `clearTimeout` and `now`. In
 * production it is real time (`realClock`); a test hands in its own (`TestClock` from
 * `buttplug-actors/testing`, or xstate's `SimulatedClock`) and the timers fire when it says: hardware
 * deadlines, timed motion writes, protocol delays, scan delays, keepalives, pings, request timeouts and
 * reconnect backoffs alike. It is xstate's `Clock` plus `now`, so one object serves the actor system
 * (`createActor(..., { clock })`) and the code around it.
 */

export interface Clock {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Milliseconds on this clock (only differences mean anything). */
  now(): number;
}

/** A clock as xstate takes it: `now` is optional there. */
export interface ClockLike {
  setTimeout(fn: (...args: unknown[]) => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now?(): number;
}

/** Real time. (A timer that must not hold the process open is passed to `unrefTimer`.) */
export const realClock: Clock = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

/** A clock from one that may lack `now` (xstate's default clock has none: it is real time). */
export const asClock = (clock: ClockLike | undefined): Clock => {
  if (!clock || clock === realClock) return realClock;
  return {
    setTimeout: (fn, ms) => clock.setTimeout(fn, ms),
    clearTimeout: (handle) => clock.clearTimeout(handle),
    now: clock.now ? () => clock.now!() : () => Date.now(),
  };
};

/**
 * The clock of an actor system: the one given to `createActor(..., { clock })`, so actors' own
 * promises and timers (hardware deadlines, timed writes) keep the same time as the statecharts'
 * delayed transitions. `_clock` is where xstate keeps it (declared in its `ActorSystem` type).
 */
export const clockOf = (system: { readonly _clock?: ClockLike } | undefined): Clock => asClock(system?._clock);

/** Lets a real timer not hold the process open (test clocks hand back plain ids: nothing to do). */
export const unrefTimer = (handle: unknown): void => {
  (handle as { unref?: () => void } | undefined)?.unref?.();
};

/** Calls `fn` every `ms` on the clock until the returned function is called. */
export const every = (clock: Clock, ms: number, fn: () => void, options: { unref?: boolean } = {}): (() => void) => {
  let handle: unknown;
  let stopped = false;
  const arm = () => {
    handle = clock.setTimeout(() => {
      if (stopped) return;
      arm();
      fn();
    }, ms);
    if (options.unref) unrefTimer(handle);
  };
  arm();
  return () => {
    stopped = true;
    clock.clearTimeout(handle);
  };
};
