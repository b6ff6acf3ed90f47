/**
 * Nintendo Joy-Con and Pro Controller (HID): 64-byte output reports on `tx`. Vibration is switched
 * on with sub-command 0x48 (argument 1) in report 0x01; rumble is report 0x10 carrying the same
 * 4-byte rumble frame for the left and the right actuator: 200 Hz at amplitude speed/1000, or the
 * rest frame when the speed is (nearly) 0. The report counter (byte 1) is 0 for the set-up report
 * and 1 for every rumble report. Rumble is kept up by repeating the report every 15 ms, as the
 * reference's update loop does.
 *
 * Rumble frames follow the community-documented encoding (frequency and amplitude on logarithmic
 * scales, in single precision) exactly as the reference computes them, including its low-frequency
 * byte, which adds the whole low-band amplitude to the low-band frequency.
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { send, write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { nintendoJoyconDevices } from './nintendoJoyconDevices.js';

const REPORT_LENGTH = 0x40;
const SUBCOMMAND_REPORT = 0x01;
const RUMBLE_REPORT = 0x10;
const ENABLE_VIBRATION = 0x48;
const RUMBLE_FREQUENCY_HZ = 200;
const f32 = Math.fround;

/** Float to unsigned byte as Rust's `as u8` does it: truncated, saturating, NaN as 0. */
const toByte = (value: number): number => (Number.isNaN(value) ? 0 : Math.min(255, Math.max(0, Math.trunc(value))));
const log2 = (value: number): number => f32(Math.log2(value));
/** Rounds half away from zero, as Rust's `f32::round` does. */
const round = (value: number): number => Math.sign(value) * Math.round(Math.abs(value));

const encodeAmplitude = (amplitude: number): number => {
  if (amplitude > f32(0.23)) return toByte(round(f32(log2(f32(amplitude * f32(8.7))) * 32)));
  if (amplitude > f32(0.12)) return toByte(round(f32(log2(f32(amplitude * 17)) * 16)));
  return toByte(round(f32(f32(f32(log2(amplitude) * 32) - 96) / f32(4 - f32(2 * amplitude)))));
};

/** One actuator's 4-byte rumble frame for a frequency (Hz, 0..1252) and an amplitude (0..1.799). */
export const rumbleFrame = (frequency: number, amplitude: number): number[] => {
  const encodedFrequency = toByte(round(f32(log2(f32(frequency / 10)) * 32)));
  const highFrequency = Math.max(encodedFrequency - 0x60, 0) * 4;
  const lowFrequency = Math.max(encodedFrequency - 0x41, 0) + 1;
  const encoded = encodeAmplitude(amplitude);
  const highAmplitude = Math.min(encoded * 2, 0x1fc);
  const lowAmplitude = Math.min((encoded >> 1) + 0x40, 0x7f);
  return [
    highFrequency & 0xff,
    (highAmplitude + (highFrequency >> 8)) & 0xff,
    Math.min(lowFrequency + lowAmplitude, 0xff),
    lowAmplitude,
  ];
};

/** The rumble frame for a speed of 0..1000. */
export const joyconRumble = (speed: number): number[] => {
  const amplitude = f32(f32(speed) / 1000);
  return amplitude > f32(0.001) ? rumbleFrame(RUMBLE_FREQUENCY_HZ, amplitude) : rumbleFrame(0, 0);
};

/** A 64-byte output report: id, counter, left and right rumble frames, then a sub-command and its argument. */
const outputReport = (
  id: number,
  counter: number,
  rumble: readonly number[],
  subcommand: number,
  argument: readonly number[] = [],
) => {
  const bytes = new Uint8Array(REPORT_LENGTH);
  bytes.set([id, counter, ...rumble, ...rumble, subcommand, ...argument]);
  return bytes;
};

/** The set-up report carries no rumble. */
const NO_RUMBLE = [0, 0, 0, 0];

export const joyconRumbleReport = (speed: number): Uint8Array =>
  outputReport(RUMBLE_REPORT, 1, joyconRumble(speed), 0x00);

export const nintendoJoyconProtocol: DeviceProtocol<null> = {
  name: 'nintendo-joycon',
  config: nintendoJoyconDevices,
  createState: () => null,
  *initialize(_device, state) {
    yield* send(write('tx', outputReport(SUBCOMMAND_REPORT, 0, NO_RUMBLE, ENABLE_VIBRATION, [0x01])));
    return state;
  },
  encodeOutputs: byOutputType({
    Vibrate: ({ value }) => write('tx', joyconRumbleReport(value)),
  }),
  keepalive: { kind: 'repeatLastWrite', intervalMs: 15 },
};
