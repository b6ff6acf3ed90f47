/**
 * Lovense's commands read back into output values, the inverse of lovenseProtocol.ts for each way of
 * driving a toy: `Vibrate:n;` and `VibrateK:n;`, `Mply:a:b:c;` (every motor), `Air:Level:n;` (the
 * Max's pump), `Rotate:n;` with `RotateChange;` flipping the direction, and the Solace's `Mply:speed:range;`
 * and `FSetSite:position;` steps. Queries (`DeviceType;`, `Battery;`) set nothing.
 */
import type { OutputType } from '../../buttplug/featureTypes.js';
import type { ResolvedFeature } from '../../config/resolvedDevice.js';
import type { DecodedOutput, OutputDecoderFactory } from '../shared/outputDecoder.js';
import { chooseDrive, DRIVES } from './lovenseProtocol.js';

export const lovenseDecoder: OutputDecoderFactory = (device) => {
  const drive = chooseDrive(device);
  const accepted = DRIVES[drive];
  const outputFeatures = device.definition.features.filter((feature) => feature.outputs.length > 0);
  const typeOf = (feature: ResolvedFeature | undefined, preferred?: OutputType): OutputType | undefined =>
    (preferred && feature?.outputs.some((o) => o.type === preferred) ? preferred : undefined) ??
    feature?.outputs.find((o) => accepted.includes(o.type))?.type;
  const withType = (type: OutputType) => outputFeatures.find((feature) => feature.outputs.some((o) => o.type === type));
  const one = (feature: ResolvedFeature | undefined, value: number, preferred?: OutputType): DecodedOutput[] => {
    const type = typeOf(feature, preferred);
    return feature && type ? [{ feature: feature.index, type, value }] : [];
  };
  let clockwise = true;
  return ({ endpoint, data }) => {
    if (endpoint !== 'tx') return [];
    const text = new TextDecoder().decode(data);
    if (text === 'RotateChange;') {
      clockwise = !clockwise;
      return [];
    }
    const fields = /^([A-Za-z]+)(\d*)((?::-?\d+)*);$/.exec(text);
    const air = /^Air:Level:(\d+);$/.exec(text);
    if (air) return one(withType('Constrict'), Number(air[1]), 'Constrict');
    if (!fields) return [];
    const [, verb, number, rest] = fields;
    const values = rest!.split(':').slice(1).map(Number);
    switch (verb) {
      case 'Vibrate': {
        if (values.length !== 1) return [];
        const feature = number
          ? outputFeatures.find((f) => f.index === Number(number) - 1)
          : (outputFeatures.find((f) => f.outputs.some((o) => o.type === 'Vibrate')) ?? outputFeatures[0]);
        return one(feature, values[0]!);
      }
      case 'Rotate': {
        if (values.length !== 1 || number) return [];
        const level = values[0]!;
        const value = clockwise || level === 0 ? level : -level;
        if (level === 0) clockwise = true;
        return one(withType('Rotate'), value, 'Rotate');
      }
      case 'Mply':
        if (drive === 'stroker') return one(withType('Oscillate'), values[0] ?? 0, 'Oscillate');
        return values.flatMap((level, i) => one(outputFeatures[i], level));
      case 'FSetSite':
        return one(withType('HwPositionWithDuration'), values[0] ?? 0, 'HwPositionWithDuration');
      default:
        return [];
    }
  };
};
