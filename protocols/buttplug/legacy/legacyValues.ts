/**
 * Legacy clients send levels as floats in 0..1; v4 outputs take integer steps. The rounding is the
 * reference server's, so legacy clients drive devices exactly as they always did (device test cases
 * depend on it): levels round up, timed-move positions down, and a speed below one millionth is off.
 */
import { messageFailure, type ButtplugFailure } from '../errorCodes.js';
import type { OutputType } from '../featureTypes.js';

/** Speeds this small count as 0 (a float that should have been 0). */
const SPEED_EPSILON = 0.000_001;

const outOfRange = (what: string, value: number): ButtplugFailure =>
  messageFailure(`${what} ${value} is outside 0.0..1.0`);

const isUnit = (value: number): boolean => value >= 0 && value <= 1;

/** A speed-like level (vibrate, rotate, oscillate...): `ceil(steps * value)`. */
export const speedSteps = (value: number, steps: number): number | ButtplugFailure => {
  if (!isUnit(value)) return outOfRange('speed', value);
  return value < SPEED_EPSILON ? 0 : Math.ceil(steps * value);
};

/** A ScalarCmd level: as a speed, except that a Position target has no "off" threshold. */
export const scalarSteps = (type: OutputType, value: number, steps: number): number | ButtplugFailure => {
  if (type !== 'Position') return speedSteps(value, steps);
  return isUnit(value) ? Math.ceil(steps * value) : outOfRange('position', value);
};

/** A target position of a timed move (LinearCmd): `trunc(steps * value)`. */
export const positionSteps = (value: number, steps: number): number | ButtplugFailure => {
  if (!isUnit(value)) return outOfRange('position', value);
  return Math.trunc(steps * value);
};

/** Direction is the sign in v4; `-0` would be a surprise in comparisons and logs. */
export const signed = (steps: number, clockwise: boolean): number => (clockwise || steps === 0 ? steps : -steps);
