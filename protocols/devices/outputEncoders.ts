/**
 * The two shapes most device protocols' output encoding takes, so protocol modules only say what
 * their packets look like:
 *
 * - `packetPerOutput`: every output change is its own packet (most single-purpose toys).
 * - `combinedPacket`: one packet carries every motor's level; the state remembers the levels, a
 *   batch updates the ones it changes and yields one packet with all of them (or the few packets
 *   that together say every motor's level).
 */
import { encoded, unsupported, type EncodeResult, type FeatureOutput, type ProtocolDevice, type ProtocolWrite } from './deviceProtocol.js';

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

export interface LevelsState {
  /** The level last sent for each slot of the combined packet. */
  readonly levels: readonly number[];
}

export interface CombinedPacket {
  /** Default: as many as the state holds (models with different motor counts). */
  readonly slots?: number;
  /** Which slot (and value) an output sets, or why the protocol cannot express it. */
  slot(output: FeatureOutput, device: ProtocolDevice): { readonly slot: number; readonly value: number } | string;
  packet(levels: readonly number[], device: ProtocolDevice): ProtocolWrite | readonly ProtocolWrite[];
}

export const initialLevels = (slots: number): LevelsState => ({ levels: Array.from({ length: slots }, () => 0) });

/** An encoder for protocols that send all motors' levels in one packet: one packet per batch. */
export const combinedPacket =
  (spec: CombinedPacket) =>
  <S extends LevelsState>(state: S, outputs: readonly FeatureOutput[], device: ProtocolDevice): EncodeResult<S> => {
    if (outputs.length === 0) return encoded(state, []);
    const levels = [...state.levels];
    for (const output of outputs) {
      const target = spec.slot(output, device);
      if (typeof target === 'string') return unsupported(target);
      if (target.slot < 0 || target.slot >= (spec.slots ?? state.levels.length)) return unsupported(`feature ${output.feature.index} has no place in the packet`);
      levels[target.slot] = target.value;
    }
    const packets = spec.packet(levels, device);
    return encoded({ ...state, levels }, Array.isArray(packets) ? packets : [packets as ProtocolWrite]);
  };
