/**
 * Output decoders by protocol. Written by hand for `lovense` and `simulated` (which the engine's own
 * examples use), for the Svakom toys whose one level and motor mask no single pair of values explains,
 * for the Svakom Iker (whose main packet is a command alone and the first of two), for the F-Machine
 * (button presses, counted) and for Umove (whose timed moves are played as steps). Derived from
 * the protocol's encoder for every other (shared/derivedDecoder.ts), Fluffer's read through its
 * encryption.
 */
import { fmachineDecoder } from './fmachine/fmachineDecoder.js';
import { decrypt, flufferProtocol } from './fluffer/flufferProtocol.js';
import { lovenseDecoder } from './lovense/lovenseDecoder.js';
import type { AnyDeviceProtocol } from './shared/deviceProtocol.js';
import { derivedDecoder } from './shared/derivedDecoder.js';
import type { OutputDecoderFactory } from './shared/outputDecoder.js';
import { simulatedDecoder } from './simulated/simulatedDecoder.js';
import { svakomDualVibrationDecoder } from './svakom/svakomDualVibrationDecoder.js';
import { svakomIkerDecoder } from './svakom/svakomIkerDecoder.js';
import { umoveDecoder } from './umove/umoveDecoder.js';

export const outputDecoders: ReadonlyMap<string, OutputDecoderFactory> = new Map([
  // Derived from the encoder all the same, read through the fixed key every packet is encrypted with.
  [
    'fluffer',
    derivedDecoder(flufferProtocol, {
      plaintext: (data) => {
        const plain = decrypt(data);
        return plain && Uint8Array.from(plain);
      },
    }),
  ],
  ['fmachine', fmachineDecoder],
  ['lovense', lovenseDecoder],
  ['simulated', simulatedDecoder],
  ['svakom-barney', svakomDualVibrationDecoder],
  ['svakom-iker', svakomIkerDecoder],
  ['umove', umoveDecoder],
  ['svakom-v4', svakomDualVibrationDecoder],
  ['svakom-v5', svakomDualVibrationDecoder],
  ['svakom-v6', svakomDualVibrationDecoder],
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
