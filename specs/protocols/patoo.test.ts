import { describe, expect, it } from 'vitest';
import { patooModel, patooPackets, patooProtocol } from '../../protocols/devices/patoo/patooProtocol.js';
import { prettyloveProtocol } from '../../protocols/devices/prettylove/prettyloveProtocol.js';
import { driveScript } from '../support/protocolDevices.js';

const identify = (hardwareName: string) =>
  driveScript(patooProtocol.identify!({ hardwareName, address: 'a', endpoints: ['tx', 'txmode'] }));
const packets = (levels: number[]) => patooPackets(levels).map((w) => [w.endpoint, [...w.data], w.withResponse]);

describe('Patoo', () => {
  it('identifies the model by the name before its serial number', () => {
    expect(patooModel('PTVEA1234')).toBe('PTVEA');
    expect(patooModel('PBT')).toBe('PBT');
    expect(patooModel('7PCS')).toBe('');
    expect(identify('PHT0042')).toEqual({ requests: [], result: 'PHT' });
  });

  it('sends the speed, then the mode that says which motor runs', () => {
    expect(packets([40, 0])).toEqual([
      ['tx', [40], true],
      ['txmode', [0x04], true],
    ]);
    expect(packets([40, 70])).toEqual([
      ['tx', [40], true],
      ['txmode', [0x04], true],
    ]);
    expect(packets([0, 70])).toEqual([
      ['tx', [70], true],
      ['txmode', [0x80], true],
    ]);
    expect(packets([0, 0])).toEqual([
      ['tx', [0], true],
      ['txmode', [0x00], true],
    ]);
  });
});

describe('Pretty Love', () => {
  it('identifies every toy as "Aogu BLE" without asking it', () => {
    expect(
      driveScript(prettyloveProtocol.identify!({ hardwareName: 'Aogu BLE 77', address: 'a', endpoints: ['tx'] })),
    ).toEqual({
      requests: [],
      result: 'Aogu BLE',
    });
  });
});
