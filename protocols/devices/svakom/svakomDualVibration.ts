/**
 * Several Svakom toys with two vibrators (svakom-v4, -v5, -v6, -barney) drive both from one packet:
 * which motors run, whether any runs, and one level, the faster of the two. A toy with one motor
 * always says "both" (0).
 */
export interface SvakomDualVibration {
  /** 0: both (or neither, or equal levels), 1: only the first, 2: only the second. */
  readonly motors: 0 | 1 | 2;
  readonly running: boolean;
  readonly level: number;
}

export const svakomDualVibration = (first: number, second: number, singleMotor = false): SvakomDualVibration => ({
  motors: singleMotor || (first > 0 && second > 0) || first === second ? 0 : first > 0 ? 1 : 2,
  running: first !== 0 || second !== 0,
  level: Math.max(first, second),
});
