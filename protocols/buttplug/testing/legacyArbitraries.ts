/**
 * fast-check generators for the legacy codec properties: v4 devices as DeviceList describes them,
 * and a legacy client model that writes the message a legacy app would send to reach given steps.
 */
import fc from 'fast-check';
import type { InputType, OutputType } from '../featureTypes.js';
import type { DeviceFeatureInfo, DeviceInfo, FeatureInputs, FeatureOutputs, OutputCommand } from '../messages.js';

type Range = [number, number];

const steps = fc.integer({ min: 1, max: 10_000 });
const unsignedRange = steps.map((n): Range => [0, n]);
const signedRange = steps.map((n): Range => [-n, n]);
const level = (range: fc.Arbitrary<Range>) => range.map((Value) => ({ Value }));

const outputArbitraries: Record<OutputType, fc.Arbitrary<unknown>> = {
  Vibrate: level(unsignedRange),
  Rotate: level(fc.oneof(unsignedRange, signedRange)),
  Oscillate: level(unsignedRange),
  Constrict: level(unsignedRange),
  Spray: level(unsignedRange),
  Temperature: level(signedRange),
  Led: level(unsignedRange),
  Position: level(unsignedRange),
  HwPositionWithDuration: fc.record({
    Value: unsignedRange,
    Duration: fc.tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 500, max: 100_000 })),
  }),
};

const inputArbitraries: Record<InputType, fc.Arbitrary<unknown>> = {
  Battery: fc.constantFrom(['Read'], ['Read', 'Subscribe']).map((Command) => ({ Value: [[0, 100]], Command })),
  Rssi: fc.constant({ Value: [[-128, 0]], Command: ['Read'] }),
  Pressure: fc.constantFrom(['Subscribe'], ['Read', 'Subscribe']).map((Command) => ({ Value: [[0, 65_535]], Command })),
  Button: fc.constant({ Value: [[0, 1]], Command: ['Subscribe'] }),
  Depth: fc.constant({ Value: [[0, 100]], Command: ['Read'] }),
  Position: fc.constant({ Value: [[0, 100]], Command: ['Read', 'Subscribe'] }),
};

const someOf = <K extends string>(arbitraries: Record<K, fc.Arbitrary<unknown>>, maxKeys: number) =>
  fc
    .shuffledSubarray(Object.keys(arbitraries) as K[], { minLength: 0, maxLength: maxKeys })
    .chain((keys) =>
      fc.record(Object.fromEntries(keys.map((k) => [k, arbitraries[k]])) as Record<K, fc.Arbitrary<unknown>>),
    );

const featureBody = fc
  .record({
    description: fc.string({ maxLength: 12 }),
    // Real features have one level output at most, sometimes beside a timed move (Solace Pro).
    outputs: someOf(outputArbitraries, 2),
    inputs: fc.option(someOf(inputArbitraries, 2), { nil: undefined }),
  })
  .filter(({ outputs, inputs }) => Object.keys(outputs).length > 0 || Object.keys(inputs ?? {}).length > 0);

/** A device as a v4 DeviceList entry: 1..5 features, shuffled in the map. */
export const deviceInfo = (deviceIndex?: number): fc.Arbitrary<DeviceInfo> =>
  fc
    .record({
      index: deviceIndex === undefined ? fc.integer({ min: 0, max: 50 }) : fc.constant(deviceIndex),
      name: fc.string({ maxLength: 16 }),
      displayName: fc.option(fc.string({ maxLength: 8 }), { nil: undefined }),
      gap: fc.integer({ min: 0, max: 200 }),
      features: fc.array(featureBody, { minLength: 1, maxLength: 5 }),
      order: fc.func(fc.integer()),
    })
    .map(({ index, name, displayName, gap, features, order }) => {
      const entries: DeviceFeatureInfo[] = features.map((f, i) => ({
        FeatureIndex: i,
        FeatureDescription: f.description,
        ...(Object.keys(f.outputs).length > 0 ? { Output: f.outputs as FeatureOutputs } : {}),
        ...(f.inputs && Object.keys(f.inputs).length > 0 ? { Input: f.inputs as FeatureInputs } : {}),
      }));
      const shuffled = [...entries].sort((a, b) => order(a.FeatureIndex) - order(b.FeatureIndex));
      return {
        DeviceIndex: index,
        DeviceName: name,
        ...(displayName !== undefined ? { DeviceDisplayName: displayName } : {}),
        DeviceMessageTimingGap: gap,
        DeviceFeatures: Object.fromEntries(shuffled.map((f) => [String(f.FeatureIndex), f])),
      };
    });

/** A float in 0..1 with the edges and the tiny values that matter to the rounding rules. */
export const unitFloat = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.constantFrom(0, 1, 0.5, 1e-7, 1e-6, 0.999_999_9),
);

/** The float a legacy client sends to reach `steps` of `count` when the server rounds up. */
export const speedFor = (steps: number, count: number): number => (steps === 0 ? 0 : (Math.abs(steps) - 0.5) / count);
/** ... and when it rounds down (LinearCmd). */
export const positionFor = (steps: number, count: number): number => (steps >= count ? 1 : (steps + 0.5) / count);

/** The single key and value of an output command. */
export const commandValue = (command: OutputCommand): { type: string; value: number; duration?: number } => {
  const [type, body] = Object.entries(command)[0] as [string, { Value: number; Duration?: number }];
  return { type, value: body.Value, ...(body.Duration !== undefined ? { duration: body.Duration } : {}) };
};

/** The range DeviceList gives a feature's output. */
export const outputRange = (device: DeviceInfo, featureIndex: number, type: string): Range | undefined =>
  (device.DeviceFeatures[String(featureIndex)]?.Output as Record<string, { Value: Range }> | undefined)?.[type]?.Value;
