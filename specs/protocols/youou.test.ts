import { describe, expect, it } from 'vitest';
import { yououPacket, yououProtocol } from '../../protocols/devices/youou/yououProtocol.js';
import { modelNamed, packetsOf } from '../support/encodeBatches.js';

describe('Youou', () => {
  it('numbers packets and checks the first eight bytes with an XOR', () => {
    const packet = yououPacket(7, 100);
    expect(packet).toHaveLength(17);
    expect(packet.slice(0, 8).reduce((x, b) => x ^ b, 0)).toBe(packet[8]);
    expect(packet.slice(9)).toEqual([0xff, 0, 0, 0, 0, 0, 0, 0]);
    const device = modelNamed(yououProtocol, 'Youou Wand Vibrator');
    expect(packetsOf(yououProtocol, device, [[[0, 'Vibrate', 100]], [[0, 'Vibrate', 0]]])).toEqual([
      [
        [
          0xaa,
          0x55,
          0x00,
          0x02,
          0x03,
          0x01,
          100,
          0x01,
          0xaa ^ 0x55 ^ 0x02 ^ 0x03 ^ 0x01 ^ 100 ^ 0x01,
          0xff,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
        ],
      ],
      [
        [
          0xaa,
          0x55,
          0x01,
          0x02,
          0x03,
          0x01,
          0,
          0x00,
          0xaa ^ 0x55 ^ 0x01 ^ 0x02 ^ 0x03 ^ 0x01,
          0xff,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
        ],
      ],
    ]);
  });
});
