/**
 * A device as a client application sees it: its features, and helpers per output type that take a
 * fraction (0..1, converted to the feature's steps) or raw steps (`{ steps: n }`).
 */
import type { InputType, OutputType } from '../../protocols/buttplug/featureTypes.js';
import type {
  ClientMessageV4,
  DeviceFeatureInfo,
  DeviceInfo,
  OutputCommand,
  ServerMessageV4,
} from '../../protocols/buttplug/messages.js';
import { ButtplugDeviceError } from './clientErrors.js';

/** A fraction of the feature's range (0..1; -1..1 for outputs with a direction), or raw steps. */
export type Level = number | { readonly steps: number };

type Range = readonly [number, number];
type RequestBody<M> = M extends unknown ? Omit<M, 'Id'> : never;
export type ClientRequest = RequestBody<ClientMessageV4>;

/** What a device needs from its client: send requests (one frame), get the replies. */
export interface DeviceRequester {
  requestAll(messages: readonly ClientRequest[]): Promise<ServerMessageV4[]>;
  readonly readings: {
    on(listener: (reading: Extract<ServerMessageV4, { type: 'InputReading' }>) => void): () => void;
  };
}

/** Fraction -> steps as Buttplug clients do it: round up, so any non-zero request moves the motor; tiny values count as 0. */
export const levelToSteps = (level: Level, range: Range, what: string): number => {
  const [min, max] = range;
  if (typeof level === 'object') {
    const { steps } = level;
    if (!Number.isInteger(steps) || steps < min || steps > max) {
      throw new ButtplugDeviceError(`${what}: ${steps} steps is outside [${min}, ${max}]`);
    }
    return steps;
  }
  const lowest = min < 0 ? -1 : 0;
  if (!Number.isFinite(level) || level < lowest || level > 1) {
    throw new ButtplugDeviceError(`${what}: ${level} is outside ${lowest}..1`);
  }
  const magnitude = Math.abs(level) < 1e-6 ? 0 : Math.ceil(Math.abs(level) * max);
  return level < 0 ? -magnitude : magnitude;
};

export class ButtplugClientFeature {
  readonly index: number;
  readonly description: string;
  readonly outputs: ReadonlyMap<OutputType, { readonly value: Range; readonly duration?: Range }>;
  readonly inputs: ReadonlyMap<InputType, { readonly value: readonly Range[]; readonly commands: readonly string[] }>;

  constructor(info: DeviceFeatureInfo) {
    this.index = info.FeatureIndex;
    this.description = info.FeatureDescription;
    this.outputs = new Map(
      Object.entries(info.Output ?? {}).flatMap(([type, output]) =>
        output
          ? [
              [
                type as OutputType,
                { value: output.Value, ...('Duration' in output ? { duration: output.Duration } : {}) },
              ],
            ]
          : [],
      ),
    );
    this.inputs = new Map(
      Object.entries(info.Input ?? {}).flatMap(([type, input]) =>
        input ? [[type as InputType, { value: input.Value, commands: input.Command }]] : [],
      ),
    );
  }

  hasOutput(type: OutputType): boolean {
    return this.outputs.has(type);
  }

  hasInput(type: InputType): boolean {
    return this.inputs.has(type);
  }

  /** The OutputCmd command for this feature; throws if the feature lacks the output or the level is out of range. */
  outputCommand(
    type: OutputType,
    level: Level,
    options: { durationMs?: number; clockwise?: boolean } = {},
  ): OutputCommand {
    const output = this.outputs.get(type);
    if (!output) throw new ButtplugDeviceError(`feature ${this.index} has no ${type} output`);
    const steps = levelToSteps(level, output.value, `${type} on feature ${this.index}`);
    if (type === 'HwPositionWithDuration') {
      const duration = options.durationMs ?? 0;
      const [min, max] = output.duration ?? [0, 0xffff_ffff];
      if (!Number.isInteger(duration) || duration < min || duration > max) {
        throw new ButtplugDeviceError(`duration ${duration} ms is outside [${min}, ${max}]`);
      }
      return { HwPositionWithDuration: { Value: steps, Duration: duration } };
    }
    const signed = type === 'Rotate' && options.clockwise === false && output.value[0] < 0 ? -Math.abs(steps) : steps;
    return { [type]: { Value: signed } } as OutputCommand;
  }
}

export interface SensorSubscription {
  unsubscribe(): Promise<void>;
}

export class ButtplugClientDevice {
  readonly index: number;
  readonly name: string;
  readonly displayName: string | undefined;
  readonly messageTimingGap: number;
  readonly features: readonly ButtplugClientFeature[];

  constructor(
    readonly info: DeviceInfo,
    private readonly requester: DeviceRequester,
  ) {
    this.index = info.DeviceIndex;
    this.name = info.DeviceName;
    this.displayName = info.DeviceDisplayName;
    this.messageTimingGap = info.DeviceMessageTimingGap;
    this.features = Object.values(info.DeviceFeatures)
      .map((feature) => new ButtplugClientFeature(feature))
      .sort((a, b) => a.index - b.index);
  }

  /** Features with this output, in feature order. */
  featuresWith(type: OutputType): ButtplugClientFeature[] {
    return this.features.filter((f) => f.hasOutput(type));
  }

  hasOutput(type: OutputType): boolean {
    return this.featuresWith(type).length > 0;
  }

