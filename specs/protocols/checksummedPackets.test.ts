/** Protocols whose packets end in a one-byte check. */
import { describe, expect, it } from 'vitest';
import { sum8, xor8 } from '../../protocols/devices/shared/checksums.js';
import { mannuoProtocol } from '../../protocols/devices/mannuo/mannuoProtocol.js';
import { maxproProtocol } from '../../protocols/devices/maxpro/maxproProtocol.js';
import { motorbunnyProtocol } from '../../protocols/devices/motorbunny/motorbunnyProtocol.js';
import { encodeOrThrow, featureOutput, modelNamed, protocolDevice } from '../support/protocolDevices.js';

describe('one-byte checks', () => {
  it('sum modulo 256 and XOR', () => {
    expect(sum8([0xff, 0x02, 0x10])).toBe(0x11);
    expect(xor8([0xaa, 0x55, 0x0f])).toBe(0xf0);
  });

  it('ManNuo ends in the XOR of the packet, sent with response', () => {
    const device = protocolDevice(mannuoProtocol, mannuoProtocol.config.defaults);
    const { writes, bytes } = encodeOrThrow(mannuoProtocol, device, [featureOutput(device, 0, 'Vibrate', 2)]);
    expect(bytes).toEqual([
      [0xaa, 0x55, 0x06, 0x01, 0x01, 0x01, 0x02, 0xfa, 0xaa ^ 0x55 ^ 0x06 ^ 0x01 ^ 0x01 ^ 0x01 ^ 0x02 ^ 0xfa],
    ]);
    expect(writes[0]!.withResponse).toBe(true);
  });

  it('MaxPro ends in the sum of the packet', () => {
    const device = protocolDevice(maxproProtocol, maxproProtocol.config.defaults);
    const [packet] = encodeOrThrow(maxproProtocol, device, [featureOutput(device, 0, 'Vibrate', 100)]).bytes;
    expect(packet).toEqual([
      0x55,
      0x04,
      0x07,
      0xff,
      0xff,
      0x3f,
      100,
      0x5f,
      100,
      (0x55 + 0x04 + 0x07 + 0xff + 0xff + 0x3f + 100 + 0x5f + 100) % 256,
    ]);
  });
});

describe('Motorbunny', () => {
  const bunny = modelNamed(motorbunnyProtocol, 'Motorbunny Classic');
  const packet = (index: number, type: 'Vibrate' | 'Rotate', value: number) =>
    encodeOrThrow(motorbunnyProtocol, bunny, [featureOutput(bunny, index, type, value)]).bytes[0];

  it('repeats the vibration pair seven times, then the sum of the pairs', () => {
    expect(packet(0, 'Vibrate', 200)).toEqual([
      0xff,
      ...Array(7).fill([200, 0x14]).flat(),
      (7 * (200 + 0x14)) % 256,
      0xec,
    ]);
  });

  it('gives rotation a direction byte per pair', () => {
    expect(packet(1, 'Rotate', 100)).toEqual([
      0xaf,
      ...Array(7).fill([0x2a, 100]).flat(),
      (7 * (0x2a + 100)) % 256,
      0xec,
    ]);
    expect(packet(1, 'Rotate', -255)).toEqual([
      0xaf,
      ...Array(7).fill([0x29, 255]).flat(),
      (7 * (0x29 + 255)) % 256,
      0xec,
    ]);
  });

  it('has its own stop packets', () => {
    expect(packet(0, 'Vibrate', 0)).toEqual([0xf0, 0, 0, 0, 0, 0xec]);
    expect(packet(1, 'Rotate', 0)).toEqual([0xa0, 0, 0, 0, 0, 0xec]);
  });
});
