/**
 * What simulated devices received, as the safety rules read it (protocols/safety): each write
 * decoded back into the outputs it set, with the time it arrived.
 */
import type { OutputType } from '../../protocols/buttplug/featureTypes.js';
import type { SafetyEvent } from '../../protocols/safety/safetyTimeline.js';
import type { SimulatedHardware } from './simulatedHardware.js';

/** The outputs one write sets: `feature` is the device's feature index. */
export type WriteDecoder = (data: Uint8Array) => readonly { feature: number; type: OutputType; value: number }[];

/**
 * Lovense's text commands: `Vibrate:n;` (a one-motor toy, feature 0), `VibrateK:n;` (motor K, feature
 * K-1). Anything else (queries, rotation) sets no vibrator.
 */
export const lovenseVibrateDecoder: WriteDecoder = (data) => {
  const text = new TextDecoder().decode(data);
  const match = /^Vibrate(\d*):(\d+);$/.exec(text);
  if (!match) return [];
  return [{ feature: match[1] ? Number(match[1]) - 1 : 0, type: 'Vibrate', value: Number(match[2]) }];
};

/** Every output a connection's writes set, as timeline events of the device with this index. */
export const outputEvents = (hardware: SimulatedHardware, deviceIndex: number, decode: WriteDecoder): SafetyEvent[] =>
  hardware.commands.flatMap((command, i) =>
    command.type === 'write'
      ? decode(command.data).map((output): SafetyEvent => ({
          kind: 'output',
          at: hardware.commandTimes[i]!,
          device: deviceIndex,
          ...output,
        }))
      : [],
  );