  /**
   * Sets an output on every feature that has it (one level for all) or feature by feature (an array,
   * i-th entry for the i-th such feature). All commands travel in one frame, so the server sends
   * them to the device together.
   */
  async output(
    type: OutputType,
    levels: Level | readonly Level[],
    options: { durationMs?: number; clockwise?: boolean } = {},
  ): Promise<void> {
    const features = this.featuresWith(type);
    if (features.length === 0) throw new ButtplugDeviceError(`${this.name} has no ${type} output`);
    const list = Array.isArray(levels) ? levels : features.map(() => levels as Level);
    if (list.length > features.length) {
      throw new ButtplugDeviceError(`${this.name} has ${features.length} ${type} outputs, got ${list.length} levels`);
    }
    await this.sendOutputs(
      list.map((level, i) => ({
        featureIndex: features[i]!.index,
        command: features[i]!.outputCommand(type, level, options),
      })),
    );
  }

  /** Sends ready-made commands (one frame); resolves when the server has answered all of them. */
  async sendOutputs(commands: readonly { featureIndex: number; command: OutputCommand }[]): Promise<void> {
    await this.requester.requestAll(
      commands.map(({ featureIndex, command }) => ({
        type: 'OutputCmd',
        DeviceIndex: this.index,
        FeatureIndex: featureIndex,
        Command: command,
      })),
    );
  }

  vibrate(levels: Level | readonly Level[]): Promise<void> {
    return this.output('Vibrate', levels);
  }
  rotate(levels: Level | readonly Level[], clockwise = true): Promise<void> {
    return this.output('Rotate', levels, { clockwise });
  }
  oscillate(levels: Level | readonly Level[]): Promise<void> {
    return this.output('Oscillate', levels);
  }
  constrict(levels: Level | readonly Level[]): Promise<void> {
    return this.output('Constrict', levels);
  }
  spray(levels: Level | readonly Level[]): Promise<void> {
    return this.output('Spray', levels);
  }
  /** -1..1: negative cools, positive heats. */
  temperature(levels: Level | readonly Level[]): Promise<void> {
    return this.output('Temperature', levels);
  }
  led(levels: Level | readonly Level[]): Promise<void> {
    return this.output('Led', levels);
  }
  position(levels: Level | readonly Level[]): Promise<void> {
    return this.output('Position', levels);
  }
  positionWithDuration(positions: Level | readonly Level[], durationMs: number): Promise<void> {
    return this.output('HwPositionWithDuration', positions, { durationMs });
  }

  /** Stops this device's outputs (and, unless told otherwise, its sensor subscriptions). */
  async stop(options: { outputs?: boolean; inputs?: boolean; featureIndex?: number } = {}): Promise<void> {
    await this.requester.requestAll([
      {
        type: 'StopCmd',
        DeviceIndex: this.index,
        ...(options.featureIndex !== undefined ? { FeatureIndex: options.featureIndex } : {}),
        ...(options.outputs !== undefined ? { Outputs: options.outputs } : {}),
        ...(options.inputs !== undefined ? { Inputs: options.inputs } : {}),
      },
    ]);
  }

  private sensorFeature(type: InputType, featureIndex?: number): ButtplugClientFeature {
    const feature =
      featureIndex !== undefined
        ? this.features.find((f) => f.index === featureIndex)
        : this.features.find((f) => f.hasInput(type));
    if (!feature?.hasInput(type))
      throw new ButtplugDeviceError(
        `${this.name} has no ${type} sensor${featureIndex !== undefined ? ` on feature ${featureIndex}` : ''}`,
      );
    return feature;
  }

  /** Reads a sensor once; the raw value in the sensor's range. */
  async read(type: InputType = 'Battery', featureIndex?: number): Promise<number> {
    const feature = this.sensorFeature(type, featureIndex);
    const [reply] = await this.requester.requestAll([
      { type: 'InputCmd', DeviceIndex: this.index, FeatureIndex: feature.index, Type: type, Command: 'Read' },
    ]);
    if (reply?.type !== 'InputReading') throw new ButtplugDeviceError(`unexpected reply to a ${type} read`);
    return (Object.values(reply.Reading)[0] as { Value: number }).Value;
  }

  /** Battery charge as a fraction 0..1. */
  async battery(): Promise<number> {
    return (await this.read('Battery')) / 100;
  }

  /** Streams a sensor's readings to `listener` until the returned handle unsubscribes. */
  async subscribe(
    type: InputType,
    listener: (value: number) => void,
    featureIndex?: number,
  ): Promise<SensorSubscription> {
    const feature = this.sensorFeature(type, featureIndex);
    const stopListening = this.requester.readings.on((reading) => {
      if (reading.DeviceIndex !== this.index || reading.FeatureIndex !== feature.index) return;
      const value = (reading.Reading as Record<string, { Value: number } | undefined>)[type];
      if (value) listener(value.Value);
    });
    try {
      await this.requester.requestAll([
        { type: 'InputCmd', DeviceIndex: this.index, FeatureIndex: feature.index, Type: type, Command: 'Subscribe' },
      ]);
    } catch (error) {
      stopListening();
      throw error;
    }
    return {
      unsubscribe: async () => {
        stopListening();
        await this.requester.requestAll([
          {
            type: 'InputCmd',
            DeviceIndex: this.index,
            FeatureIndex: feature.index,
            Type: type,
            Command: 'Unsubscribe',
          },
        ]);
      },
    };
  }
}
