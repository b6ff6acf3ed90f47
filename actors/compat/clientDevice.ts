/**
 * A device and its features as the official `buttplug` 5.x client shows them: event emitters, features
 * in a `Map` by index, `runOutput(DeviceOutput.Vibrate.percent(0.5))`, `runInput(type, command)`.
 * Underneath, each is one of our client's devices; requests go through our client (Ids, timeouts,
 * rejection when the link drops). The two classes live together because each refers to the other.
 */
import { EventEmitter } from 'eventemitter3';
import {
  ButtplugClientDevice as NativeDevice,
  type ClientRequest,
  type DeviceRequester,
} from '../client/clientDevice.js';
import { errorFromServer } from '../client/clientErrors.js';
import type { TaggedMessage } from '../../protocols/buttplug/frame.js';
import type { InputCommand, InputType as WireInputType } from '../../protocols/buttplug/featureTypes.js';
import type {
  DeviceInfo as WireDeviceInfo,
  OutputCommand,
  ServerMessageV4,
} from '../../protocols/buttplug/messages.js';
import type { DeviceOutputCommand } from './deviceOutput.js';
import { ButtplugDeviceError, ButtplugMessageError, compatCall } from './exceptions.js';
import {
  DEFAULT_MESSAGE_ID,
  InputCommandType,
  InputType,
  OutputType,
  type ButtplugMessage,
  type DeviceInfo,
  type InputReading,
} from './messages.js';
import { fromWireInputType, toMessageObject, toTaggedMessage, toWireInputType } from './wireTypes.js';

export type ButtplugClientDeviceFeatureValueRange = readonly [min: number, max: number];

export interface ButtplugClientDeviceFeatureOutput {
  readonly type: OutputType;
  readonly valueRange: ButtplugClientDeviceFeatureValueRange;
  readonly durationRange?: ButtplugClientDeviceFeatureValueRange;
}

export interface ButtplugClientDeviceFeatureInput {
  readonly type: InputType;
  readonly valueRange: ButtplugClientDeviceFeatureValueRange;
  readonly commands: readonly InputCommandType[];
}

export interface IButtplugClientDeviceFeature extends EventEmitter {
  readonly index: number;
  readonly descriptor: string;
  readonly featureDescriptor: string;
  readonly outputs: ReadonlyMap<OutputType, ButtplugClientDeviceFeatureOutput>;
  readonly inputs: ReadonlyMap<InputType, ButtplugClientDeviceFeatureInput>;
  output(type: OutputType): ButtplugClientDeviceFeatureOutput | undefined;
  input(type: InputType): ButtplugClientDeviceFeatureInput | undefined;
  hasOutput(type: OutputType): boolean;
  hasInput(type: InputType): boolean;
  runOutput(cmd: DeviceOutputCommand): Promise<void>;
  runInput(inputType: InputType, inputCommand: InputCommandType): Promise<ButtplugClientInputReading | undefined>;
}

export interface ButtplugClientInputReading {
  readonly device: ButtplugClientDevice;
  readonly feature: IButtplugClientDeviceFeature;
  readonly inputType: InputType;
  readonly value: number;
}

/** A feature as the server describes it (the official message type, or ours). */
interface FeatureData {
  readonly FeatureIndex: number;
  readonly FeatureDescription?: string;
  readonly FeatureDescriptor?: string;
  readonly Output?: Readonly<
    Record<string, { readonly Value: readonly number[]; readonly Duration?: readonly number[] }>
  >;
  readonly Input?: Readonly<
    Record<string, { readonly Value: readonly (number | readonly number[])[]; readonly Command: readonly string[] }>
  >;
}

/** What a feature asks of its device: requests through our client. */
interface FeatureChannel {
  output(commands: readonly { featureIndex: number; command: OutputCommand }[]): Promise<void>;
  read(type: WireInputType, featureIndex: number): Promise<number>;
  input(type: WireInputType, featureIndex: number, command: Exclude<InputCommand, 'Read'>): Promise<void>;
}

