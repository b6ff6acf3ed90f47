/**
 * Some toys (TryFun Black Hole and Meta 2, Youou) number their packets: an id counting every packet
 * built, modulo 256. The state carries the next id; a batch numbers its packets in order.
 */
import type { OutputType } from '../../buttplug/featureTypes.js';
import { encoded, type EncodeResult, type FeatureOutput } from './deviceProtocol.js';
import { write, type WriteRequest } from './hardwareRequests.js';
import { notDriven } from './outputEncoders.js';

export interface PacketCounterState {
  readonly nextId: number;
}

/** A packet's bytes, built around its id. */
export type CountedBody = (output: FeatureOutput, id: number) => number[];

/** An encoder whose every output is one packet on `tx`; `bodies` names the output types it drives. */
export const countedPackets =
  (bodies: Readonly<Partial<Record<OutputType, CountedBody>>>) =>
  (state: PacketCounterState, outputs: readonly FeatureOutput[]): EncodeResult<PacketCounterState> => {
    let nextId = state.nextId;
    const writes: WriteRequest[] = [];
    for (const output of outputs) {
      const body = Object.hasOwn(bodies, output.type) ? bodies[output.type] : undefined;
      if (!body) return notDriven(output);
      writes.push(write('tx', body(output, nextId)));
      nextId = (nextId + 1) & 0xff;
    }
    return encoded({ nextId }, writes);
  };
