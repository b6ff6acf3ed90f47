/**
 * Some toys (TryFun Black Hole and Meta 2, Youou) number their packets: an id counting every packet
 * built, modulo 256. The state carries the next id; a batch numbers its packets in order.
 */
import { encoded, unsupported, type EncodeResult, type FeatureOutput } from './deviceProtocol.js';
import { write, type WriteRequest } from './hardwareRequests.js';

export interface PacketCounterState {
  readonly nextId: number;
}

/** An encoder whose every output is one packet on `tx`, built around its packet id. */
export const countedPackets =
  (body: (output: FeatureOutput, id: number) => number[] | string) =>
  (state: PacketCounterState, outputs: readonly FeatureOutput[]): EncodeResult<PacketCounterState> => {
    let nextId = state.nextId;
    const writes: WriteRequest[] = [];
    for (const output of outputs) {
      const packet = body(output, nextId);
      if (typeof packet === 'string') return unsupported(packet);
      writes.push(write('tx', packet));
      nextId = (nextId + 1) & 0xff;
    }
    return encoded({ nextId }, writes);
  };
