/**
 * The Fleshlight Launch's speed/time relation (firmware 1.2), measured by the community
 * (funjack's launchcontrol) and used by every Buttplug implementation since: moving a fraction
 * `distance` of the stroke at `speed` (0..1, the firmware's 0..99 scaled) takes
 *   duration = (speed / 250) ^ -0.95  /  (90 / (distance * 100))   milliseconds.
 * FleshlightLaunchFW12Cmd gives a speed; v4 HwPositionWithDuration wants a duration.
 */

/** Milliseconds a Launch needs to travel `distance` (0..1) at `speed` (0..1). 0 when nothing moves. */
export const launchDuration = (distance: number, speed: number): number => {
  const d = Math.min(Math.abs(distance), 1);
  const s = Math.min(speed, 1);
  if (d <= 0 || s <= 0) return 0;
  const fullSpeedMs = Math.pow(s / 250, -0.95);
  return Math.trunc(fullSpeedMs / (90 / (d * 100)));
};