const range = (values: readonly number[]): ButtplugClientDeviceFeatureValueRange =>
  Object.freeze([values[0]!, values[1]!] as const);

/**
 * An input's range. The spec sends one range per reading dimension (`[[0, 100]]`); the official
 * client took the outer array for the range (`[[0, 100], undefined]`). This is the first dimension's.
 */
const inputRange = (values: readonly (number | readonly number[])[]): ButtplugClientDeviceFeatureValueRange => {
  const first = values[0];
  return Array.isArray(first) ? range(first as readonly number[]) : range(values as readonly number[]);
};

/** The feature's own entry for an output type (never something inherited, whatever string the app passes). */
const ownOutput = (feature: FeatureData, type: string) =>
  feature.Output && Object.hasOwn(feature.Output, type) ? feature.Output[type] : undefined;

/** The OutputCmd command for one feature, checked against its ranges as the official client checks it. */
const outputCommandFor = (feature: FeatureData, cmd: DeviceOutputCommand): OutputCommand => {
  const type = cmd.outputType;
  const output = ownOutput(feature, type);
  if (!output) throw new ButtplugDeviceError(`Output type ${type} not supported by feature.`);
  let duration: number | undefined;
  if (type === OutputType.HwPositionWithDuration) {
    if (cmd.duration === undefined) throw new ButtplugDeviceError('PositionWithDuration requires duration defined');
    duration = cmd.duration;
    const [low, high] = output.Duration ?? [];
    if (low !== undefined && high !== undefined && (duration < low || duration > high)) {
      throw new ButtplugDeviceError(`Duration value ${duration} is not in the range ${low} <= x <= ${high}`);
    }
  }
  const [min, max] = range(output.Value);
  // A percent spans the whole range from its minimum, so on a signed range 0.5 is the middle (stop).
  const value = cmd.percent === undefined ? cmd.value : Math.ceil(min + (max - min) * cmd.percent);
  if (value === undefined) throw new ButtplugDeviceError(`${type} requires value defined`);
  if (value < min || value > max) {
    throw new ButtplugDeviceError(`${type} value ${value} is not in the range ${min} <= x <= ${max}`);
  }
  return { [type]: duration === undefined ? { Value: value } : { Value: value, Duration: duration } } as OutputCommand;
};

export class ButtplugClientDeviceFeature extends EventEmitter implements IButtplugClientDeviceFeature {
  constructor(
    private readonly _device: ButtplugClientDevice,
    private readonly _feature: FeatureData,
    private readonly _channel: FeatureChannel,
  ) {
    super();
  }

  get index(): number {
    return this._feature.FeatureIndex;
  }

  /** The feature's description (`FeatureDescription`; the official client read a field servers never send). */
  get descriptor(): string {
    return this._feature.FeatureDescription ?? this._feature.FeatureDescriptor ?? '';
  }

  get featureDescriptor(): string {
    return this.descriptor;
  }

  get outputs(): ReadonlyMap<OutputType, ButtplugClientDeviceFeatureOutput> {
    return new Map(
      Object.keys(this._feature.Output ?? {}).map((type) => [type as OutputType, this.output(type as OutputType)!]),
    );
  }

  get inputs(): ReadonlyMap<InputType, ButtplugClientDeviceFeatureInput> {
    return new Map(
      Object.keys(this._feature.Input ?? {}).map((wire) => {
        const type = fromWireInputType(wire);
        return [type, this.input(type)!];
      }),
    );
  }

  output(type: OutputType): ButtplugClientDeviceFeatureOutput | undefined {
    const output = this.rawOutput(type);
    if (!output) return undefined;
    return Object.freeze({
      type,
      valueRange: range(output.Value),
      ...(Array.isArray(output.Duration) ? { durationRange: range(output.Duration) } : {}),
    });
  }

