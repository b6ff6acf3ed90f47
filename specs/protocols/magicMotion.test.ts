import { describe, expect, it } from 'vitest';
import { magicMotion2Protocol } from '../../protocols/devices/magicMotion2/magicMotion2Protocol.js';
import { encodeOrThrow, featureOutput, modelNamed } from '../support/protocolDevices.js';

/** The two motor bytes of a Magic Motion V2 / V4 packet. */
const motors = (packet: readonly number[]) => [packet[9], packet[14]];

describe('Magic Motion V2', () => {
  it('puts the FunTown Jive oscillator in the second motor slot', () => {
    const jive = modelNamed(magicMotion2Protocol, 'FunTown Jive');
    const { bytes } = encodeOrThrow(magicMotion2Protocol, jive, [featureOutput(jive, 0, 'Vibrate', 40), featureOutput(jive, 1, 'Oscillate', 70)]);
    expect(bytes.map(motors)).toEqual([[40, 70]]);
  });
});
