/**
 * The two shapes most device protocols' output encoding takes, so protocol modules only say what
 * their packets look like:
 *
 * - `packetPerOutput`: every output change is its own packet (most single-purpose toys).
 * - `combinedPacket`: one packet carries every motor's level; the state remembers the levels, a
 *   batch updates the ones it changes and yields the packet (or packets) that carry all of them.
 */
import {
  encoded,
  unsupported,
  type EncodeResult,
  type FeatureOutput,
  type ProtocolDevice,
  type ProtocolWrite,
} from './deviceProtocol.js';

/** A protocol's answer for one output: its packet(s), or why it cannot express it. */
export type PacketOrReason = ProtocolWrite | readonly ProtocolWrite[] | string;

/** An encoder for protocols without state whose every output change is its own packet(s). */
export const packetPerOutput =
  (packet: (output: FeatureOutput, device: ProtocolDevice) => PacketOrReason) =>
  <S>(state: S, outputs: readonly FeatureOutput[], device: ProtocolDevice): EncodeResult<S> => {
    const writes: ProtocolWrite[] = [];
    for (const output of outputs) {
      const result = packet(output, device);
      if (typeof result === 'string') return unsupported(result);
      writes.push(...(Array.isArray(result) ? result : [result as ProtocolWrite]));
    }
    return encoded(state, writes);
  };

/** Folds a one-output encoder that keeps state (a direction, a position) over a batch, in order. */
export const eachOutput = <S>(
  state: S,
  outputs: readonly FeatureOutput[],
  device: ProtocolDevice,
  encodeOne: (state: S, output: FeatureOutput, device: ProtocolDevice) => EncodeResult<S>,
): EncodeResult<S> => {
  let next = state;
  const writes: ProtocolWrite[] = [];
  for (const output of outputs) {
    const result = encodeOne(next, output, device);
    if (!result.ok) return result;
    next = result.state;
    writes.push(...result.writes);
  }
  return encoded(next, writes);
};

export interface LevelsState {
  /** The level last sent for each slot of the combined packet. */
  readonly levels: readonly number[];
}

export interface CombinedPacket {
  /** How many levels the packet carries; default: as many as the state holds (sized per model by `createState`). */
  readonly slots?: number;
  /** Which slot (and value) an output sets, or why the protocol cannot express it. */
  slot(output: FeatureOutput, device: ProtocolDevice): { readonly slot: number; readonly value: number } | string;
  /** The packet(s) that tell the device every level. */
  packet(levels: readonly number[], device: ProtocolDevice): ProtocolWrite | readonly ProtocolWrite[];
}

export const initialLevels = (slots: number): LevelsState => ({ levels: Array.from({ length: slots }, () => 0) });

/** How many of the model's features have an output: the motors a combined packet carries. */
export const outputFeatureCount = (device: ProtocolDevice): number =>
  device.definition.features.filter((feature) => feature.outputs.length > 0).length;

/** An encoder for protocols that send all motors' levels together: one packet (or one set of packets) per batch. */
export const combinedPacket =
  (spec: CombinedPacket) =>
  <S extends LevelsState>(state: S, outputs: readonly FeatureOutput[], device: ProtocolDevice): EncodeResult<S> => {
    if (outputs.length === 0) return encoded(state, []);
    const levels = [...state.levels];
    const slots = spec.slots ?? levels.length;
    for (const output of outputs) {
      const target = spec.slot(output, device);
      if (typeof target === 'string') return unsupported(target);
      if (target.slot < 0 || target.slot >= slots)
        return unsupported(`feature ${output.feature.index} has no place in the packet`);
      levels[target.slot] = target.value;
    }
    const packet = spec.packet(levels, device);
    return encoded({ ...state, levels }, Array.isArray(packet) ? packet : [packet as ProtocolWrite]);
  };