  input(type: InputType): ButtplugClientDeviceFeatureInput | undefined {
    const input = this.rawInput(type);
    if (!input) return undefined;
    return Object.freeze({
      type,
      valueRange: inputRange(input.Value),
      commands: Object.freeze([...input.Command] as InputCommandType[]),
    });
  }

  hasOutput(type: OutputType): boolean {
    return this.rawOutput(type) !== undefined;
  }

  hasInput(type: InputType): boolean {
    return this.rawInput(type) !== undefined;
  }

  async runOutput(cmd: DeviceOutputCommand): Promise<void> {
    const command = outputCommandFor(this._feature, cmd);
    await compatCall(() => this._channel.output([{ featureIndex: this.index, command }]));
  }

  async runInput(
    inputType: InputType,
    inputCommand: InputCommandType,
  ): Promise<ButtplugClientInputReading | undefined> {
    const input = this.rawInput(inputType);
    if (!input) {
      throw new ButtplugDeviceError(
        `Feature index ${this.index} does not support type ${inputType} for device ${this._device.name}`,
      );
    }
    // Unsubscribe is implied by Subscribe; Read and Subscribe must be listed.
    const needed = inputCommand === InputCommandType.Unsubscribe ? InputCommandType.Subscribe : inputCommand;
    if (!input.Command.includes(needed)) {
      throw new ButtplugDeviceError(`${inputType} does not support command ${inputCommand}`);
    }
    const wire = toWireInputType(inputType) as WireInputType;
    if (inputCommand === InputCommandType.Read) {
      const value = await compatCall(() => this._channel.read(wire, this.index));
      return Object.freeze({ device: this._device, feature: this, inputType, value });
    }
    await compatCall(() => this._channel.input(wire, this.index, inputCommand as Exclude<InputCommand, 'Read'>));
    return undefined;
  }

  /** The readings in an InputReading message that belong to this feature. */
  inputReadingsFromMessage(inputReading: InputReading): ButtplugClientInputReading[] {
    if (inputReading.FeatureIndex !== this.index) return [];
    return Object.entries(inputReading.Reading).map(([type, reading]) =>
      Object.freeze({ device: this._device, feature: this, inputType: fromWireInputType(type), value: reading.Value }),
    );
  }

  emitInputReading(inputReading: InputReading): ButtplugClientInputReading[] {
    const readings = this.inputReadingsFromMessage(inputReading);
    for (const reading of readings) this.emit('inputreading', reading);
    return readings;
  }

  private rawOutput(type: OutputType) {
    return ownOutput(this._feature, type);
  }

  private rawInput(type: InputType) {
    const inputs = this._feature.Input;
    const wire = toWireInputType(type);
    return inputs && Object.hasOwn(inputs, wire) ? inputs[wire] : undefined;
  }
}

/** Module-private: how the client wraps one of our devices. */
export const adoptDevice: unique symbol = Symbol('adoptDevice');

export class ButtplugClientDevice extends EventEmitter {
  private readonly _features: Map<number, ButtplugClientDeviceFeature>;

  private constructor(
    private readonly _native: NativeDevice,
    private readonly _requestAll: (messages: readonly ClientRequest[]) => Promise<ServerMessageV4[]>,
  ) {
    super();
    const channel: FeatureChannel = {
      output: (commands) => this._native.sendOutputs(commands),
      read: (type, featureIndex) => this._native.read(type, featureIndex),
      input: async (type, featureIndex, command) => {
        await this._requestAll([
          { type: 'InputCmd', DeviceIndex: this.index, FeatureIndex: featureIndex, Type: type, Command: command },
        ]);
      },
    };
    this._features = new Map(
      Object.entries(_native.info.DeviceFeatures).map(([index, feature]) => [
        Number.parseInt(index, 10),
        new ButtplugClientDeviceFeature(this, feature as FeatureData, channel),
      ]),
    );
  }

