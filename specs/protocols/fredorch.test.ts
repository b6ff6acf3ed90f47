import { describe, expect, it } from 'vitest';
import { fredorchProtocol, fredorchSpeed } from '../../protocols/devices/fredorch/fredorchProtocol.js';
import { crc16Modbus } from '../../protocols/devices/shared/checksums.js';
import { ascii, type HardwareRequest } from '../../protocols/devices/shared/hardwareRequests.js';
import { driveScript, protocolDevice, rxNotification, writtenBytes } from '../support/protocolDevices.js';

describe('Fredorch', () => {
  const device = protocolDevice(fredorchProtocol, fredorchProtocol.config.defaults);

  it('frames with the Modbus CRC-16, low byte first', () => {
    expect(crc16Modbus([...ascii('123456789')])).toEqual([0x37, 0x4b]);
  });

  it('programs the device, each frame answered; a silent device fails', () => {
    const answer = (r: HardwareRequest) => (r.op === 'notification' ? rxNotification([0]) : undefined);
    const { requests } = driveScript(fredorchProtocol.initialize!(device, { position: 0 }), answer);
    expect(writtenBytes(requests)).toEqual([
      [0x01, 0x06, 0x00, 0x64, 0x00, 0x01, 0x09, 0xd5],
      [0x01, 0x06, 0x00, 0x69, 0x00, 0x00, 0x59, 0xd6],
      [
        0x01, 0x10, 0x00, 0x6b, 0x00, 0x05, 0x0a, 0x00, 0x05, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0xc0,
        0xc3,
      ],
      [0x01, 0x06, 0x00, 0x69, 0x00, 0x01, 0x98, 0x16],
      [0x01, 0x06, 0x00, 0x6a, 0x00, 0x01, 0x68, 0x16],
    ]);
    expect(() => driveScript(fredorchProtocol.initialize!(device, { position: 0 }))).toThrow(/did not answer/);
  });

  it('picks the slowest speed that covers the distance in time', () => {
    expect(fredorchSpeed(0, 100)).toBe(0);
    expect(fredorchSpeed(1, 1001)).toBe(1);
    expect(fredorchSpeed(1, 1000)).toBe(2);
    expect(fredorchSpeed(8, 200)).toBe(12);
    expect(fredorchSpeed(15, 10)).toBe(20);
    expect(fredorchSpeed(40, 10_000)).toBe(fredorchSpeed(15, 10_000));
  });

  it('sends positions x 10 and measures each stroke from the last', () => {
    const feature = device.definition.features[0]!;
    const stroke = (value: number, duration: number) => ({
      feature,
      type: 'HwPositionWithDuration' as const,
      value,
      duration,
    });
    const result = fredorchProtocol.encodeOutputs({ position: 15 }, [stroke(7, 200)], device);
    expect(result.ok && result.writes.map((w) => [...w.data].slice(8, 15))).toEqual([[12, 0, 12, 0, 70, 0, 70]]);
    expect(result.ok && result.state).toEqual({ position: 7 });
  });
});
