/**
 * The output decoder for the Svakom toys that drive two vibrators with one level and a motor mask
 * (svakom-barney, -v4, -v5, -v6; see svakomDualVibration). The decoder derived from the encoder
 * cannot read them: levels of 9 and 3 write the same packet as 9 and 9, so no one pair of values is
 * "the" explanation. This one reads what the toy does with the packet instead: the motors the mask
 * names run at the level, the other stops. The packets of the toys' other outputs (v5 oscillation,
 * v6's third vibrator, suction and rotation) carry their level in a byte of their own.
 */
import type { OutputType } from '../../buttplug/featureTypes.js';
import type { DecodedOutput, OutputDecoderFactory } from '../shared/outputDecoder.js';

const HEADER = 0x55;
const DUAL = 0x03;
/** Packets of one output: command byte, the output, and where its level is. */
const SINGLE: Readonly<Record<number, { readonly type: OutputType; readonly feature?: number; readonly at: number }>> =
  {
    0x07: { type: 'Vibrate', feature: 2, at: 5 },
    0x09: { type: 'Oscillate', at: 4 },
    0x14: { type: 'Rotate', at: 5 },
  };

export const svakomDualVibrationDecoder: OutputDecoderFactory = (device, report) => {
  const { features } = device.definition;
  const vibrator = (index: number) =>
    features.find((f) => f.index === index && f.outputs.some((o) => o.type === 'Vibrate' && !o.disabled));
  /** The feature a one-output packet drives: by index, or the one with that output (v6 suction shares 0x09). */
  const single = (command: number): DecodedOutput | undefined => {
    const packet = SINGLE[command];
    if (!packet) return undefined;
    if (packet.feature !== undefined)
      return vibrator(packet.feature) ? { feature: packet.feature, type: packet.type, value: 0 } : undefined;
    const types: readonly OutputType[] = packet.type === 'Oscillate' ? ['Oscillate', 'Constrict'] : [packet.type];
    for (const type of types) {
      const feature = features.find((f) => f.outputs.some((o) => o.type === type && !o.disabled));
      if (feature) return { feature: feature.index, type, value: 0 };
    }
    return undefined;
  };
  return (write) => {
    const { endpoint, data } = write;
    const unread = (reason: string): DecodedOutput[] => {
      report?.({ endpoint, data, reason });
      return [];
    };
    if (endpoint !== 'tx' || data.length < 6 || data[0] !== HEADER)
      return unread('not a Svakom output packet (0x55 on tx)');
    const command = data[1]!;
    if (command === DUAL) {
      const [mask, running, level] = [data[2]!, data[4]! !== 0, data[5]!];
      if (mask > 2) return unread(`motor mask ${mask} names no motor`);
      // 0: both (a one-motor toy always says both), 1: only the first, 2: only the second.
      return [0, 1]
        .filter((index) => vibrator(index))
        .map((index) => ({
          feature: index,
          type: 'Vibrate' as const,
          value: running && (mask === 0 || mask === index + 1) ? level : 0,
        }));
    }
    const target = single(command);
    if (!target) return unread(`command 0x${command.toString(16)} drives no output of this model`);
    return [{ ...target, value: data[SINGLE[command]!.at]! }];
  };
};
