import { describe, expect, it } from 'vitest';
import { jejouePacket } from '../../protocols/devices/jejoue/jejoueProtocol.js';

describe('Je Joue', () => {
  it('sends the first motor with pattern 2, else the second with pattern 3, else pattern 1 at rest', () => {
    expect(jejouePacket([3, 0])).toEqual([2, 3]);
    expect(jejouePacket([3, 5])).toEqual([2, 3]);
    expect(jejouePacket([0, 4])).toEqual([3, 4]);
    expect(jejouePacket([0, 0])).toEqual([1, 0]);
  });
});
