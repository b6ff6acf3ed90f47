import { describe, expect, it } from 'vitest';
import { ankniHandshake, ankniProtocol, crc16Xmodem } from '../../protocols/devices/ankni/ankniProtocol.js';
import { ascii } from '../../protocols/devices/shared/hardwareRequests.js';
import { driveScript, protocolDevice, writtenBytes } from '../support/protocolDevices.js';

describe('Ankni', () => {
  const device = protocolDevice(ankniProtocol, ankniProtocol.config.defaults);

  it('computes the XMODEM CRC-16', () => {
    expect(crc16Xmodem([...ascii('123456789')])).toBe(0x31c3);
  });

  it('shakes hands when the PnP read gives a bare address, with the CRC high byte as check', () => {
    const address = [0xa2, 0x31, 0x35, 0x53, 0x52, 0xd8];
    const { requests } = driveScript(ankniProtocol.initialize!(device, null), (r) =>
      r.op === 'read' ? Uint8Array.from(address) : undefined,
    );
    expect(requests[0]).toEqual({ op: 'read', endpoint: 'generic0', length: 16, timeoutMs: 100 });
    const check = crc16Xmodem([0x01, ...address]) >> 8;
    expect(writtenBytes(requests)).toEqual([Array(20).fill(1), [1, 2, ...Array(16).fill(check), 0, 0]]);
    expect(requests.every((r) => r.op !== 'write' || r.withResponse)).toBe(true);
  });

  it('skips the handshake when the PnP read is a full record', () => {
    expect(ankniHandshake(Uint8Array.from([1, 0xa6, 1, 0, 0, 1, 0x16]))).toEqual([]);
  });
});
