/**
 * The output decoder for the Svakom Iker (svakomIkerProtocol.ts), read packet by packet as its
 * encoder writes them: the main packet sets the main motor and, as the encoder sends no packet for
 * a second motor at rest, says the second is at rest; a second-motor packet that follows it sets the
 * second; that packet with a level of 0 is the stop of both. The decoder derived from the encoder
 * cannot read it, since the main packet is a complete command alone and also the first of two.
 */
import type { DecodedOutput, OutputDecoderFactory } from '../shared/outputDecoder.js';

const MAIN = [0x55, 0x03, 0x03, 0x00, 0x01] as const;
const SECOND = [0x55, 0x07, 0x00, 0x00] as const;

const startsWith = (data: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => data[i] === b);

export const svakomIkerDecoder: OutputDecoderFactory = (device, report) => {
  const vibrators = device.definition.features
    .filter((f) => f.outputs.some((o) => o.type === 'Vibrate' && !o.disabled))
    .map((f) => f.index)
    .filter((index) => index < 2);
  const levels = (main: number, second: number): DecodedOutput[] =>
    vibrators.map((feature) => ({ feature, type: 'Vibrate', value: feature === 0 ? main : second }));
  return (write) => {
    const { endpoint, data } = write;
    if (endpoint === 'tx' && data.length === 6 && startsWith(data, MAIN)) return levels(data[5]!, 0);
    if (endpoint === 'tx' && data.length === 6 && startsWith(data, SECOND) && data[5] === 0)
      return data[4] === 0 ? levels(0, 0) : levels(0, data[4]!).filter((o) => o.feature === 1);
    report?.({ endpoint, data, reason: 'not a Svakom Iker motor packet' });
    return [];
  };
};
