import { describe, expect, it } from 'vitest';
import { zaloProtocol } from '../../protocols/devices/zalo/zaloProtocol.js';
import { modelNamed, packetsOf } from '../support/encodeBatches.js';

describe('Zalo', () => {
  it('sends both motors, an idle one as 1, and state 2 when both are off', () => {
    const queen = modelNamed(zaloProtocol, 'Zalo Queen');
    expect(
      packetsOf(zaloProtocol, queen, [
        [[1, 'Vibrate', 5]],
        [[0, 'Vibrate', 8]],
        [
          [0, 'Vibrate', 0],
          [1, 'Vibrate', 0],
        ],
      ]),
    ).toEqual([[[0x01, 0x01, 0x05]], [[0x01, 0x08, 0x05]], [[0x02, 0x01, 0x01]]]);
  });
});
