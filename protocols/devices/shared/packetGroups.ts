/**
 * An encoder for protocols that remember every output's level and where some outputs share a
 * packet (two motors in one packet, a third in its own). Each output names its packet; a batch
 * sends each packet once, where the last of its outputs stands, built from the levels known at
 * that point. So a batch ends with the packet its outputs one by one would have ended with.
 */
import type { OutputType } from '../../buttplug/featureTypes.js';
import {
  encoded,
  unsupported,
  type EncodeResult,
  type FeatureOutput,
  type ProtocolDevice,
  type ProtocolWrite,
} from './deviceProtocol.js';
import { initialLevels, notDriven, type LevelsState } from './outputEncoders.js';

export interface GroupSlot {
  readonly slot: number;
  readonly value: number;
  /** Names the packet that carries the slot. */
  readonly packet: string;
}

export interface PacketGroups {
  /**
   * What the protocol drives: per output type, the level slot an output sets and the packet that
   * carries it (or why this feature cannot take it).
   */
  readonly slots: Readonly<
    Partial<Record<OutputType, (output: FeatureOutput, device: ProtocolDevice) => GroupSlot | string>>
  >;
  /** How many levels the packets carry together. */
  readonly size: number;
  /** The packet named `packet`, from the levels (every slot). */
  packet(packet: string, levels: readonly number[], device: ProtocolDevice): ProtocolWrite;
}

/** The protocol's state (every level) and its encoder, to spread into the protocol. */
export const packetGroups = (spec: PacketGroups) => ({
  createState: (): LevelsState => initialLevels(spec.size),
  encodeOutputs: <S extends LevelsState>(
    state: S,
    outputs: readonly FeatureOutput[],
    device: ProtocolDevice,
  ): EncodeResult<S> => {
    const levels = [...state.levels];
    const targets: GroupSlot[] = [];
    for (const output of outputs) {
      const rule = Object.hasOwn(spec.slots, output.type) ? spec.slots[output.type] : undefined;
      if (!rule) return notDriven(output);
      const target = rule(output, device);
      if (typeof target === 'string') return unsupported(target);
      if (target.slot < 0 || target.slot >= levels.length)
        return unsupported(`feature ${output.feature.index} has no place in a packet`);
      targets.push(target);
    }
    const writes: ProtocolWrite[] = [];
    targets.forEach((target, i) => {
      levels[target.slot] = target.value;
      const lastOfItsPacket = targets.findLastIndex((t) => t.packet === target.packet) === i;
      if (lastOfItsPacket) writes.push(spec.packet(target.packet, levels, device));
    });
    return encoded({ ...state, levels }, writes);
  },
});