  /** One of our client's devices, with the client's request function. */
  static [adoptDevice](
    native: NativeDevice,
    requestAll: (messages: readonly ClientRequest[]) => Promise<ServerMessageV4[]>,
  ): ButtplugClientDevice {
    return new ButtplugClientDevice(native, requestAll);
  }

  /** A device from its DeviceList entry, sending through `sendClosure` (message objects in, replies out). */
  static fromMsg(
    msg: DeviceInfo,
    sendClosure: (msg: ButtplugMessage) => Promise<ButtplugMessage>,
  ): ButtplugClientDevice {
    const requestOne = async (request: ClientRequest): Promise<ServerMessageV4> => {
      const tagged: TaggedMessage & { Id: number } = { ...request, Id: DEFAULT_MESSAGE_ID };
      const message = toMessageObject(tagged);
      const reply = toTaggedMessage(await sendClosure(message));
      if (!reply) throw new ButtplugMessageError('Expected a reply message, and did not get one.');
      if (reply.type === 'Error') {
        throw errorFromServer(Number(reply['ErrorCode']), String(reply['ErrorMessage']), Number(reply['Id']));
      }
      return reply as unknown as ServerMessageV4;
    };
    const requestAll = (messages: readonly ClientRequest[]) => Promise.all(messages.map(requestOne));
    const requester: DeviceRequester = { requestAll, readings: { on: () => () => {} } };
    return new ButtplugClientDevice(new NativeDevice(msg as unknown as WireDeviceInfo, requester), requestAll);
  }

  get name(): string {
    return this._native.name;
  }

  get displayName(): string | undefined {
    return this._native.displayName;
  }

  get index(): number {
    return this._native.index;
  }

  get messageTimingGap(): number | undefined {
    return this._native.messageTimingGap;
  }

  get features(): ReadonlyMap<number, IButtplugClientDeviceFeature> {
    return new Map(this._features);
  }

  hasOutput(type: OutputType): boolean {
    return [...this._features.values()].some((feature) => feature.hasOutput(type));
  }

  hasInput(type: InputType): boolean {
    return [...this._features.values()].some((feature) => feature.hasInput(type));
  }

  /** Runs the command on every feature that has its output, in one frame. */
  async runOutput(cmd: DeviceOutputCommand): Promise<void> {
    const features = Object.values(this._native.info.DeviceFeatures as Record<string, FeatureData>).filter(
      (feature) => ownOutput(feature, cmd.outputType) !== undefined,
    );
    if (features.length === 0) throw new ButtplugDeviceError(`No features with output type ${cmd.outputType}`);
    const commands = features.map((feature) => ({
      featureIndex: feature.FeatureIndex,
      command: outputCommandFor(feature, cmd),
    }));
    await compatCall(() => this._native.sendOutputs(commands));
  }

  /** Stops every output of the device and ends its sensor subscriptions. */
  async stop(): Promise<void> {
    await compatCall(() => this._native.stop({ inputs: true, outputs: true }));
  }

  /** The battery level as the device reports it (0..100). */
  async battery(): Promise<number> {
    const feature = [...this._features.values()].find((f) => f.hasInput(InputType.Battery));
    if (!feature) throw new ButtplugDeviceError('No battery present on this device.');
    const reading = await feature.runInput(InputType.Battery, InputCommandType.Read);
    if (reading === undefined) throw new ButtplugMessageError('Got incorrect message back.');
    return reading.value;
  }

  /** Hands an InputReading to the feature it belongs to; emits `inputreading` here for each reading. */
  emitInputReading(inputReading: InputReading): ButtplugClientInputReading[] {
    const feature = this._features.get(inputReading.FeatureIndex);
    if (!feature) return [];
    const readings = feature.emitInputReading(inputReading);
    for (const reading of readings) this.emit('inputreading', reading);
    return readings;
  }

  /** Emits `deviceremoved` on this device (the client does, when the server no longer lists it). */
  emitDisconnected(): void {
    this.emit('deviceremoved');
  }
}
