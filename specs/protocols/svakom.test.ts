import { describe, expect, it } from 'vitest';
import type { Endpoint } from '../../protocols/config/endpoints.js';
import type { FeatureOutput } from '../../protocols/devices/shared/deviceProtocol.js';
import { svakomBarneyPacket, svakomBarneyProtocol } from '../../protocols/devices/svakom/svakomBarneyProtocol.js';
import { vibratorCount } from '../../protocols/devices/shared/vibratorCount.js';
import { svakomIkerPackets, svakomIkerProtocol } from '../../protocols/devices/svakom/svakomIkerProtocol.js';
import { svakomSamProtocol } from '../../protocols/devices/svakom/svakomSamProtocol.js';
import { suitcaseBandAndSpeed } from '../../protocols/devices/svakom/svakomSuitcaseProtocol.js';
import { driveScript, protocolDevice } from '../support/protocolDevices.js';

const data = (writes: readonly { data: Uint8Array }[]) => writes.map((w) => [...w.data]);

describe('Svakom Iker', () => {
  const device = protocolDevice(svakomIkerProtocol, svakomIkerProtocol.config.defaults);
  const vibrate = (index: number, value: number): FeatureOutput => ({
    feature: device.definition.features[index]!,
    type: 'Vibrate',
    value,
  });

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
    const both = svakomIkerProtocol.encodeOutputs(
      svakomIkerProtocol.createState(device),
      [vibrate(0, 8), vibrate(1, 3)],
      device,
    );
    const second = both.ok ? svakomIkerProtocol.encodeOutputs(both.state, [vibrate(1, 4)], device) : both;
    expect(second.ok && data(second.writes)).toEqual([
      [0x55, 0x03, 0x03, 0x00, 0x01, 0x08],
      [0x55, 0x07, 0x00, 0x00, 0x04, 0x00],
    ]);
  });
});

describe('Svakom Barney', () => {
  const packet = (levels: number[], vibrators = 2) => [...svakomBarneyPacket(levels, vibrators).data];

  it('says which motor runs alone, or 0 when both run alike', () => {
    expect(packet([5, 0])).toEqual([0x55, 0x03, 0x01, 0x00, 0x03, 5, 0x00]);
    expect(packet([0, 7])).toEqual([0x55, 0x03, 0x02, 0x00, 0x03, 7, 0x00]);
    expect(packet([4, 7])).toEqual([0x55, 0x03, 0x00, 0x00, 0x03, 7, 0x00]);
    expect(packet([0, 0])).toEqual([0x55, 0x03, 0x00, 0x00, 0x00, 0, 0x00]);
    expect(packet([0, 7], 1)).toEqual([0x55, 0x03, 0x00, 0x00, 0x03, 7, 0x00]);
  });

  it('counts the vibrators of its model and keeps the other motor level', () => {
    const device = protocolDevice(svakomBarneyProtocol, svakomBarneyProtocol.config.defaults);
    expect(vibratorCount(device)).toBe(2);
    const state = svakomBarneyProtocol.createState(device);
    const [first, second] = device.definition.features;
    const one = svakomBarneyProtocol.encodeOutputs(state, [{ feature: second!, type: 'Vibrate', value: 6 }], device);
    const two = one.ok
      ? svakomBarneyProtocol.encodeOutputs(one.state, [{ feature: first!, type: 'Vibrate', value: 9 }], device)
      : one;
    expect(two.ok && data(two.writes)).toEqual([[0x55, 0x03, 0x00, 0x00, 0x03, 9, 0x00]]);
  });
});

describe('Svakom Magic Suitcase', () => {
  it('splits the main level into an intensity band and a speed, tens being the top of the band below', () => {
    expect(suitcaseBandAndSpeed(0)).toEqual([0, 0]);
    expect(suitcaseBandAndSpeed(5)).toEqual([1, 5]);
    expect(suitcaseBandAndSpeed(10)).toEqual([1, 10]);
    expect(suitcaseBandAndSpeed(11)).toEqual([2, 1]);
    expect(suitcaseBandAndSpeed(30)).toEqual([3, 10]);
  });
});

describe('Svakom Sam Neo', () => {
  const withEndpoints = (endpoints: Endpoint[]) => ({
    ...protocolDevice(svakomSamProtocol, svakomSamProtocol.config.defaults),
    endpoints,
  });
  const vibrate = (endpoints: Endpoint[], value: number) => {
    const device = withEndpoints(endpoints);
    const result = svakomSamProtocol.encodeOutputs(
      svakomSamProtocol.createState(device),
      [{ feature: device.definition.features[0]!, type: 'Vibrate', value }],
      device,
    );
    return result.ok ? data(result.writes) : result.reason;
  };

  it('subscribes to rx while initialising', () => {
    const device = withEndpoints(['rx', 'tx']);
    expect(driveScript(svakomSamProtocol.initialize!(device, svakomSamProtocol.createState(device))).requests).toEqual([
      { op: 'subscribe', endpoint: 'rx' },
    ]);
  });

  it('tells the generations apart by their characteristics', () => {
    expect(vibrate(['rx', 'tx', 'txmode'], 7)).toEqual([[18, 1, 3, 0, 4, 7]]);
    expect(vibrate(['rx', 'tx', 'txmode'], 0)).toEqual([[18, 1, 3, 0, 0, 0]]);
    expect(vibrate(['rx', 'tx', 'firmware'], 7)).toEqual([[18, 1, 3, 0, 4, 7]]);
    expect(vibrate(['rx', 'tx'], 7)).toEqual([[18, 1, 3, 0, 5, 7]]);
    expect(vibrate(['rx', 'tx'], 0)).toEqual([[18, 1, 3, 0, 5, 0]]);
  });
});
