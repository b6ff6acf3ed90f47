/**
 * Svakom Magic Suitcase: on `tx`. The main vibrator takes a level 0..30 as an intensity band and
 * a speed inside it, `[0x55, 0x03, 0, 0, band, speed]`: band = level / 10 + 1 and speed =
 * level % 10, except that a multiple of ten is the top speed (10) of the band below. The second
 * one is `[0x55, 0x09, 0, 0, level, 0]`.
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { svakomSuitcaseDevices } from './svakomSuitcaseDevices.js';

/** `[band, speed]` for a main-vibrator level. */
export const suitcaseBandAndSpeed = (level: number): [number, number] => {
  if (level === 0) return [0, 0];
  const band = Math.floor(level / 10) + 1;
  const speed = level % 10;
  return speed === 0 ? [band - 1, 10] : [band, speed];
};

export const svakomSuitcaseProtocol: DeviceProtocol<null> = {
  name: 'svakom-suitcase',
  config: svakomSuitcaseDevices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value, feature }) =>
      feature.index === 0
        ? write('tx', [0x55, 0x03, 0x00, 0x00, ...suitcaseBandAndSpeed(value)])
        : write('tx', [0x55, 0x09, 0x00, 0x00, value, 0x00]),
  }),
};
