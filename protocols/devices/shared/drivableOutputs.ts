/**
 * A model's outputs that its protocol cannot stop. The device database may declare an output the
 * protocol module has no packet for (the iToys Lach's Constrict: buttplug-rs's itoys handler has
 * none either). Such an output is left out of what the device advertises, so every output a client
 * sees is one the engine can also stop; the rest of the device still connects.
 */
import { STOPPABLE_OUTPUTS, type OutputType } from '../../buttplug/featureTypes.js';
import type { ResolvedDevice } from '../../config/resolvedDevice.js';
import type { AnyDeviceProtocol, ProtocolDevice } from './deviceProtocol.js';

/** One declared output the protocol refused to stop, and its reason. */
export interface UndrivableOutput {
  readonly featureIndex: number;
  readonly type: OutputType;
  readonly reason: string;
}

const stoppable = new Set<OutputType>(STOPPABLE_OUTPUTS);

/** Each stoppable output's stop (its value 0), encoded alone: the outputs the protocol refuses. */
export const undrivableOutputs = (
  protocol: AnyDeviceProtocol,
  state: unknown,
  device: ProtocolDevice,
): UndrivableOutput[] =>
  device.definition.features.flatMap((feature) =>
    feature.outputs
      .filter((output) => stoppable.has(output.type))
      .flatMap((output) => {
        const stop = protocol.encodeOutputs(state, [{ feature, type: output.type, value: 0 }], device);
        return stop.ok ? [] : [{ featureIndex: feature.index, type: output.type, reason: stop.reason }];
      }),
  );

/** The definition without those outputs (a feature left with nothing to drive or read goes too). */
export const withoutOutputs = (definition: ResolvedDevice, left: readonly UndrivableOutput[]): ResolvedDevice => {
  if (left.length === 0) return definition;
  const isLeft = (index: number, type: OutputType) =>
    left.some((entry) => entry.featureIndex === index && entry.type === type);
  const features = definition.features.flatMap((feature) => {
    const outputs = feature.outputs.filter((output) => !isLeft(feature.index, output.type));
    const empty = outputs.length === 0 && Object.keys(feature.inputs).length === 0;
    return empty && feature.outputs.length > 0 ? [] : [{ ...feature, outputs }];
  });
  return { ...definition, features };
};
