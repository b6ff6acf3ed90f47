import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDeviceConfiguration } from '../../actors/engine/configFiles.js';
import { nextEvent } from '../support/nextEvent.js';
import { scanFor, startEngine, waitFor } from '../support/engine.js';

/** A user config file for one Lush at LUSH: its display name, vibrator limit and allow/deny. */
const lushConfig = (settings: { name?: string; limit?: [number, number]; deny?: boolean }) =>
  JSON.stringify({
    version: { major: 4, minor: 0 },
    user_configs: {
      devices: [
        {
          identifier: { protocol: 'lovense', identifier: 'S', address: 'LUSH' },
          config: {
            id: 'f5296cdb-2d1a-4ee8-bbcb-bf0340479858',
            base_id: '670560f0-981e-42cb-b83d-c911dd9826e2',
            features: [
              {
                id: '25fa8094-2ea7-40fa-a58c-0009c4c4cf3c',
                base_id: '3f7a25a5-df21-42ca-bf9f-d1c52df1f37e',
                ...(settings.limit ? { output: { vibrate: { value: settings.limit } } } : {}),
              },
              { id: '131a3807-5648-4645-826e-ad163163c8e1', base_id: '14bd7637-13ed-49ba-9eb9-9c8ba9abec20' },
            ],
            user_config: {
              allow: false,
              deny: settings.deny ?? false,
              index: 3,
              ...(settings.name ? { display_name: settings.name } : {}),
            },
          },
        },
      ],
    },
  });

const configFile = () => {
  const file = join(mkdtempSync(join(tmpdir(), 'reload-')), 'user.json');
  return {
    file,
    load: async (settings: Parameters<typeof lushConfig>[0]) => {
      writeFileSync(file, lushConfig(settings));
      return loadDeviceConfiguration({ userConfigFile: file });
    },
  };
};

describe('reloading the user device settings (buttplug#635)', () => {
  it('renames and re-limits a connected device at once: outputs stop, a DeviceList goes out, new limits hold', async () => {
    const config = configFile();
    const engine = startEngine({
      dcm: { devices: [{ name: 'LVS-Lush', address: 'LUSH' }] },
      server: { deviceConfig: await config.load({ name: 'Before' }) },
    });
    const client = await engine.connectClient();
    const [lush] = await scanFor(client);
    expect(lush).toMatchObject({ index: 3, displayName: 'Before' });
    await lush!.vibrate(1);
    const hardware = engine.dcm.hardware('LUSH')!;
    expect(hardware.writtenText.at(-1)).toBe('Vibrate:20;');

    const changed = nextEvent(client, 'deviceadded');
    engine.server.reloadDeviceConfig(await config.load({ name: 'After', limit: [5, 15] }));
    const [renamed] = await changed;
    expect(hardware.writtenText.at(-1)).toBe('Vibrate:0;');
    expect(renamed).toMatchObject({ index: 3, displayName: 'After' });
    expect(renamed.featuresWith('Vibrate')[0]!.outputs.get('Vibrate')!.value).toEqual([0, 10]);
    await renamed.vibrate({ steps: 10 });
    expect(hardware.writtenText.at(-1)).toBe('Vibrate:15;');
    await expect(renamed.sendOutputs([{ featureIndex: 0, command: { Vibrate: { Value: 11 } } }])).rejects.toThrow(
      /outside the feature's range \[0, 10\]/,
    );
  });

  it('stops and removes a device the reloaded settings deny, and keeps it out', async () => {
    const config = configFile();
    const engine = startEngine({
      dcm: {
        devices: [
          { name: 'LVS-Lush', address: 'LUSH' },
          { name: 'LVS-Edge', address: 'EDGE' },
        ],
      },
      server: { deviceConfig: await config.load({}) },
    });
    const client = await engine.connectClient();
    const devices = await scanFor(client, 2);
    const lush = devices.find((device) => device.index === 3)!;
    const edge = devices.find((device) => device.index !== 3)!;
    await lush.vibrate(0.5);
    const removed = nextEvent(client, 'deviceremoved');
    engine.server.reloadDeviceConfig(await config.load({ deny: true }));
    expect((await removed)[0].index).toBe(3);
    expect(engine.dcm.hardware('LUSH')!.writtenText.at(-1)).toBe('Vibrate:0;');
    // The other device was remembered at runtime: it keeps its index and its commands go through.
    expect(client.devices.map((device) => device.index)).toEqual([edge.index]);
    await edge.vibrate(0.5);
    // Scanning again does not bring the denied device back.
    await client.startScanning();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(engine.server.devices.map((device) => device.DeviceIndex)).toEqual([edge.index]);
  });

  it('changes nothing for a reload that changes nothing', async () => {
    const config = configFile();
    const engine = startEngine({
      dcm: { devices: [{ name: 'LVS-Lush', address: 'LUSH' }] },
      server: { deviceConfig: await config.load({ name: 'Same' }) },
    });
    const client = await engine.connectClient();
    const [lush] = await scanFor(client);
    await lush!.vibrate(1);
    const hardware = engine.dcm.hardware('LUSH')!;
    const before = hardware.writtenText.length;
    engine.server.reloadDeviceConfig(await config.load({ name: 'Same' }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(hardware.writtenText.length).toBe(before);
    await waitFor(() => client.devices.length === 1, 100, 'the device to stay');
  });
});
