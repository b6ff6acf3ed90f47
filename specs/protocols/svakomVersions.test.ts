import { describe, expect, it } from 'vitest';
import { svakomTaraxProtocol } from '../../protocols/devices/svakom/svakomTaraxProtocol.js';
import { svakomV1Protocol } from '../../protocols/devices/svakom/svakomV1Protocol.js';
import { svakomV2Protocol } from '../../protocols/devices/svakom/svakomV2Protocol.js';
import { svakomV3Protocol } from '../../protocols/devices/svakom/svakomV3Protocol.js';
import { svakomV4Protocol } from '../../protocols/devices/svakom/svakomV4Protocol.js';
import { svakomV5Protocol } from '../../protocols/devices/svakom/svakomV5Protocol.js';
import { svakomV6Protocol } from '../../protocols/devices/svakom/svakomV6Protocol.js';
import { encodeBatches, modelNamed, packetsOf } from '../support/encodeBatches.js';

describe('Svakom v2', () => {
  it('switches the motor on with its speed, and asks a response', () => {
    const device = modelNamed(svakomV2Protocol, 'Svakom Viviana');
    expect(packetsOf(svakomV2Protocol, device, [[[0, 'Vibrate', 5]], [[0, 'Vibrate', 0]]])).toEqual([
      [[0x55, 0x03, 0x03, 0x00, 0x01, 0x05]],
      [[0x55, 0x03, 0x03, 0x00, 0x00, 0x00]],
    ]);
    const [writes] = encodeBatches(svakomV2Protocol, device, [[[0, 'Vibrate', 5]]]);
    expect(typeof writes !== 'string' && writes![0]!.withResponse).toBe(true);
  });
});

describe('Svakom v3', () => {
  it('sends the vibrator, the second vibrator and the rotator their own packets', () => {
    const theodore = modelNamed(svakomV3Protocol, 'Fantasy Cup Theodore');
    expect(
      packetsOf(svakomV3Protocol, theodore, [
        [
          [0, 'Vibrate', 8],
          [1, 'Rotate', 1],
        ],
      ]),
    ).toEqual([
      [
        [0x55, 0x03, 0x03, 0x00, 0x01, 0x08],
        [0x55, 0x08, 0x00, 0x00, 0x01, 0xff],
      ],
    ]);
    const alberta = modelNamed(svakomV3Protocol, 'Svakom Alberta');
    expect(packetsOf(svakomV3Protocol, alberta, [[[1, 'Vibrate', 1]]])).toEqual([
      [[0x55, 0x09, 0x00, 0x00, 0x01, 0x01]],
    ]);
  });
});

describe('Svakom v5', () => {
  const mora = modelNamed(svakomV5Protocol, 'Svakom Mora Neo');

  it('drives both vibrators from one packet naming the running one', () => {
    expect(
      packetsOf(svakomV5Protocol, mora, [
        [[0, 'Vibrate', 5]],
        [[1, 'Vibrate', 8]],
        [[0, 'Vibrate', 0]],
        [[1, 'Vibrate', 0]],
      ]),
    ).toEqual([
      [[0x55, 0x03, 0x01, 0x00, 0x01, 0x05]],
      [[0x55, 0x03, 0x00, 0x00, 0x01, 0x08]],
      [[0x55, 0x03, 0x02, 0x00, 0x01, 0x08]],
      [[0x55, 0x03, 0x00, 0x00, 0x00, 0x00]],
    ]);
  });

  it('sends one vibration packet per batch, and oscillation apart', () => {
    expect(
      packetsOf(svakomV5Protocol, mora, [
        [
          [0, 'Vibrate', 0],
          [1, 'Vibrate', 10],
          [2, 'Oscillate', 2],
        ],
      ]),
    ).toEqual([
      [
        [0x55, 0x03, 0x02, 0x00, 0x01, 0x0a],
        [0x55, 0x09, 0x00, 0x00, 0x02, 0x00],
      ],
    ]);
  });

  it('names the motor of a one-motor toy too', () => {
    const mini = modelNamed(svakomV5Protocol, 'Svakom Mini Emma Neo');
    expect(packetsOf(svakomV5Protocol, mini, [[[0, 'Vibrate', 3]]])).toEqual([[[0x55, 0x03, 0x01, 0x00, 0x01, 0x03]]]);
  });
});

