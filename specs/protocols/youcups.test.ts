import { describe, expect, it } from 'vitest';
import { youcupsProtocol } from '../../protocols/devices/youcups/youcupsProtocol.js';
import { modelNamed, packetsOf } from '../support/encodeBatches.js';

describe('Youcups', () => {
  it('sends the speed as text', () => {
    const warrior = modelNamed(youcupsProtocol, 'Youcups Warrior II');
    expect(packetsOf(youcupsProtocol, warrior, [[[0, 'Vibrate', 8]]])).toEqual([[[...Buffer.from('$SYS,8?')]]]);
  });
});
