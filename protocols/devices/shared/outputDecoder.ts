/**
 * The inverse of a protocol's output encoder: which output values a write sets. Tests read a simulated
 * device's writes back into an output timeline with it (what each feature held over time); each
 * decoder lives beside its encoder and is property-tested as its round trip (encode, then decode,
 * gives the values back).
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

/** Decodes one device's writes in order (it may keep state: a rotation direction, a last position). */
export type OutputDecoder = (write: { readonly endpoint: Endpoint; readonly data: Uint8Array }) => DecodedOutput[];

/** Makes the decoder for one connected device of a protocol. */
export type OutputDecoderFactory = (device: ProtocolDevice) => OutputDecoder;
