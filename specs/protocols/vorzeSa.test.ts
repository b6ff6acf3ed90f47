import { describe, expect, it } from 'vitest';
import {
  pistonSpeed,
  rotationByte,
  vorzeSaProtocol,
  vorzeSaState,
} from '../../protocols/devices/vorze/vorzeSaProtocol.js';
import { driveScript } from '../support/protocolDevices.js';
import { modelNamed, packetsOf } from '../support/encodeBatches.js';

describe('Vorze SA', () => {
  it('picks the sub-protocol from the variant, and the toy code from the advertised name', () => {
    expect(vorzeSaState('vorze-sa-single-rotator', 'CycSA')).toEqual({ kind: 'singleRotator', code: 1 });
    expect(vorzeSaState('vorze-sa-single-rotator', 'UFOSA')).toEqual({ kind: 'singleRotator', code: 2 });
    expect(vorzeSaState('vorze-sa-single-vibrator', 'Bach smart')).toEqual({ kind: 'singleVibrator', code: 6 });
    expect(vorzeSaState('vorze-sa-single-vibrator', 'ROCKET')).toEqual({ kind: 'singleVibrator', code: 7 });
    expect(vorzeSaState('vorze-sa-dual-vibrator', 'OMOR')).toEqual({ kind: 'dualVibrator', levels: [0, 0] });
    for (const [variant, name] of [
      ['vorze-sa-single-rotator', 'Other'],
      ['vorze-sa-dual-vibrator', 'Bach'],
      [undefined, 'CycSA'],
    ] as const) {
      expect(vorzeSaState(variant, name).kind).toBe('unsupported');
    }
  });

  it('refuses to initialise a toy it has no sub-protocol for', () => {
    const state = vorzeSaState(undefined, 'Vorze Device');
    const device = modelNamed(vorzeSaProtocol, 'Vorze Device');
    expect(() => driveScript(vorzeSaProtocol.initialize!(device, state))).toThrow(/no Vorze protocol/);
  });

  it('sends rotation as clockwise bit and speed, a stop counting as clockwise', () => {
    expect([50, -99, 0].map(rotationByte)).toEqual([0xb2, 0x63, 0x80]);
    const ufo = modelNamed(vorzeSaProtocol, 'Vorze UFO SA', 'UFOSA');
    expect(packetsOf(vorzeSaProtocol, ufo, [[[0, 'Rotate', 50]]])).toEqual([[[0x02, 0x01, 0xb2]]]);
  });

  it('sends both UFO TW rotators in every packet, once per batch', () => {
    const tw = modelNamed(vorzeSaProtocol, 'Vorze UFO TW', 'UFO-TW');
    expect(
      packetsOf(vorzeSaProtocol, tw, [
        [
          [0, 'Rotate', -99],
          [1, 'Rotate', 25],
        ],
        [[0, 'Rotate', 25]],
      ]),
    ).toEqual([[[0x05, 0x63, 0x99]], [[0x05, 0x99, 0x99]]]);
  });

  it('sends both Omorfi motors, and single vibrators with their code', () => {
    const omorfi = modelNamed(vorzeSaProtocol, 'Vorze Omorfi', 'OMORFI');
    expect(packetsOf(vorzeSaProtocol, omorfi, [[[1, 'Vibrate', 40]]])).toEqual([[[0x09, 0x00, 40]]]);
    const rocket = modelNamed(vorzeSaProtocol, 'Adult Festa Rocket', 'ROCKET');
    expect(packetsOf(vorzeSaProtocol, rocket, [[[0, 'Vibrate', 40]]])).toEqual([[[0x07, 0x03, 40]]]);
  });

  it('drives the Piston to a position at the speed its curve gives for the distance and time', () => {
    expect(pistonSpeed(0, 500)).toBe(100);
    expect(pistonSpeed(50, 0)).toBe(100);
    expect(pistonSpeed(200, 6658)).toBe(1);
    expect(pistonSpeed(200, 1000)).toBe(Math.trunc((1000 / 6658) ** -1.21));
    expect(pistonSpeed(400, 1000)).toBe(pistonSpeed(200, 1000));
    const piston = modelNamed(vorzeSaProtocol, 'Vorze Piston', 'VorzePiston');
    expect(
      packetsOf(vorzeSaProtocol, piston, [
        [[0, 'HwPositionWithDuration', 99, 1000]],
        [[0, 'HwPositionWithDuration', 49, 1000]],
      ]),
    ).toEqual([[[0x03, 99, pistonSpeed(99, 1000)]], [[0x03, 49, pistonSpeed(50, 1000)]]]);
  });
});
