/**
 * Fault schedules: what goes wrong with which device, and when on the test clock. A fast-check
 * arbitrary makes them; `playFaults` applies them while moving the clock, so a property reads "for any
 * schedule of device misbehaviour, my app leaves every toy stopped".
 */
import fc from 'fast-check';
import type { TestEngine } from './testEngine.js';

export type Fault =
  | { readonly kind: 'disconnect' }
  | { readonly kind: 'delayWrites'; readonly ms: number }
  /** The write after `after` more successful ones fails (0: the next). */
  | { readonly kind: 'failNextWrite'; readonly after: number }
  | { readonly kind: 'dropNotifications'; readonly on: boolean }
  | { readonly kind: 'slowHandshake'; readonly ms: number };

export interface ScheduledFault {
  /** When, in ms on the test clock from the start of the schedule. */
  readonly at: number;
  /** The device's place in the engine's `devices`. */
  readonly device: number;
  readonly fault: Fault;
}

export interface FaultScheduleOptions {
  readonly maxFaults?: number;
  /** Faults happen within this many ms (default 10 s). */
  readonly horizonMs?: number;
  /** Longest write or handshake delay (default 2 s). */
  readonly maxDelayMs?: number;
  /** Only these kinds of fault (default: all). */
  readonly kinds?: readonly Fault['kind'][];
}

export const fault = (options: FaultScheduleOptions = {}): fc.Arbitrary<Fault> => {
  const delay = fc.integer({ min: 0, max: options.maxDelayMs ?? 2_000 });
  const all: Record<Fault['kind'], fc.Arbitrary<Fault>> = {
    disconnect: fc.constant<Fault>({ kind: 'disconnect' }),
    delayWrites: delay.map((ms): Fault => ({ kind: 'delayWrites', ms })),
    failNextWrite: fc.integer({ min: 0, max: 8 }).map((after): Fault => ({ kind: 'failNextWrite', after })),
    dropNotifications: fc.boolean().map((on): Fault => ({ kind: 'dropNotifications', on })),
    slowHandshake: delay.map((ms): Fault => ({ kind: 'slowHandshake', ms })),
  };
  const kinds = options.kinds ?? (Object.keys(all) as Fault['kind'][]);
  return fc.oneof(...kinds.map((kind) => all[kind]));
};

/** A schedule of faults for `deviceCount` devices, in time order. */
export const faultSchedule = (
  deviceCount: number,
  options: FaultScheduleOptions = {},
): fc.Arbitrary<ScheduledFault[]> =>
  deviceCount === 0
    ? fc.constant([])
    : fc
        .array(
          fc.record({
            at: fc.integer({ min: 0, max: options.horizonMs ?? 10_000 }),
            device: fc.integer({ min: 0, max: deviceCount - 1 }),
            fault: fault(options),
          }),
          { maxLength: options.maxFaults ?? 5 },
        )
        .map((faults) => [...faults].sort((a, b) => a.at - b.at));

/** Applies one fault to its device now. */
export const applyFault = (engine: TestEngine, scheduled: Pick<ScheduledFault, 'device' | 'fault'>): void => {
  const device = engine.device(scheduled.device);
  const f = scheduled.fault;
  switch (f.kind) {
    case 'disconnect':
      return device.disconnect();
    case 'delayWrites':
      return device.delayWrites(f.ms);
    case 'failNextWrite':
      return device.failNextWrite({ after: f.after });
    case 'dropNotifications':
      return device.dropNotifications(f.on);
    case 'slowHandshake':
      return device.slowHandshake(f.ms);
  }
};

/**
 * Moves the test clock through the schedule (times relative to now), applying each fault when due,
 * then on to `untilMs` after the start if given.
 */
export const playFaults = async (
  engine: TestEngine,
  schedule: readonly ScheduledFault[],
  untilMs?: number,
): Promise<void> => {
  const start = engine.now();
  for (const scheduled of [...schedule].sort((a, b) => a.at - b.at)) {
    await engine.advance(Math.max(0, start + scheduled.at - engine.now()));
    applyFault(engine, scheduled);
  }
  if (untilMs !== undefined) await engine.advance(Math.max(0, start + untilMs - engine.now()));
};