describe('Svakom v6', () => {
  it('says "both" for a one-motor toy', () => {
    const coco = modelNamed(svakomV6Protocol, 'Svakom Coco Pro');
    expect(packetsOf(svakomV6Protocol, coco, [[[0, 'Vibrate', 5]]])).toEqual([
      [[0x55, 0x03, 0x00, 0x00, 0x01, 0x05, 0x00]],
    ]);
  });

  it('pairs the first two vibrators and sends the third its own packet', () => {
    const iker = modelNamed(svakomV6Protocol, 'Svakom Iker Neo');
    expect(
      packetsOf(svakomV6Protocol, iker, [
        [
          [1, 'Vibrate', 4],
          [2, 'Vibrate', 3],
        ],
        [[2, 'Vibrate', 0]],
      ]),
    ).toEqual([
      [
        [0x55, 0x03, 0x02, 0x00, 0x01, 0x04, 0x00],
        [0x55, 0x07, 0x00, 0x00, 0x01, 0x03, 0x00],
      ],
      [[0x55, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00]],
    ]);
  });
});

describe('Svakom v1', () => {
  it('switches the motor on with its speed', () => {
    const ella = modelNamed(svakomV1Protocol, 'Svakom Ella');
    expect(packetsOf(svakomV1Protocol, ella, [[[0, 'Vibrate', 19]], [[0, 'Vibrate', 0]]])).toEqual([
      [[0x55, 0x04, 0x03, 0x00, 0x01, 19]],
      [[0x55, 0x04, 0x03, 0x00, 0x00, 0x00]],
    ]);
  });
});

describe('Svakom v4', () => {
  it('drives both vibrators from one packet, and says "both" for a one-motor toy', () => {
    const erica = modelNamed(svakomV4Protocol, 'Svakom Erica');
    expect(
      packetsOf(svakomV4Protocol, erica, [
        [[1, 'Vibrate', 7]],
        [[0, 'Vibrate', 2]],
        [
          [1, 'Vibrate', 0],
          [0, 'Vibrate', 0],
        ],
      ]),
    ).toEqual([
      [[0x55, 0x03, 0x02, 0x00, 0x01, 0x07, 0x00]],
      [[0x55, 0x03, 0x00, 0x00, 0x01, 0x07, 0x00]],
      [[0x55, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00]],
    ]);
    const clara = modelNamed(svakomV4Protocol, 'ToyCod Clara');
    expect(packetsOf(svakomV4Protocol, clara, [[[0, 'Vibrate', 4]]])).toEqual([
      [[0x55, 0x03, 0x00, 0x00, 0x01, 0x04, 0x00]],
    ]);
  });
});

describe('Svakom Tara X', () => {
  it('sends the vibrator and the pulsator their own packets, the vibrator stopping as 1, 1', () => {
    const tarax = modelNamed(svakomTaraxProtocol, 'ToyCod Tara X');
    expect(
      packetsOf(svakomTaraxProtocol, tarax, [
        [
          [0, 'Vibrate', 3],
          [1, 'Vibrate', 2],
        ],
        [[0, 'Vibrate', 0]],
      ]),
    ).toEqual([
      [
        [0x55, 0x03, 0x00, 0x00, 0x03, 0x02],
        [0x55, 0x09, 0x00, 0x00, 0x02, 0x00],
      ],
      [[0x55, 0x03, 0x00, 0x00, 0x01, 0x01]],
    ]);
  });
});
