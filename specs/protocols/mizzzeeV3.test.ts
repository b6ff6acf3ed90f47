import { describe, expect, it } from 'vitest';
import { mizzzeeV3Level, mizzzeeV3Packet } from '../../protocols/devices/mizzzee/mizzzeeV3Protocol.js';

describe('Mizz Zee V3', () => {
  it('stops with a header and zeros', () => {
    expect(mizzzeeV3Packet(0)).toEqual([0x03, 0x12, ...Array(18).fill(0)]);
  });

  it('scales speed into 30..100 % of 1023, shifted left 6 bits and ORed with 60', () => {
    // 0.3 + 0.7 x 0.5 = 0.65 -> 664.95 of 1023 -> 664 = 0x298 -> 0xA63C.
    expect(mizzzeeV3Level(500)).toBe(0xa63c);
    expect(mizzzeeV3Level(1000)).toBe((1023 << 6) | 60);
    // 0.3007 of 1023 = 307.6 -> 307.
    expect(mizzzeeV3Level(1)).toBe((307 << 6) | 60);
  });

  it('carries the level twice, little-endian, between fill bytes', () => {
    const fill = [0x00, 0xfc, 0x00, 0xfe, 0x40, 0x01];
    expect(mizzzeeV3Packet(500)).toEqual([0x03, 0x12, 0xf3, ...fill, 0x3c, 0xa6, ...fill, 0x3c, 0xa6, 0x00]);
  });
});
