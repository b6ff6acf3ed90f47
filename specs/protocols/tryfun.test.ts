import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tryfunChecksum, withTryfunChecksum } from '../../protocols/devices/tryfun/tryfunChecksum.js';
import { tryfunProtocol } from '../../protocols/devices/tryfun/tryfunProtocol.js';
import { tryfunBlackholeProtocol } from '../../protocols/devices/tryfun/tryfunBlackholeProtocol.js';
import { meta2Rotation, tryfunMeta2Protocol } from '../../protocols/devices/tryfun/tryfunMeta2Protocol.js';
import { modelNamed, packetsOf } from '../support/encodeBatches.js';

describe('TryFun checksum', () => {
  it('makes every byte after the first plus the checksum sum to 0xFF + count (mod 256)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(255), { minLength: 1, maxLength: 12 }), fc.nat(16), (packet, extra) => {
        const full = withTryfunChecksum(packet, extra);
        const count = packet.length - 1 + extra;
        expect(full.slice(0, -1)).toEqual(packet);
        expect(full.slice(1).reduce((a, b) => a + b, 0) & 0xff).toBe((0xff + count) & 0xff);
        expect(tryfunChecksum(packet, count)).toBe(full.at(-1));
      }),
    );
  });
});

describe('TryFun Yuan and Surge', () => {
  it('checksums oscillation and rotation, and asks responses', () => {
    const yuan = modelNamed(tryfunProtocol, 'TryFun Yuan Series');
    expect(
      packetsOf(tryfunProtocol, yuan, [
        [
          [0, 'Oscillate', 5],
          [1, 'Rotate', 5],
        ],
      ]),
    ).toEqual([
      [
        [0xaa, 0x02, 0x07, 0x05, 0xf4],
        [0xaa, 0x02, 0x08, 0x05, 0xf3],
      ],
    ]);
  });

  it('stops the Surge with mode 1 at speed 2', () => {
    const surge = modelNamed(tryfunProtocol, 'TryFun Surge Pro');
    expect(packetsOf(tryfunProtocol, surge, [[[0, 'Vibrate', 4]], [[0, 'Vibrate', 0]]])).toEqual([
      [[0x00, 0x02, 0x00, 0x05, 0x02, 0x04, 0x01, 0x00, 0xf9]],
      [[0x00, 0x02, 0x00, 0x05, 0x01, 0x02, 0x01, 0x01, 0xfc]],
    ]);
  });
});

describe('TryFun packet counters', () => {
  it('number every Black Hole packet, across batches, wrapping after 255', () => {
    const device = modelNamed(tryfunBlackholeProtocol, 'TryFun Black Hole Plus');
    const packets = packetsOf(tryfunBlackholeProtocol, device, [
      [[0, 'Oscillate', 100]],
      [
        [0, 'Oscillate', 50],
        [1, 'Vibrate', 50],
      ],
    ]);
    expect(packets).toEqual([
      [[0x00, 0x02, 0x00, 0x03, 0x0c, 0x64, 0x90]],
      [
        [0x01, 0x02, 0x00, 0x03, 0x0c, 0x32, 0xc2],
        [0x02, 0x02, 0x00, 0x03, 0x09, 0x32, 0xc5],
      ],
    ]);
    const result = tryfunBlackholeProtocol.encodeOutputs(
      { nextId: 255 },
      [{ feature: device.definition.features[0]!, type: 'Vibrate', value: 1 }],
      device,
    );
    expect(result.ok && [result.state, result.writes[0]!.data[0]]).toEqual([{ nextId: 0 }, 255]);
  });

  it('send Meta 2 rotations negated, clockwise ones one further', () => {
    expect([100, 50, 0, -50, -100].map(meta2Rotation)).toEqual([0x9b, 0xcd, 0xff, 0x32, 0x64]);
    const device = modelNamed(tryfunMeta2Protocol, 'TryFun Meta 2');
    expect(packetsOf(tryfunMeta2Protocol, device, [[[2, 'Rotate', 100]], [[2, 'Rotate', -100]]])).toEqual([
      [[0x00, 0x02, 0x00, 0x05, 0x21, 0x05, 0x0e, 0x9b, 0x31]],
      [[0x01, 0x02, 0x00, 0x05, 0x21, 0x05, 0x0e, 0x64, 0x68]],
    ]);
  });
});
