/** Drives a protocol's encoder by hand: a model by name, batches of outputs in, packets out. */
import type { OutputType } from '../../protocols/buttplug/featureTypes.js';
import type {
  AnyDeviceProtocol,
  FeatureOutput,
  ProtocolDevice,
  ProtocolWrite,
} from '../../protocols/devices/shared/deviceProtocol.js';
import { models, protocolDevice } from './protocolDevices.js';

export const modelNamed = (protocol: AnyDeviceProtocol, name: string, hardwareName?: string): ProtocolDevice => {
  const model = models(protocol).find((m) => m.name === name);
  if (!model) throw new Error(`${protocol.name} has no model ${name}`);
  return protocolDevice(protocol, model, hardwareName);
};

/** One output: feature index, output type, hardware value (and duration for positions). */
export type OutputStep = readonly [feature: number, type: OutputType, value: number, duration?: number];

export const outputsOf = (device: ProtocolDevice, steps: readonly OutputStep[]): FeatureOutput[] =>
  steps.map(([index, type, value, duration]) => {
    const feature = device.definition.features.find((f) => f.index === index);
    if (!feature) throw new Error(`no feature ${index}`);
    return { feature, type, value, ...(duration !== undefined ? { duration } : {}) };
  });

/** Encodes the batches in turn from a fresh state; the writes of each batch, or the refusal reason. */
export const encodeBatches = (
  protocol: AnyDeviceProtocol,
  device: ProtocolDevice,
  batches: readonly (readonly OutputStep[])[],
): (readonly ProtocolWrite[] | string)[] => {
  let state: unknown = protocol.createState(device);
  return batches.map((batch) => {
    const result = protocol.encodeOutputs(state, outputsOf(device, batch), device);
    if (!result.ok) return result.reason;
    state = result.state;
    return result.writes;
  });
};

/** Just the bytes of each batch's writes. */
export const packetsOf = (
  protocol: AnyDeviceProtocol,
  device: ProtocolDevice,
  batches: readonly (readonly OutputStep[])[],
) =>
  encodeBatches(protocol, device, batches).map((writes) =>
    typeof writes === 'string' ? writes : writes.map((w) => [...w.data]),
  );
