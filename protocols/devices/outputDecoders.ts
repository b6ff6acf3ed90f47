/**
 * Output decoders by protocol: written by hand for `lovense` and `simulated` (which the engine's own
 * examples use), derived from the protocol's encoder for every other (shared/derivedDecoder.ts).
 */
import { lovenseDecoder } from './lovense/lovenseDecoder.js';
import type { AnyDeviceProtocol } from './shared/deviceProtocol.js';
import { derivedDecoder } from './shared/derivedDecoder.js';
import type { OutputDecoderFactory } from './shared/outputDecoder.js';
import { simulatedDecoder } from './simulated/simulatedDecoder.js';

export const outputDecoders: ReadonlyMap<string, OutputDecoderFactory> = new Map([
  ['lovense', lovenseDecoder],
  ['simulated', simulatedDecoder],
]);

const derived = new WeakMap<AnyDeviceProtocol, OutputDecoderFactory>();

/** The decoder for a protocol's devices: its own if it has one, else one derived from its encoder. */
export const outputDecoderFor = (protocol: AnyDeviceProtocol): OutputDecoderFactory => {
  const own = outputDecoders.get(protocol.name);
  if (own) return own;
  let made = derived.get(protocol);
  if (!made) derived.set(protocol, (made = derivedDecoder(protocol)));
  return made;
};
