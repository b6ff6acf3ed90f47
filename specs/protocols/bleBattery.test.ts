import { describe, expect, it } from 'vitest';
import { readBleBattery } from '../../protocols/devices/shared/bleBattery.js';
import type { ResolvedFeature } from '../../protocols/config/resolvedDevice.js';
import { batteryInput } from '../../protocols/config/deviceData.js';
import { driveScript } from '../support/protocolDevices.js';

describe('the BLE battery service', () => {
  const battery: ResolvedFeature = {
    id: 'battery',
    index: 1,
    description: 'battery Level',
    outputs: [],
    inputs: { Battery: batteryInput },
  };

  it('reads one byte from rxblebattery: the charge in percent', () => {
    const { requests, result } = driveScript(
      readBleBattery(null, { feature: battery, type: 'Battery', command: 'Read' }),
      () => Uint8Array.from([73]),
    );
    expect(requests).toEqual([{ op: 'read', endpoint: 'rxblebattery', length: 1 }]);
    expect(result).toBe(73);
  });

  it('fails on an empty answer and on other readings', () => {
    expect(() =>
      driveScript(readBleBattery(null, { feature: battery, type: 'Battery', command: 'Read' }), () => new Uint8Array()),
    ).toThrow(/no data/);
    expect(() => driveScript(readBleBattery(null, { feature: battery, type: 'Pressure', command: 'Read' }))).toThrow(
      /no Pressure/,
    );
  });
});
