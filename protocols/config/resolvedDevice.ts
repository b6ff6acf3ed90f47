/**
 * A device definition after the user's settings are applied: what a connected device really exposes.
 * Also the arithmetic between client steps (what DeviceList advertises) and hardware steps (what
 * protocols encode).
 */
import { deviceFailure, type ButtplugFailure } from '../buttplug/errorCodes.js';
import type { InputType, OutputType } from '../buttplug/featureTypes.js';
import type { DeviceKey, InputDefinition, Range } from './deviceDefinitions.js';

export interface ResolvedOutput {
  readonly type: OutputType;
  /** Range from the device database. */
  readonly base: Range;
  /** User-narrowed hardware range `[a, b]` inside `[0, base max]`; clients then see `b - a` steps. */
  readonly limit?: Range;
  readonly duration?: Range;
  /** Position outputs only: the user flipped the direction of travel. */
  readonly reverse: boolean;
  readonly disabled: boolean;
}

export interface ResolvedFeature {
  readonly id: string;
  readonly index: number;
  readonly description: string;
  readonly outputs: readonly ResolvedOutput[];
  readonly inputs: Readonly<Partial<Record<InputType, InputDefinition>>>;
}

export interface ResolvedDevice {
  readonly key: DeviceKey;
  readonly index: number;
  readonly name: string;
  readonly displayName?: string;
  readonly protocolVariant?: string;
  /** Gap from the database or the user; undefined means "use the hardware's default". */
  readonly messageGapMs?: number;
  readonly features: readonly ResolvedFeature[];
}

const POSITION_OUTPUTS: ReadonlySet<OutputType> = new Set(['Position', 'HwPositionWithDuration']);

export const isSigned = (output: ResolvedOutput): boolean => output.base[0] < 0;

/** Number of client-visible steps above zero. */
export const stepCount = (output: ResolvedOutput): number =>
  output.limit ? output.limit[1] - output.limit[0] : output.base[1];

/** The `Value` range a client sees in DeviceList. */
export const clientRange = (output: ResolvedOutput): Range => {
  const steps = stepCount(output);
  return isSigned(output) ? [-steps, steps] : [0, steps];
};

export const findOutput = (feature: ResolvedFeature, type: OutputType): ResolvedOutput | undefined =>
  feature.outputs.find((output) => output.type === type && !output.disabled);

/**
 * Maps a client step value to the hardware value a protocol encodes, or explains why it is invalid.
 * Speeds keep 0 as "off" and offset other values by the user's minimum; positions map into the user's
 * window (reversed when asked), so a user's stroke limits always hold.
 */
export const toHardwareValue = (output: ResolvedOutput, value: number): number | ButtplugFailure => {
  const steps = stepCount(output);
  if (!Number.isInteger(value)) return deviceFailure(`${output.type} value ${value} is not an integer`);
  if (value < 0 && !isSigned(output)) {
    return deviceFailure(`${output.type} value ${value} is negative but this output takes no direction`);
  }
  if (Math.abs(value) > steps) {
    const [min, max] = clientRange(output);
    return deviceFailure(`${output.type} value ${value} is outside the feature's range [${min}, ${max}]`);
  }
  const low = output.limit?.[0] ?? 0;
  const high = output.limit?.[1] ?? output.base[1];
  if (POSITION_OUTPUTS.has(output.type)) return output.reverse ? high - value : low + value;
  if (value === 0) return 0;
  return Math.sign(value) * (low + Math.abs(value));
};

/** Checks a HwPositionWithDuration duration against the output's accepted durations. */
export const checkDuration = (output: ResolvedOutput, duration: number): ButtplugFailure | undefined => {
  const [min, max] = output.duration ?? [0, 0xffff_ffff];
  return duration < min || duration > max
    ? deviceFailure(`duration ${duration} ms is outside the feature's range [${min}, ${max}]`)
    : undefined;
};

/** One output change for the encoder, already validated and mapped to hardware steps. */
export interface FeatureOutput {
  readonly feature: ResolvedFeature;
  readonly type: OutputType;
  /** Hardware value: inside the database range, user limits applied. */
  readonly value: number;
  /** HwPositionWithDuration only, in ms. */
  readonly duration?: number;
}
