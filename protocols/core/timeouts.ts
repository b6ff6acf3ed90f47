/** Every await in the engine is bounded: this is the bound. */
export class TimeoutError extends Error {
  override readonly name = 'TimeoutError';
}

export const withTimeout = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new TimeoutError(`${what} timed out after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });

export const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
