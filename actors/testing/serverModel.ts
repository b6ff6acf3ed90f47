/**
 * A reference model of a Buttplug server, small and pure: what a correct server's devices hold after
 * each thing a client, a device or the operator does. It knows the devices (by name, with their
 * outputs), which of them a client has found, the last value each output was set to, and whether
 * everything is stopped. Every stop path (StopCmd, the client leaving, a missed ping, a device going
 * away, the engine restarting) zeroes what it covers; positions stay where they are.
 *
 * It is what `serverCommands` (modelCommands.ts) check a real engine against, step by step, with
 * `fc.asyncModelRun` or `fc.scheduledModelRun`.
 */
import { STOPPABLE_OUTPUTS, type InputType, type OutputType } from '../../protocols/buttplug/featureTypes.js';
import type { FeatureDefinition, Range } from '../../protocols/config/deviceDefinitions.js';

export interface ModelOutputSpec {
  readonly feature: number;
  readonly type: OutputType;
  /** The database range (hardware units). */
  readonly range: Range;
  /** The user's narrowed hardware range `[low, high]` (user config `value`), inside `[0, range max]`. */
  readonly limit?: Range;
  /** Positions only: the user flipped the direction of travel. */
  readonly reverse?: boolean;
}

/** A user's setting for one output, as the model takes it (the same as a user config file says it). */
export interface ModelUserLimit {
  readonly feature: number;
  readonly type: OutputType;
  readonly range: Range;
  readonly reverse?: boolean;
}

export interface ModelDeviceSpec {
  readonly name: string;
  readonly outputs: readonly ModelOutputSpec[];
}

export interface ServerModel {
  /** A client session is open (handshaken). */
  readonly connected: boolean;
  readonly devices: readonly ModelDeviceSpec[];
  /** Devices that are in range (connectable), by name. */
  readonly present: ReadonlySet<string>;
  /** Devices the engine holds, by name (found by a scan, not gone since): a connected client lists them. */
  readonly found: ReadonlySet<string>;
  /** The last value each output was set to (`name/feature/type`), hardware units; absent: 0. */
  readonly values: ReadonlyMap<string, number>;
  /** Sensor streams the connected client subscribed to (`name/feature/type`): their readings reach it. */
  readonly subscriptions: ReadonlySet<string>;
}

export const inputKey = (device: string, feature: number, type: InputType): string => `${device}/${feature}/${type}`;

export const outputKey = (device: string, feature: number, type: OutputType): string => `${device}/${feature}/${type}`;

/** The outputs of a feature list, as the model tracks them, with the user's limits on them. */
export const modelDevice = (
  name: string,
  features: readonly FeatureDefinition[],
  userLimits: readonly ModelUserLimit[] = [],
): ModelDeviceSpec => ({
  name,
  outputs: features.flatMap((feature) =>
    Object.entries(feature.output ?? {}).map(([type, definition]): ModelOutputSpec => {
      const user = userLimits.find((limit) => limit.feature === feature.index && limit.type === type);
      return {
        feature: feature.index,
        type: type as OutputType,
        range: definition!.value,
        ...(user ? { limit: user.range } : {}),
        ...(user?.reverse ? { reverse: true } : {}),
      };
    }),
  ),
});

const isPosition = (type: OutputType): boolean => type === 'Position' || type === 'HwPositionWithDuration';
const isSigned = (output: ModelOutputSpec): boolean => output.range[0] < 0;

/**
 * The values a client may send to an output (what DeviceList advertises): with a user limit
 * `[low, high]`, `high - low` steps (both ways for outputs that turn both ways).
 */
export const clientRange = (output: ModelOutputSpec): Range => {
  const steps = output.limit ? output.limit[1] - output.limit[0] : output.range[1];
  return isSigned(output) ? [-steps, steps] : [0, steps];
};

/**
 * What the hardware gets for a client value: speeds keep 0 as off and start above the user's low end;
 * positions map into the user's window (from its top when reversed).
 */
export const hardwareValue = (output: ModelOutputSpec, value: number): number => {
  const low = output.limit?.[0] ?? 0;
  const high = output.limit?.[1] ?? output.range[1];
  if (isPosition(output.type)) return output.reverse ? high - value : low + value;
  return value === 0 ? 0 : Math.sign(value) * (low + Math.abs(value));
};

/**
 * The hardware values an output may hold when not stopped: the user's range if any, else the
 * database's; for outputs that turn both ways, a bound on the magnitude.
 */
export const allowedRange = (output: ModelOutputSpec): Range =>
  output.limit ?? (isSigned(output) ? [0, Math.max(-output.range[0], output.range[1])] : output.range);

/** The model's spec of one output. */
export const outputSpec = (
  model: ServerModel,
  device: string,
  feature: number,
  type: OutputType,
): ModelOutputSpec | undefined =>
  model.devices.find((d) => d.name === device)?.outputs.find((o) => o.feature === feature && o.type === type);

