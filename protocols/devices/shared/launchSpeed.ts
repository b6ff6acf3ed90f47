/**
 * The Fleshlight Launch speed formula the Kiiroo strokers share: the speed (in the device's 0..99
 * units, more for very fast moves) that covers `distance` positions of 99 in `durationMs`, as one
 * byte the way the reference converts it (truncated, clamped to 0..255, undefined results as 0).
 */
const FULL_TRAVEL = 99;

/** Speed as a fraction of full speed for a move over `distance` (0..1 of the travel) in `durationMs`. */
export const launchSpeedFraction = (distance: number, durationMs: number): number => {
  if (distance < 0) return 0;
  const travel = Math.min(distance, 1);
  return 250 * Math.pow((durationMs * 90) / (travel * 100), -1.05);
};

const toByte = (value: number): number => (Number.isNaN(value) ? 0 : Math.min(255, Math.max(0, Math.trunc(value))));

/** The speed byte for a move between two positions (0..99) taking `durationMs`. */
export const launchSpeed = (from: number, to: number, durationMs: number): number =>
  toByte(launchSpeedFraction(Math.abs(from - to) / FULL_TRAVEL, durationMs) * FULL_TRAVEL);
