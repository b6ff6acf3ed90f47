/**
 * The output decoder for Umove (umoveProtocol.ts): every motion packet carries both the vibration
 * and the position, so each one reads as both, the position for each way of driving it (a position,
 * or a position with its duration: one axis). A timed move's steps read as the axis passing through
 * them. The decoder derived from the encoder cannot read it, since a timed move's first packet is a
 * step, not the target.
 */
import type { OutputType } from '../../buttplug/featureTypes.js';
import type { DecodedOutput, OutputDecoderFactory } from '../shared/outputDecoder.js';

const MOTION = [0x5a, 0xa5, 0x55, 0x00] as const;
const HEAT = [0x5a, 0xa5, 0x55, 0x06, 0xff, 0xff, 0x00, 0x00, 0xff, 0xff, 0xff, 0xff] as const;

const startsWith = (data: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => data[i] === b);

export const umoveDecoder: OutputDecoderFactory = (device, report) => {
  const outputs = (types: readonly OutputType[]) =>
    device.definition.features.flatMap((f) =>
      f.outputs.filter((o) => types.includes(o.type) && !o.disabled).map((o) => ({ feature: f.index, type: o.type })),
    );
  const vibrators = outputs(['Vibrate']);
  const axes = outputs(['Position', 'HwPositionWithDuration']);
  const heaters = outputs(['Temperature']);
  const set = (targets: readonly { feature: number; type: OutputType }[], value: number): DecodedOutput[] =>
    targets.map((target) => ({ ...target, value }));
  return ({ endpoint, data }) => {
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    if (endpoint === 'tx' && data.length === 16 && startsWith(data, MOTION) && view.getUint16(6, true) === 1)
      return [...set(vibrators, view.getUint16(4, true)), ...set(axes, view.getUint32(12, true))];
    if (endpoint === 'tx' && data.length === 14 && startsWith(data, HEAT) && data[13] === 0xff)
      return set(heaters, data[12]!);
    report?.({ endpoint, data, reason: 'not a Umove motion or heat packet' });
    return [];
  };
};
