/**
 * The built-in database is generated from the vendored upstream device config (v5, 5.55): the
 * tables in the repository are exactly what `npm run devices:generate` writes, every protocol the
 * file lists has its table, and every implemented protocol drives the entry of its table.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../protocols/config/configIssues.js';
import { parseDeviceConfigFile, parseDeviceTables } from '../../protocols/config/deviceConfigFile.js';
import type { ProtocolConfig } from '../../protocols/config/deviceDefinitions.js';
import { tableModule, tablePath, upstreamFacts } from '../../protocols/devices/deviceTables.js';
import { builtinProtocols } from '../../protocols/devices/index.js';
import { readJson, sharedPath } from '../config/support/upstreamFiles.js';

const file = readJson(sharedPath('device-config/buttplug-device-config-v5.json'));
const tables = parseDeviceTables(file);
const upstream = parseDeviceConfigFile(file);
if (!tables.ok || !upstream.ok) throw new Error('the vendored v5 device config does not parse');
const byName = new Map(upstream.value.map((protocol) => [protocol.name, protocol]));
const devicesDir = fileURLToPath(new URL('../../protocols/devices/', import.meta.url));

/** Every `*Devices.ts` module under `protocols/devices/` (a protocol's folder or its family's). */
const deviceModules = async (): Promise<ProtocolConfig[]> => {
  const files = readdirSync(devicesDir, { recursive: true, encoding: 'utf8' }).filter(
    (name) => name.includes('/') && name.endsWith('Devices.ts'),
  );
  const modules: ProtocolConfig[] = [];
  for (const name of files.sort()) {
    const exports = (await import(`${devicesDir}${name}`)) as Record<string, ProtocolConfig>;
    modules.push(...Object.values(exports));
  }
  return modules;
};

describe('the device tables', () => {
  it('are what the generator writes from the vendored v5 device config, byte for byte', async () => {
    for (const devices of tables.value) {
      const path = `${devicesDir}${tablePath(devices.name)}`;
      const expected = await format(tableModule(devices), { ...(await resolveConfig(path)), filepath: path });
      expect(readFileSync(path, 'utf8'), `${tablePath(devices.name)}: run npm run devices:generate`).toBe(expected);
    }
  });

  it('are one per upstream protocol, equal to what the file says (names, identifiers, features, ranges, specifiers, gaps)', async () => {
    const modules = await deviceModules();
    expect(modules.map((m) => m.name).sort()).toEqual([...byName.keys()].sort());
    for (const module of modules) expect(upstreamFacts(module)).toEqual(byName.get(module.name));
  });

  it('add only the Lovense WebSocket simulator name to the upstream facts', async () => {
    const lovense = (await deviceModules()).find((m) => m.name === 'lovense')!;
    expect(lovense.communication.filter((s) => !upstreamFacts(lovense).communication.includes(s))).toEqual([
      { transport: 'websocket', name: 'LVSDevice' },
    ]);
  });

  it('give every implemented protocol the database entry of its table, and every protocol of the file an implementation', () => {
    for (const implementation of builtinProtocols)
      expect(upstreamFacts(implementation.config)).toEqual(byName.get(implementation.name));
    const withoutHandler = [
      'cueme',
      'kiiroo-v1',
      'libo-karen',
      'muse',
      'realtouch',
      'rez-trancevibrator',
      'sayberx',
      'twerkingbutt',
      'vorze-cyclone-x',
    ];
    expect([...byName.keys()].filter((name) => !builtinProtocols.some((p) => p.name === name)).sort()).toEqual(
      withoutHandler,
    );
  });

  it('carry no warnings but the ones upstream data earns', () => {
    expect(upstream.warnings.map(formatIssue)).toHaveLength(3);
  });
});
