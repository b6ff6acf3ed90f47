import { describe, expect, it } from 'vitest';
import { wetoyProtocol } from '../../protocols/devices/wetoy/wetoyProtocol.js';
import { wevibeProtocol } from '../../protocols/devices/wevibe/wevibeProtocol.js';
import { wevibe8bitProtocol } from '../../protocols/devices/wevibe/wevibe8bitProtocol.js';
import { wevibeChorusProtocol } from '../../protocols/devices/wevibe/wevibeChorusProtocol.js';
import { driveScript, writtenBytes } from '../support/protocolDevices.js';
import { modelNamed, packetsOf } from '../support/encodeBatches.js';

const OFF = [0x0f, 0, 0, 0, 0, 0, 0, 0];

describe('We-Vibe', () => {
  it('wakes the toy, then packs internal and external levels into one byte', () => {
    const fourPlus = modelNamed(wevibeProtocol, 'WeVibe 4 Plus');
    expect(writtenBytes(driveScript(wevibeProtocol.initialize!(fourPlus, { levels: [0, 0] })).requests)).toEqual([
      [0x0f, 0x03, 0x00, 0x99, 0x00, 0x03, 0x00, 0x00],
      OFF,
    ]);
    expect(
      packetsOf(wevibeProtocol, fourPlus, [
        [
          [0, 'Vibrate', 8],
          [1, 'Vibrate', 4],
        ],
        [
          [0, 'Vibrate', 0],
          [1, 'Vibrate', 0],
        ],
      ]),
    ).toEqual([[[0x0f, 0x03, 0x00, 0x84, 0x00, 0x03, 0x00, 0x00]], [OFF]]);
  });

  it('sends a one-motor toy its level as both motors', () => {
    const pivot = modelNamed(wevibeProtocol, 'WeVibe Pivot');
    expect(packetsOf(wevibeProtocol, pivot, [[[0, 'Vibrate', 8]]])).toEqual([
      [[0x0f, 0x03, 0x00, 0x88, 0x00, 0x03, 0x00, 0x00]],
    ]);
  });

  it('8-bit: external then internal level, offset by 3, with the running motors as bits', () => {
    const vector = modelNamed(wevibe8bitProtocol, 'WeVibe Vector');
    expect(
      packetsOf(wevibe8bitProtocol, vector, [
        [
          [0, 'Vibrate', 6],
          [1, 'Vibrate', 3],
        ],
        [[0, 'Vibrate', 0]],
      ]),
    ).toEqual([[[0x0f, 0x03, 0x00, 0x06, 0x09, 0x03, 0x00, 0x00]], [[0x0f, 0x03, 0x00, 0x06, 0x03, 0x02, 0x00, 0x00]]]);
  });

  it('Chorus: internal then external level as they are', () => {
    const chorus = modelNamed(wevibeChorusProtocol, 'WeVibe Chorus');
    expect(
      packetsOf(wevibeChorusProtocol, chorus, [
        [
          [0, 'Vibrate', 15],
          [1, 'Vibrate', 8],
        ],
        [[0, 'Vibrate', 0]],
        [[1, 'Vibrate', 0]],
      ]),
    ).toEqual([
      [[0x0f, 0x03, 0x00, 0x0f, 0x08, 0x03, 0x00, 0x00]],
      [[0x0f, 0x03, 0x00, 0x00, 0x08, 0x02, 0x00, 0x00]],
      [OFF],
    ]);
  });
});

describe('WeToy', () => {
  it('wakes with the stop packet and sends speed - 1', () => {
    const device = modelNamed(wetoyProtocol, 'WeToy MiNa');
    expect(writtenBytes(driveScript(wetoyProtocol.initialize!(device, null)).requests)).toEqual([[0x80, 0x03]]);
    expect(packetsOf(wetoyProtocol, device, [[[0, 'Vibrate', 1]], [[0, 'Vibrate', 0]]])).toEqual([
      [[0xb2, 0x00]],
      [[0x80, 0x03]],
    ]);
  });
});
