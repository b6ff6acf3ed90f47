import { describe, expect, it } from 'vitest';
import { createDeviceConfig } from '../../protocols/config/deviceConfig.js';
import { defineDevices } from '../../protocols/devices/deviceData.js';
import { lovenseDevices } from '../../protocols/devices/lovense/lovenseDevices.js';
import { scanFor, startEngine } from '../support/engine.js';

describe('choosing a protocol for a discovered device', () => {
  it('skips matching protocols that have no implementation (a device config file may list them) and uses the next', async () => {
    const unimplemented = defineDevices({
      name: 'not-implemented-here',
      communication: [{ transport: 'btle', names: ['LVS-*'], services: {} }],
      defaults: { id: '00000000-0000-4000-8000-000000000000', name: 'Nobody', features: [] },
    });
    const engine = startEngine({
      dcm: { devices: [{ name: 'LVS-Lush', address: 'LUSH' }] },
      server: { deviceConfig: createDeviceConfig([unimplemented, lovenseDevices]) },
    });
    const client = await engine.connectClient();
    const [lush] = await scanFor(client);
    expect(lush!.name).toBe('Lovense Lush');
  });
});
