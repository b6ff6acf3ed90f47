/** Output decoders by protocol name: the protocols whose writes a test can read back as output values. */
import { lovenseDecoder } from './lovense/lovenseDecoder.js';
import type { OutputDecoderFactory } from './shared/outputDecoder.js';
import { simulatedDecoder } from './simulated/simulatedDecoder.js';

export const outputDecoders: ReadonlyMap<string, OutputDecoderFactory> = new Map([
  ['lovense', lovenseDecoder],
  ['simulated', simulatedDecoder],
]);
