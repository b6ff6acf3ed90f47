import { describe, expect, it } from 'vitest';
import type { FeatureOutput } from '../../protocols/devices/deviceProtocol.js';
import { svakomIkerPackets, svakomIkerProtocol } from '../../protocols/devices/svakomIker/svakomIkerProtocol.js';
import { protocolDevice } from '../support/protocolDevices.js';

const data = (writes: readonly { data: Uint8Array }[]) => writes.map((w) => [...w.data]);

describe('Svakom Iker', () => {
  const device = protocolDevice(svakomIkerProtocol, svakomIkerProtocol.config.defaults);
  const vibrate = (index: number, value: number): FeatureOutput => ({ feature: device.definition.features[index]!, type: 'Vibrate', value });

  it('runs the main motor alone, both motors, or stops with one packet', () => {
    expect(data(svakomIkerPackets([5, 0]))).toEqual([[0x55, 0x03, 0x03, 0x00, 0x01, 0x05]]);
    expect(data(svakomIkerPackets([8, 3]))).toEqual([
      [0x55, 0x03, 0x03, 0x00, 0x01, 0x08],
      [0x55, 0x07, 0x00, 0x00, 0x03, 0x00],
    ]);
    expect(data(svakomIkerPackets([0, 3]))).toEqual([
      [0x55, 0x03, 0x03, 0x00, 0x01, 0x00],
      [0x55, 0x07, 0x00, 0x00, 0x03, 0x00],
    ]);
    expect(data(svakomIkerPackets([0, 0]))).toEqual([[0x55, 0x07, 0x00, 0x00, 0x00, 0x00]]);
  });

  it('resends both motors when one changes', () => {
    const both = svakomIkerProtocol.encodeOutputs(svakomIkerProtocol.createState(device), [vibrate(0, 8), vibrate(1, 3)], device);
    const second = both.ok ? svakomIkerProtocol.encodeOutputs(both.state, [vibrate(1, 4)], device) : both;
    expect(second.ok && data(second.writes)).toEqual([
      [0x55, 0x03, 0x03, 0x00, 0x01, 0x08],
      [0x55, 0x07, 0x00, 0x00, 0x04, 0x00],
    ]);
  });
});
