import { describe, expect, it } from 'vitest';
import { magicMotion2Protocol } from '../../protocols/devices/magicMotion/magicMotion2Protocol.js';
import { magicMotion4Protocol } from '../../protocols/devices/magicMotion/magicMotion4Protocol.js';
import { encodeOrThrow, featureOutput, modelNamed } from '../support/protocolDevices.js';

/** The two motor bytes of a Magic Motion V2 / V4 packet. */
const motors = (packet: readonly number[]) => [packet[9], packet[14]];

describe('Magic Motion V2', () => {
  it('puts the FunTown Jive oscillator in the second motor slot', () => {
    const jive = modelNamed(magicMotion2Protocol, 'FunTown Jive');
    const { bytes } = encodeOrThrow(magicMotion2Protocol, jive, [
      featureOutput(jive, 0, 'Vibrate', 40),
      featureOutput(jive, 1, 'Oscillate', 70),
    ]);
    expect(bytes.map(motors)).toEqual([[40, 70]]);
  });
});

describe('Magic Motion V4', () => {
  it('gives a one-motor toy its speed in both slots', () => {
    const nyx = modelNamed(magicMotion4Protocol, 'MagicMotion Nyx');
    expect(encodeOrThrow(magicMotion4Protocol, nyx, [featureOutput(nyx, 0, 'Vibrate', 33)]).bytes.map(motors)).toEqual([
      [33, 33],
    ]);
  });

  it("keeps a two-motor toy's other motor where it was, written with response", () => {
    const umi = modelNamed(magicMotion4Protocol, 'MagicMotion Umi');
    const first = encodeOrThrow(magicMotion4Protocol, umi, [featureOutput(umi, 1, 'Vibrate', 20)]);
    const second = encodeOrThrow(magicMotion4Protocol, umi, [featureOutput(umi, 0, 'Vibrate', 90)], first.state);
    expect(second.bytes.map(motors)).toEqual([[90, 20]]);
    expect(second.writes[0]!.withResponse).toBe(true);
  });
});
