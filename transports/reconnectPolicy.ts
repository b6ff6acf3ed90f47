/** When a connector tries again after an unexpected drop: exponential backoff with a ceiling. */

export interface ReconnectOptions {
  /** Delay before the first attempt (default 500 ms); each further attempt doubles it... */
  readonly initialDelayMs?: number;
  /** ...up to this (default 30 s). */
  readonly maxDelayMs?: number;
  /** Attempts before giving up and reporting `disconnect` (default 10). */
  readonly maxAttempts?: number;
  /** A new link that lives this long resets the backoff (default 5 s); one that drops sooner continues it. */
  readonly stableAfterMs?: number;
}

export type ReconnectPolicy = Required<ReconnectOptions>;

export const reconnectPolicy = (options: boolean | ReconnectOptions | undefined): ReconnectPolicy | undefined => {
  if (!options) return undefined;
  const given = options === true ? {} : options;
  return {
    initialDelayMs: given.initialDelayMs ?? 500,
    maxDelayMs: given.maxDelayMs ?? 30_000,
    maxAttempts: given.maxAttempts ?? 10,
    stableAfterMs: given.stableAfterMs ?? 5_000,
  };
};

/** The wait before attempt `attempt` (counting from 1). */
export const reconnectDelay = (policy: ReconnectPolicy, attempt: number): number =>
  Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** Math.min(attempt - 1, 30));
