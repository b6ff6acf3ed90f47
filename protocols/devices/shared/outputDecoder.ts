/**
 * The inverse of a protocol's output encoder: which output values a write sets. Tests read a simulated
 * device's writes back into an output timeline with it (what each feature held over time). Lovense and
 * the simulated archetypes have decoders written beside their encoders; every other protocol's is
 * derived from its encoder (derivedDecoder.ts). Each is property-tested as its round trip (encode,
 * then decode, gives the values back).
 */
import type { OutputType } from '../../buttplug/featureTypes.js';
import type { Endpoint } from '../../config/endpoints.js';
import type { ProtocolDevice } from './deviceProtocol.js';

export interface DecodedOutput {
  readonly feature: number;
  readonly type: OutputType;
  /** Hardware units, signed for outputs that turn both ways. */
  readonly value: number;
}

/** A write as a device received it. */
export interface WrittenBytes {
  readonly endpoint: Endpoint;
  readonly data: Uint8Array;
}

/** A write the decoder could not read as output values, and why. */
export interface UndecodedWrite extends WrittenBytes {
  readonly reason: string;
}

/** Decodes one device's writes in order (it may keep state: a rotation direction, a last position). */
export type OutputDecoder = (write: WrittenBytes) => DecodedOutput[];

/**
 * Makes the decoder for one connected device of a protocol. A decoder that can tell when a write is
 * not one it can read (derived ones can) says so through `report`, rather than guessing.
 */
export type OutputDecoderFactory = (
  device: ProtocolDevice,
  report?: (write: UndecodedWrite) => void,
  /** The protocol state the engine holds once the device is set up (a session key from its handshake); default `createState`. */
  state?: unknown,
) => OutputDecoder;
