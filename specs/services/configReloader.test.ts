import { mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigReloader } from '../../actors/services/configReloader.js';
import type { DeviceConfig } from '../../protocols/config/deviceConfig.js';
import { onCleanup, waitFor } from '../support/engine.js';

const userConfig = (displayName: string) =>
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
              { id: '25fa8094-2ea7-40fa-a58c-0009c4c4cf3c', base_id: '3f7a25a5-df21-42ca-bf9f-d1c52df1f37e' },
              { id: '131a3807-5648-4645-826e-ad163163c8e1', base_id: '14bd7637-13ed-49ba-9eb9-9c8ba9abec20' },
            ],
            user_config: { allow: false, deny: false, index: 3, display_name: displayName },
          },
        },
      ],
    },
  });

const nameIn = (config: DeviceConfig) => [...config.devices.values()][0]?.displayName;

const watched = async (initial: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'reloader-'));
  const file = join(dir, 'user.json');
  writeFileSync(file, initial);
  const applied: DeviceConfig[] = [];
  const errors: string[] = [];
  const reloader = await ConfigReloader.watch({
    userConfigFile: file,
    apply: (config) => applied.push(config),
    onError: (message) => errors.push(message),
    debounceMs: 50,
  });
  onCleanup(async () => reloader.close());
  return { dir, file, reloader, applied, errors };
};

const settle = () => new Promise((resolve) => setTimeout(resolve, 250));

describe('the user config reloader', () => {
  it('reloads once after a burst of changes, and not for a change back to what it has', async () => {
    const { file, applied } = await watched(userConfig('A'));
    writeFileSync(file, userConfig('B'));
    writeFileSync(file, userConfig('C'));
    await waitFor(() => applied.length === 1, 2_000, 'a reload');
    await settle();
    expect(applied.map(nameIn)).toEqual(['C']);
    writeFileSync(file, userConfig('C'));
    await settle();
    expect(applied).toHaveLength(1);
  });

  it("sees an atomic replace, and ignores the engine's own write-backs", async () => {
    const { dir, file, reloader, applied } = await watched(userConfig('A'));
    const written = userConfig('written by the engine');
    reloader.ignoreContent(written);
    writeFileSync(join(dir, 'user.json.tmp'), written);
    renameSync(join(dir, 'user.json.tmp'), file);
    await settle();
    expect(applied).toHaveLength(0);
    writeFileSync(join(dir, 'user.json.tmp'), userConfig('edited'));
    renameSync(join(dir, 'user.json.tmp'), file);
    await waitFor(() => applied.length === 1, 2_000, 'a reload');
    expect(nameIn(applied[0]!)).toBe('edited');
  });

  it('keeps the settings when the file does not load, saying why', async () => {
    const { file, applied, errors } = await watched(userConfig('A'));
    writeFileSync(file, '{"version": {"major": 4, "minor": 0}, "user_configs": {"devices": [{}]}}');
    await waitFor(() => errors.length === 1, 2_000, 'the error');
    expect(errors[0]).toMatch(/user\.json: user_configs\.devices\[0\]/);
    expect(applied).toHaveLength(0);
  });

  it('reloads on request even when nothing changed (SIGHUP)', async () => {
    const { reloader, applied } = await watched(userConfig('A'));
    expect(await reloader.reload('SIGHUP')).toBe(true);
    expect(applied.map(nameIn)).toEqual(['A']);
  });
});
