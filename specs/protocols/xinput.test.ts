import { describe, expect, it } from 'vitest';
import { xinputProtocol } from '../../protocols/devices/xinput/xinputProtocol.js';
import { driveScript } from '../support/protocolDevices.js';
import { modelNamed, packetsOf } from '../support/encodeBatches.js';

const gamepad = modelNamed(xinputProtocol, 'XBox (XInput) Compatible Gamepad');

describe('XInput', () => {
  it('sends both motors as little-endian 16-bit levels, the second motor first', () => {
    expect(packetsOf(xinputProtocol, gamepad, [[[0, 'Vibrate', 0x1234]], [[1, 'Vibrate', 65535]]])).toEqual([
      [[0x00, 0x00, 0x34, 0x12]],
      [[0xff, 0xff, 0x34, 0x12]],
    ]);
  });

  it('reads the battery as a level 0..3', () => {
    const read = (level: number) =>
      driveScript(
        xinputProtocol.readInput!(
          { levels: [0, 0] },
          { feature: gamepad.definition.features[0]!, type: 'Battery', command: 'Read' },
          gamepad,
        ),
        () => Uint8Array.from([level]),
      ).result;
    expect([0, 1, 2, 3].map(read)).toEqual([0, 33, 66, 100]);
    expect(() => read(4)).toThrow(/0\.\.3/);
  });
});
