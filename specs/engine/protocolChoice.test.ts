import { describe, expect, it } from 'vitest';
import { createDeviceConfig } from '../../protocols/config/deviceConfig.js';
import type { ProtocolConfig } from '../../protocols/config/deviceDefinitions.js';
import { defineDevices, feature } from '../../protocols/config/deviceData.js';
import { encoded, type DeviceProtocol, type Identification } from '../../protocols/devices/shared/deviceProtocol.js';
import { write } from '../../protocols/devices/shared/hardwareRequests.js';
import { lovenseDevices } from '../../protocols/devices/lovense/lovenseDevices.js';
import { scanFor, startEngine, waitFor } from '../support/engine.js';

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

  it('resolves a model against the protocol identification hands it to, and drives it with the identifying module', async () => {
    const service = '0000ff00-0000-1000-8000-00805f9b34fb';
    const older = defineDevices({
      name: 'test-older',
      communication: [
        {
          transport: 'btle',
          names: ['TEST-Handover'],
          services: { [service]: { tx: '0000ff01-0000-1000-8000-00805f9b34fb' } },
        },
      ],
      defaults: { id: '00000000-0000-4000-8000-000000000001', name: 'Older default', features: [] },
    });
    const newer = defineDevices({
      name: 'test-newer',
      communication: [
        {
          transport: 'btle',
          names: ['TEST-Newer-only'],
          services: { [service]: { tx: '0000ff01-0000-1000-8000-00805f9b34fb' } },
        },
      ],
      defaults: { id: '00000000-0000-4000-8000-000000000002', name: 'Newer default', features: [] },
      configurations: [
        {
          id: '00000000-0000-4000-8000-000000000003',
          name: 'Newer model 7',
          identifiers: ['7'],
          features: [feature(0, '00000000-0000-4000-8000-000000000004', { output: { Vibrate: [0, 10] } })],
        },
      ],
    });
    const driver = (config: ProtocolConfig, identification: Identification): DeviceProtocol<null> => ({
      name: config.name,
      config,
      *identify() {
        return identification;
      },
      createState: () => null,
      encodeOutputs: (state, outputs, device) =>
        encoded(
          state,
          outputs.map((o) => write('tx', [device.definition.key.protocol === 'test-newer' ? 0x99 : 0x11, o.value])),
        ),
    });
    const engine = startEngine({
      dcm: { devices: [{ name: 'TEST-Handover', address: 'HANDOVER' }] },
      server: { protocols: [driver(older, { protocol: 'test-newer', identifier: '7' }), driver(newer, '7')] },
    });
    const client = await engine.connectClient();
    const [device] = await scanFor(client);
    expect(device!.name).toBe('Newer model 7');
    await device!.vibrate(0.5);
    const hardware = engine.dcm.hardware('HANDOVER')!;
    await waitFor(() => hardware.commands.some((c) => c.type === 'write'));
    expect(
      hardware.commands.filter((c) => c.type === 'write').map((c) => (c.type === 'write' ? [...c.data] : [])),
    ).toEqual([[0x99, 5]]);
  });
});