export const initialModel = (devices: readonly ModelDeviceSpec[]): ServerModel => ({
  connected: false,
  devices,
  present: new Set(devices.map((device) => device.name)),
  found: new Set(),
  values: new Map(),
  subscriptions: new Set(),
});

const isStoppable = (type: OutputType): boolean => STOPPABLE_OUTPUTS.includes(type);

/** Stoppable outputs of these devices (all when undefined) go to zero. */
const zeroed = (model: ServerModel, names?: readonly string[]): Map<string, number> => {
  const values = new Map(model.values);
  for (const key of values.keys()) {
    const [name, , type] = key.split('/') as [string, string, OutputType];
    if ((names === undefined || names.includes(name)) && isStoppable(type)) values.delete(key);
  }
  return values;
};

/** What a device holds on an output now. */
export const valueOf = (model: ServerModel, device: string, feature: number, type: OutputType): number =>
  model.values.get(outputKey(device, feature, type)) ?? 0;

/** Whether every stoppable output of every device is at zero. */
export const isStopped = (model: ServerModel): boolean =>
  [...model.values].every(([key, value]) => value === 0 || !isStoppable(key.split('/')[2] as OutputType));

export const connect = (model: ServerModel): ServerModel => ({ ...model, connected: true });

/** A scan finds every present device. */
export const scan = (model: ServerModel): ServerModel => ({
  ...model,
  found: new Set([...model.found, ...model.present]),
});

/** An accepted output command (a client value): the output holds its hardware value, user limits applied. */
export const setOutput = (
  model: ServerModel,
  device: string,
  feature: number,
  type: OutputType,
  value: number,
): ServerModel => {
  const spec = outputSpec(model, device, feature, type);
  const held = spec ? hardwareValue(spec, value) : value;
  return { ...model, values: new Map(model.values).set(outputKey(device, feature, type), held) };
};

/** Subscriptions of other devices than these (none left when `names` is undefined). */
const subscriptionsWithout = (model: ServerModel, names?: readonly string[]): Set<string> =>
  new Set(names === undefined ? [] : [...model.subscriptions].filter((key) => !names.includes(key.split('/')[0]!)));

/** StopCmd for one device or all: outputs stop, and (as StopCmd's `Inputs` defaults to true) sensor streams end. */
export const stop = (model: ServerModel, device?: string): ServerModel => {
  const names = device === undefined ? undefined : [device];
  return { ...model, values: zeroed(model, names), subscriptions: subscriptionsWithout(model, names) };
};

/** The client left (Disconnect, connection closed, missed ping): every device stops (and stays connected), streams end. */
export const disconnect = (model: ServerModel): ServerModel => ({
  ...model,
  connected: false,
  values: zeroed(model),
  subscriptions: new Set(),
});

/** InputCmd Subscribe: the sensor's readings reach the client from now on. */
export const subscribe = (model: ServerModel, device: string, feature: number, type: InputType): ServerModel => ({
  ...model,
  subscriptions: new Set(model.subscriptions).add(inputKey(device, feature, type)),
});

/** InputCmd Unsubscribe: no more readings from that sensor. */
export const unsubscribe = (model: ServerModel, device: string, feature: number, type: InputType): ServerModel => {
  const subscriptions = new Set(model.subscriptions);
  subscriptions.delete(inputKey(device, feature, type));
  return { ...model, subscriptions };
};

/** Whether a reading the device pushes on this sensor reaches the client. */
export const isSubscribed = (model: ServerModel, device: string, feature: number, type: InputType): boolean =>
  model.connected && model.found.has(device) && model.subscriptions.has(inputKey(device, feature, type));

/** A device went away: it leaves the list and holds nothing (it is off). */
export const dropDevice = (model: ServerModel, device: string): ServerModel => {
  const present = new Set(model.present);
  present.delete(device);
  const found = new Set(model.found);
  found.delete(device);
  const values = new Map([...model.values].filter(([key]) => !key.startsWith(`${device}/`)));
  return { ...model, present, found, values, subscriptions: subscriptionsWithout(model, [device]) };
};

/** A device is back in range: the next scan finds it. */
export const returnDevice = (model: ServerModel, device: string): ServerModel => ({
  ...model,
  present: new Set(model.present).add(device),
});

/** The engine restarted: nobody connected, nothing found, everything stopped. */
export const restart = (model: ServerModel): ServerModel => ({
  ...model,
  connected: false,
  found: new Set(),
  values: new Map(),
  subscriptions: new Set(),
});

/** Whether a connected client has this device in its list. */
export const isListed = (model: ServerModel, device: string): boolean => model.connected && model.found.has(device);

/** The device list a client should see, by name, sorted (none without a client). */
export const expectedDeviceList = (model: ServerModel): string[] => (model.connected ? [...model.found].sort() : []);
