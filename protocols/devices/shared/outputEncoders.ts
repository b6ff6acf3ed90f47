/**
 * The shapes most device protocols' output encoding takes, so a protocol module only says what it
 * drives and what its packets look like. What it drives is data: the keys of its table. The one
 * refusal for anything else is `notDriven`, written here once (as buttplug-rs's trait defaults do):
 * the device config only lets through outputs a model declares, so it answers a config that
 * declares more than the protocol can express.
 *
 * - `byOutputType`: every output change is its own packet (most single-purpose toys).
 * - `combinedPacket`: one packet carries every motor's level; the state remembers the levels, a
 *   batch updates the ones it changes and yields the packet (or packets) that carry all of them.
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

/** The refusal of an output type a protocol does not drive. */
export const notDriven = (output: FeatureOutput): EncodeResult<never> =>
  unsupported(`this protocol drives no ${output.type} output (feature ${output.feature.index})`);

/**
 * An encoder of its own (state it threads, packets it merges) for a protocol that names the output
 * types it drives: anything else is refused before the encoder sees it, so it need not ask.
 */
export const drivesOnly =
  <S>(
    types: readonly OutputType[],
    encode: (state: S, outputs: readonly FeatureOutput[], device: ProtocolDevice) => EncodeResult<S>,
  ) =>
  (state: S, outputs: readonly FeatureOutput[], device: ProtocolDevice): EncodeResult<S> => {
    const other = outputs.find((output) => !types.includes(output.type));
    return other ? notDriven(other) : encode(state, outputs, device);
  };

/** A protocol's answer for one output: its packet(s), or (rarely) why this feature cannot take it. */
export type PacketOrReason = ProtocolWrite | readonly ProtocolWrite[] | string;

/** One output change as its packet(s). */
export type OutputPacket = (output: FeatureOutput, device: ProtocolDevice) => PacketOrReason;

/** What a protocol drives, by output type. */
export type OutputTable = Readonly<Partial<Record<OutputType, OutputPacket>>>;

/** The same entry for several output types (a toy that drives them all alike). */
export const forTypes = <T>(types: readonly OutputType[], entry: T): Readonly<Partial<Record<OutputType, T>>> =>
  Object.fromEntries(types.map((type) => [type, entry]));

/** One packet function for several output types (a toy whose every output is a motor's level). */
export const samePacket = (types: readonly OutputType[], packet: OutputPacket): OutputTable => forTypes(types, packet);

/** The table's entry for the output's type, if the protocol drives it. */
const entryFor = <T>(table: Readonly<Partial<Record<OutputType, T>>>, type: OutputType): T | undefined =>
  Object.hasOwn(table, type) ? table[type] : undefined;

/** An encoder for protocols without state whose every output change is its own packet(s). */
export const byOutputType =
  (table: OutputTable) =>
  <S>(state: S, outputs: readonly FeatureOutput[], device: ProtocolDevice): EncodeResult<S> => {
    const writes: ProtocolWrite[] = [];
    for (const output of outputs) {
      const packet = entryFor(table, output.type);
      if (!packet) return notDriven(output);
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

export const initialLevels = (slots: number): LevelsState => ({ levels: Array.from({ length: slots }, () => 0) });

/** How many of the model's features have an output: the motors a combined packet carries. */
export const outputFeatureCount = (device: ProtocolDevice): number =>
  device.definition.features.filter((feature) => feature.outputs.length > 0).length;

/** Where an output's level goes: its slot and the value to put there, or why this feature cannot take it. */
export type SlotOrReason = { readonly slot: number; readonly value: number } | string;

/**
 * Where an output type's level goes in a combined packet: a fixed slot, `'feature'` (the slot is the
 * feature's index), or a function for anything else (a value the packet writes differently).
 */
export type SlotRule = number | 'feature' | ((output: FeatureOutput, device: ProtocolDevice) => SlotOrReason);

export interface CombinedPacket {
  /** What the packet carries: the output types the protocol drives and where each one's level goes. */
  readonly slots: Readonly<Partial<Record<OutputType, SlotRule>>>;
  /**
   * How many levels the packet carries, as a number or per model. Default: with fixed slots, the
   * largest + 1; with `'feature'` slots, one per feature of the model that has an output.
   */
  readonly size?: number | ((device: ProtocolDevice) => number);
  /** The packet(s) that tell the device every level. */
  packet(levels: readonly number[], device: ProtocolDevice): ProtocolWrite | readonly ProtocolWrite[];
}

/** How many levels `slots` (and `size`) say a combined packet carries for this model. */
export const packetSize = (
  slots: CombinedPacket['slots'],
  size: CombinedPacket['size'],
  device: ProtocolDevice,
): number => {
  if (typeof size === 'number') return size;
  if (size) return size(device);
  const fixed = Object.values(slots).filter((rule) => typeof rule === 'number');
  return fixed.length > 0 ? Math.max(...fixed) + 1 : outputFeatureCount(device);
};

/** Where the output's level goes under its type's rule. */
export const slotFor = (rule: SlotRule, output: FeatureOutput, device: ProtocolDevice): SlotOrReason => {
  if (typeof rule === 'number') return { slot: rule, value: output.value };
  if (rule === 'feature') return { slot: output.feature.index, value: output.value };
  return rule(output, device);
};

/**
 * A protocol that sends all motors' levels together, one packet (or one set of packets) per batch:
 * its state (sized from `slots`/`size`) and its encoder, to spread into the protocol.
 */
export const combinedPacket = (spec: CombinedPacket) => ({
  createState: (device: ProtocolDevice): LevelsState => initialLevels(packetSize(spec.slots, spec.size, device)),
  encodeOutputs: <S extends LevelsState>(
    state: S,
    outputs: readonly FeatureOutput[],
    device: ProtocolDevice,
  ): EncodeResult<S> => {
    if (outputs.length === 0) return encoded(state, []);
    const levels = [...state.levels];
    for (const output of outputs) {
      const rule = entryFor(spec.slots, output.type);
      if (rule === undefined) return notDriven(output);
      const target = slotFor(rule, output, device);
      if (typeof target === 'string') return unsupported(target);
      if (target.slot < 0 || target.slot >= levels.length)
        return unsupported(`feature ${output.feature.index} has no place in the packet`);
      levels[target.slot] = target.value;
    }
    const packet = spec.packet(levels, device);
    return encoded({ ...state, levels }, Array.isArray(packet) ? packet : [packet as ProtocolWrite]);
  },
});
