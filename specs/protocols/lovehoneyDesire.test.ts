import { describe, expect, it } from 'vitest';
import { lovehoneyDesireProtocol } from '../../protocols/devices/lovehoneyDesire/lovehoneyDesireProtocol.js';
import { encodeOrThrow, featureOutput, modelNamed } from '../support/protocolDevices.js';

describe('Lovehoney Desire', () => {
  it('addresses a one-motor toy as "every motor"', () => {
    const egg = modelNamed(lovehoneyDesireProtocol, 'Lovehoney Desire Love Egg');
    const { writes, bytes } = encodeOrThrow(lovehoneyDesireProtocol, egg, [featureOutput(egg, 0, 'Vibrate', 64)]);
    expect(bytes).toEqual([[0xf3, 0, 64]]);
    expect(writes[0]!.withResponse).toBe(true);
  });

  it('sets two motors together while they run alike, and apart otherwise', () => {
    const prostate = modelNamed(lovehoneyDesireProtocol, 'Lovehoney Desire Prostate Vibrator');
    const motor = (index: number, value: number) => featureOutput(prostate, index, 'Vibrate', value);
    const alike = encodeOrThrow(lovehoneyDesireProtocol, prostate, [motor(0, 64), motor(1, 64)]);
    expect(alike.bytes).toEqual([[0xf3, 0, 64]]);
    const apart = encodeOrThrow(lovehoneyDesireProtocol, prostate, [motor(1, 32)], alike.state);
    expect(apart.bytes).toEqual([
      [0xf3, 1, 64],
      [0xf3, 2, 32],
    ]);
    expect(encodeOrThrow(lovehoneyDesireProtocol, prostate, [motor(0, 32)], apart.state).bytes).toEqual([
      [0xf3, 0, 32],
    ]);
  });
});
