/** The simulated archetypes' packets (`<type>:<feature>:<value>[:<duration>]` on `tx`) read back. */
import { OUTPUT_TYPES, type OutputType } from '../../buttplug/featureTypes.js';
import type { OutputDecoderFactory } from '../shared/outputDecoder.js';

export const simulatedDecoder: OutputDecoderFactory = () => (write) => {
  if (write.endpoint !== 'tx') return [];
  const match = /^([A-Za-z]+):(\d+):(-?\d+)(?::\d+)?$/.exec(new TextDecoder().decode(write.data));
  if (!match || !(OUTPUT_TYPES as readonly string[]).includes(match[1]!)) return [];
  return [{ type: match[1] as OutputType, feature: Number(match[2]), value: Number(match[3]) }];
};
