/**
 * fast-check arbitraries for device definitions and the user's settings: feature sets (what a device
 * offers, as a device database entry does), user configurations for given devices (names, allow/deny,
 * message gaps, narrowed output ranges, disabled or reversed outputs), and values within an output's
 * range (what a client may send it, as DeviceList advertises it).
 */
import fc from 'fast-check';
import {
  INPUT_TYPES,
  OUTPUT_TYPES,
  SIGNED_OUTPUTS,
  type InputCommand,
  type InputType,
  type OutputType,
} from '../../buttplug/featureTypes.js';
import type { UserConfig, UserDeviceSettings, UserOutputSettings } from '../deviceConfig.js';
import type { DeviceKey, FeatureDefinition, InputDefinition, OutputDefinition, Range } from '../deviceDefinitions.js';

/** A hardware range for an output type: `[0, n]`, or `[-n, n]` for outputs that take a direction. */
export const outputRange = (type: OutputType, maxSteps = 1_000): fc.Arbitrary<Range> =>
  fc
    .integer({ min: 1, max: maxSteps })
    .map((steps): Range => (SIGNED_OUTPUTS.has(type) ? [-steps, steps] : [0, steps]));

const outputDefinition = (type: OutputType): fc.Arbitrary<OutputDefinition> =>
  type === 'HwPositionWithDuration'
    ? fc
        .tuple(outputRange(type), fc.integer({ min: 0, max: 500 }), fc.integer({ min: 500, max: 60_000 }))
        .map(([value, min, max]) => ({ value, duration: [min, max] as Range }))
    : outputRange(type).map((value) => ({ value }));

const INPUT_RANGES: Record<InputType, Range> = {
  Battery: [0, 100],
  Rssi: [-128, 0],
  Pressure: [0, 65_535],
  Button: [0, 1],
  Depth: [0, 100],
  Position: [0, 100],
};

const inputDefinition = (type: InputType): fc.Arbitrary<InputDefinition> =>
  fc
    .constantFrom<InputCommand[]>(['Read'], ['Subscribe'], ['Read', 'Subscribe'])
    .map((command) => ({ value: [INPUT_RANGES[type]], command }));

export interface FeatureSetOptions {
  readonly minFeatures?: number;
  readonly maxFeatures?: number;
  /** Output types to choose from (default: all of spec v4). */
  readonly outputs?: readonly OutputType[];
  /** Input types to choose from (default: all; `[]` for none). */
  readonly inputs?: readonly InputType[];
}

/**
 * A device's features, indexed 0..n-1: each has one output (as most real features do) or one input.
 * At least one feature has an output, so there is something to drive.
 */
export const featureSet = (options: FeatureSetOptions = {}): fc.Arbitrary<FeatureDefinition[]> => {
  const outputs = options.outputs ?? OUTPUT_TYPES;
  const inputs = options.inputs ?? INPUT_TYPES;
  const outputFeature = fc
    .constantFrom(...outputs)
    .chain((type) => outputDefinition(type).map((definition) => ({ output: { [type]: definition } })));
  const inputFeature = fc
    .constantFrom(...(inputs.length > 0 ? inputs : INPUT_TYPES))
    .chain((type) => inputDefinition(type).map((definition) => ({ input: { [type]: definition } })));
  const feature = inputs.length > 0 ? fc.oneof({ weight: 3, arbitrary: outputFeature }, inputFeature) : outputFeature;
  return fc
    .tuple(
      outputFeature,
      fc.array(feature, { minLength: (options.minFeatures ?? 1) - 1, maxLength: (options.maxFeatures ?? 4) - 1 }),
    )
    .map(([first, rest]) =>
      [first, ...rest].map((body, index): FeatureDefinition => ({
        id: `feature-${index}`,
        index,
        description: `${Object.keys({ ...('output' in body ? body.output : {}), ...('input' in body ? body.input : {}) })[0]} ${index}`,
        ...body,
      })),
    );
};

/** An integer a client may send to an output with this (client-visible) range. */
export const valueInRange = (range: Range): fc.Arbitrary<number> => fc.integer({ min: range[0], max: range[1] });

/** A value the output's own range allows (its DeviceList `Value` when no user limit narrows it). */
export const outputValue = (output: OutputDefinition): fc.Arbitrary<number> => valueInRange(output.value);

/** A sub-range a user may narrow an output to: inside `[0, max]` of its hardware range, low below high. */
export const userRangeWithin = (range: Range): fc.Arbitrary<Range> =>
  fc
    .tuple(fc.integer({ min: 0, max: range[1] }), fc.integer({ min: 0, max: range[1] }))
    .filter(([a, b]) => a !== b)
    .map(([a, b]): Range => [Math.min(a, b), Math.max(a, b)]);

/** A device the user configuration speaks about: its key (protocol, identifier, address) and features. */
export interface ConfiguredDevice {
  readonly key: DeviceKey;
  readonly features: readonly FeatureDefinition[];
}

const outputSettings = (type: OutputType, definition: OutputDefinition): fc.Arbitrary<UserOutputSettings> =>
  fc.record(
    {
      value: userRangeWithin(definition.value),
      disabled: fc.boolean(),
      ...(type === 'Position' || type === 'HwPositionWithDuration' ? { reverse: fc.boolean() } : {}),
    },
    { requiredKeys: [] },
  );

/**
 * A user configuration for these devices: each may get a display name, an allow or deny, a message
 * gap, and narrowed, disabled or reversed outputs. Indexes are distinct (as a valid file has them).
 */
export const userConfigFor = (devices: readonly ConfiguredDevice[]): fc.Arbitrary<UserConfig> =>
  fc
    .tuple(
      fc.uniqueArray(fc.integer({ min: 0, max: 200 }), { minLength: devices.length, maxLength: devices.length }),
      fc.tuple(
        ...devices.map((device) =>
          fc.record({
            displayName: fc.option(fc.string({ minLength: 1, maxLength: 16 }), { nil: undefined }),
            access: fc.constantFrom('default', 'default', 'allow', 'deny'),
            messageGapMs: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
            features: fc.tuple(
              ...device.features.map((feature) =>
                fc.option(
                  fc.tuple(
                    ...Object.entries(feature.output ?? {}).map(([type, definition]) =>
                      outputSettings(type as OutputType, definition!).map((settings) => [type, settings] as const),
                    ),
                  ),
                  { nil: undefined },
                ),
              ),
            ),
          }),
        ),
      ),
    )
    .map(([indexes, settings]) => ({
      devices: devices.map((device, i): UserDeviceSettings => {
        const chosen = settings[i]!;
        const features = device.features.flatMap((feature, f) => {
          const outputs = chosen.features[f];
          return outputs && outputs.length > 0 ? [{ baseId: feature.id, output: Object.fromEntries(outputs) }] : [];
        });
        return {
          key: device.key,
          allow: chosen.access === 'allow',
          deny: chosen.access === 'deny',
          index: indexes[i]!,
          ...(chosen.displayName !== undefined ? { displayName: chosen.displayName } : {}),
          ...(chosen.messageGapMs !== undefined ? { messageGapMs: chosen.messageGapMs } : {}),
          ...(features.length > 0 ? { features } : {}),
        };
      }),
    }));
