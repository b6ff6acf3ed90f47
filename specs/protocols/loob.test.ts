import { describe, expect, it } from 'vitest';
import { loobProtocol, loobStroke } from '../../protocols/devices/loob/loobProtocol.js';
import { driveScript, protocolDevice } from '../support/protocolDevices.js';

describe('Joyroid Loob', () => {
  it('is woken with [0x00, 0x01, 0x01, 0xF4], with response', () => {
    const device = protocolDevice(loobProtocol, loobProtocol.config.defaults);
    expect(driveScript(loobProtocol.initialize!(device, null)).requests).toEqual([
      { op: 'write', endpoint: 'tx', data: Uint8Array.from([0x00, 0x01, 0x01, 0xf4]), withResponse: true },
    ]);
  });

  it('sends position and duration as big-endian 16-bit words', () => {
    expect(loobStroke(500, 1000)).toEqual([0x01, 0xf4, 0x03, 0xe8]);
  });

  it('keeps the position in 1..1000 and the duration in 1..65535 ms', () => {
    expect(loobStroke(0, 0)).toEqual([0x00, 0x01, 0x00, 0x01]);
    expect(loobStroke(1000, 100_000)).toEqual([0x03, 0xe8, 0xff, 0xff]);
  });
});
