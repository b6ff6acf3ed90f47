/** A device keeps its index across restarts of the command line (the file written back between runs). */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startCliEngine } from '../../actors/cli/cliEngine.js';
import { parseCli, type CliOptions } from '../../actors/cli/cliOptions.js';
import { silentLogger } from '../../protocols/core/logger.js';
import { WebSocketConnector } from '../../transports/websocketConnector.js';
import { CLI_STARTUP_MS, readyUrl, startCli, stopCli } from '../support/cliRun.js';
import { scanFor } from '../support/engine.js';
import { connectedClient } from '../support/transports.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'bp-cli-index-'));
  dirs.push(dir);
  return dir;
};

/** Connects to a running engine, scans until `count` devices are there, and returns their indexes by name. */
const indexesAt = async (url: string, count: number): Promise<Record<string, number>> => {
  const client = await connectedClient(new WebSocketConnector(url));
  const devices = await scanFor(client, count);
  await client.disconnect();
  return Object.fromEntries(devices.map((device) => [device.name, device.index]));
};

const simulate = (...names: string[]) => names.flatMap((name) => ['--simulate', name]);

const devicesIn = (file: string) =>
  (JSON.parse(readFileSync(file, 'utf8')) as { user_configs: { devices: { config: { user_config: unknown } }[] } })
    .user_configs.devices;

describe('device indexes across engine restarts', () => {
  it(
    '--user-device-config-file: two engine processes, the same device gets the same index',
    async () => {
      const file = join(tempDir(), 'user.json');
      // The user's own setting: index 0 is reserved for a toy that is not here today.
      writeFileSync(
        file,
        JSON.stringify(
          {
            version: { major: 4, minor: 0 },
            user_configs: {
              devices: [
                {
                  identifier: { protocol: 'lovense', identifier: 'S', address: 'E1:2A:3B:4C:5D:6E' },
                  config: {
                    id: '0f8e2a9c-4d1b-4c3e-9a7f-1b2c3d4e5f60',
                    base_id: '670560f0-981e-42cb-b83d-c911dd9826e2', // Lovense Lush
                    features: [
                      { id: '0f8e2a9c-4d1b-4c3e-9a7f-1b2c3d4e5f61', base_id: '3f7a25a5-df21-42ca-bf9f-d1c52df1f37e' },
                      { id: '0f8e2a9c-4d1b-4c3e-9a7f-1b2c3d4e5f62', base_id: '14bd7637-13ed-49ba-9eb9-9c8ba9abec20' },
                    ],
                    user_config: { allow: false, deny: false, index: 0, display_name: 'my lush' },
                  },
                },
              ],
            },
          },
          null,
          2,
        ),
      );
      const first = startCli(
        '--websocket-port',
        '0',
        '--log-json',
        '--user-device-config-file',
        file,
        ...simulate('LVS-Edge', 'LVS-Nora'),
      );
      const before = await indexesAt(await readyUrl(first, CLI_STARTUP_MS), 2);
      expect(await stopCli(first)).toEqual({ code: 0, signal: null });
      expect(Object.values(before).sort()).toEqual([1, 2]);
      expect(devicesIn(file)).toHaveLength(3);

      const second = startCli(
        '--websocket-port',
        '0',
        '--log-json',
        '--user-device-config-file',
        file,
        ...simulate('LVS-Lush', 'LVS-Nora'),
      );
      const after = await indexesAt(await readyUrl(second, CLI_STARTUP_MS), 2);
      expect(await stopCli(second)).toEqual({ code: 0, signal: null });
      expect(after['Lovense Nora']).toBe(before['Lovense Nora']);
      expect(after['Lovense Lush']).toBe(3);
      expect(devicesIn(file)).toHaveLength(4);
    },
    2 * CLI_STARTUP_MS + 30_000,
  );

  it('--device-index-file: created on the first run, read on the next', async () => {
    const file = join(tempDir(), 'indexes.json');
    const run = async (...names: string[]) => {
      const command = parseCli(['--websocket-port', '0', '--device-index-file', file, ...simulate(...names)]);
      const engine = await startCliEngine((command as { options: CliOptions }).options, silentLogger);
      try {
        return await indexesAt(engine.urls[0]!, names.length);
      } finally {
        await engine.stop();
      }
    };
    expect(existsSync(file)).toBe(false);
    const before = await run('LVS-Edge', 'LVS-Nora');
    expect(devicesIn(file)).toHaveLength(2);
    const after = await run('LVS-Lush', 'LVS-Nora');
    expect(after['Lovense Nora']).toBe(before['Lovense Nora']);
    expect(after['Lovense Lush']).toBe(2);
  });

  it('--device-index-file is refused beside --user-device-config-file (that file already keeps them)', () => {
    expect(() => parseCli(['--device-index-file', 'a.json', '--user-device-config-file', 'b.json'])).toThrow(
      '--device-index-file: not needed with --user-device-config-file (device indexes are written to that file)',
    );
  });
});
