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
import { STOPPABLE_OUTPUTS, type OutputType } from '../../protocols/buttplug/featureTypes.js';
import type { FeatureDefinition, Range } from '../../protocols/config/deviceDefinitions.js';

export interface ModelOutputSpec {
  readonly feature: number;
  readonly type: OutputType;
  readonly range: Range;
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
}

export const outputKey = (device: string, feature: number, type: OutputType): string => `${device}/${feature}/${type}`;

/** The outputs of a feature list, as the model tracks them. */
export const modelDevice = (name: string, features: readonly FeatureDefinition[]): ModelDeviceSpec => ({
  name,
  outputs: features.flatMap((feature) =>
    Object.entries(feature.output ?? {}).map(([type, definition]) => ({
      feature: feature.index,
      type: type as OutputType,
      range: definition!.value,
    })),
  ),
});

export const initialModel = (devices: readonly ModelDeviceSpec[]): ServerModel => ({
  connected: false,
  devices,
  present: new Set(devices.map((device) => device.name)),
  found: new Set(),
  values: new Map(),
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

/** An accepted output command: the output holds the value. */
export const setOutput = (
  model: ServerModel,
  device: string,
  feature: number,
  type: OutputType,
  value: number,
): ServerModel => ({ ...model, values: new Map(model.values).set(outputKey(device, feature, type), value) });

/** StopCmd for one device or all. */
export const stop = (model: ServerModel, device?: string): ServerModel => ({
  ...model,
  values: zeroed(model, device === undefined ? undefined : [device]),
});

/** The client left (Disconnect, connection closed, missed ping): every device stops (and stays connected). */
export const disconnect = (model: ServerModel): ServerModel => ({
  ...model,
  connected: false,
  values: zeroed(model),
});

/** A device went away: it leaves the list and holds nothing (it is off). */
export const dropDevice = (model: ServerModel, device: string): ServerModel => {
  const present = new Set(model.present);
  present.delete(device);
  const found = new Set(model.found);
  found.delete(device);
  const values = new Map([...model.values].filter(([key]) => !key.startsWith(`${device}/`)));
  return { ...model, present, found, values };
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
});

/** Whether a connected client has this device in its list. */
export const isListed = (model: ServerModel, device: string): boolean => model.connected && model.found.has(device);

/** The device list a client should see, by name, sorted (none without a client). */
export const expectedDeviceList = (model: ServerModel): string[] => (model.connected ? [...model.found].sort() : []);
