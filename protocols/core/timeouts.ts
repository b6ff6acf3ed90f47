/** Every await in the engine is bounded: this is the bound. */
import { realClock, type Clock } from './clock.js';

export class TimeoutError extends Error {
  override readonly name = 'TimeoutError';
}

/** `promise`, or a TimeoutError once `ms` passed on `clock` (default: real time). */
export const withTimeout = <T>(promise: Promise<T>, ms: number, what: string, clock: Clock = realClock): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = clock.setTimeout(() => reject(new TimeoutError(`${what} timed out after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clock.clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clock.clearTimeout(timer);
        reject(error);
      },
    );
  });

/** Resolves after `ms` on `clock` (default: real time). */
export const delay = (ms: number, clock: Clock = realClock): Promise<void> =>
  new Promise((resolve) => clock.setTimeout(resolve, ms));
