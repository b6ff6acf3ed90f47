/**
 * TCode v0.3: newline-terminated ASCII commands, as open-source strokers (OSR2, SR6) read them over a
 * serial line. A command is a channel (`L0` linear axis 0, `V1` vibrator 1), a magnitude and an
 * optional interval: `L0510I200` moves axis 0 to 51 % over 200 ms.
 *
 * The magnitude is a decimal fraction written without its `0.`: `L05` and `L0500` both mean 0.5.
 * TCode ranges in device configurations are made to be written digit for digit (`[0, 99]`, `[0, 100]`,
 * `[0, 1000]`): the hardware value itself is the magnitude, zero-padded to the range's digits
 * (`[0, 1000]` -> 3, `[0, 99]` or `[0, 100]` -> 2), as the reference writes it. Any other range is
 * written as the fraction `v / max`. The top of a range is the largest magnitude the digits hold
 * (`99`, `999`), since TCode has no 1.0.
 *
 * Channels are numbered by feature index, as the reference does and as user configurations declaring
 * vibrators (`V<n>`) rely on. Where this differs from the reference:
 * - The reference pads to two digits whatever the range, so it writes 51 of 1000 as `L051` (a device
 *   reads 51 %) and the top of `[0, 100]` or `[0, 1000]` as `L0100` / `L01000` (10 %). Here the digits
 *   always mean the intended fraction.
 * - `Position` moves only its own axis (`L<n><magnitude>`); the reference also sends `R0` (the twist
 *   axis of multi-axis devices) with the same value.
 *
 * Each output is its own line (as the reference writes them); the lines of one batch are written back
 * to back, so the device starts them together.
 */
import { type DeviceProtocol, type FeatureOutput } from '../shared/deviceProtocol.js';
import { ascii, write } from '../shared/hardwareRequests.js';
import { tcodeV03Devices } from './tcodeV03Devices.js';
import { byOutputType, type OutputPacket } from '../shared/outputEncoders.js';

/** How many fraction digits a range ending at `max` needs (at least one). */
export const magnitudeDigits = (max: number): number => Math.max(1, Math.ceil(Math.log10(Math.max(1, max))));

/** Ranges written digit for digit: their top is 10^d or 10^d - 1. */
const isDecimalRange = (max: number, digits: number): boolean => max === 10 ** digits || max === 10 ** digits - 1;

/** A hardware value as TCode magnitude digits: 510 of 1000 -> `510`, 50 of 99 -> `50`, 1000 of 1000 -> `999`, 3 of 6 -> `5`. */
export const tcodeMagnitude = (value: number, max: number): string => {
  const digits = magnitudeDigits(max);
  const top = 10 ** digits - 1;
  const clamped = Math.min(Math.max(value, 0), max);
  const scaled = max <= 0 ? 0 : isDecimalRange(max, digits) ? clamped : Math.round((clamped * 10 ** digits) / max);
  return String(Math.min(top, scaled)).padStart(digits, '0');
};

/** One output as a TCode command on a channel (`L` linear, `V` vibration), without its newline; or why it cannot be one. */
export const tcodeCommand = (channel: string, output: FeatureOutput): string | { readonly reason: string } => {
  const index = output.feature.index;
  if (index > 9) return { reason: `TCode channels are numbered 0 to 9; feature ${index} has no channel` };
  const max = output.feature.outputs.find((o) => o.type === output.type)?.base[1] ?? 0;
  const magnitude = tcodeMagnitude(output.value, max);
  const interval = output.type === 'HwPositionWithDuration' ? `I${output.duration ?? 0}` : '';
  return `${channel}${index}${magnitude}${interval}`;
};

const onChannel =
  (channel: string): OutputPacket =>
  (output) => {
    const command = tcodeCommand(channel, output);
    return typeof command === 'string' ? write('tx', ascii(`${command}\n`)) : command.reason;
  };

export const tcodeV03Protocol: DeviceProtocol<null> = {
  name: 'tcode-v03',
  config: tcodeV03Devices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Position: onChannel('L'),
    HwPositionWithDuration: onChannel('L'),
    Vibrate: onChannel('V'),
  }),
};
