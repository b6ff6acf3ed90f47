/**
 * Device indexes written back to a user device config file (actors/engine/deviceIndexFile.ts): what
 * the file keeps, how it is replaced, and that an engine reading it back gives each device its index.
 */
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDeviceConfiguration } from '../../actors/engine/configFiles.js';
import { ButtplugServer } from '../../actors/engine/buttplugServer.js';
import { DeviceIndexFile, type RememberedDevice } from '../../actors/engine/deviceIndexFile.js';
import { ButtplugClient } from '../../actors/client/buttplugClient.js';
import { SimulatedDcm } from '../../hardware/simulated/simulatedDcm.js';
import { lovenseDevices } from '../../protocols/devices/lovense/lovenseDevices.js';
import { EmbeddedConnector } from '../../transports/embeddedConnector.js';
import { scanFor } from '../support/engine.js';
import { recordingLogger } from '../support/recordingLogger.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const tempFile = (name = 'user.json') => {
  const dir = mkdtempSync(join(tmpdir(), 'bp-index-'));
  dirs.push(dir);
  return join(dir, name);
};

const edge = lovenseDevices.configurations.find((model) => model.name === 'Lovense Edge')!;
const remembered = (address: string, index: number): RememberedDevice => ({
  key: { protocol: 'lovense', identifier: 'P', address },
  baseId: edge.id,
  name: edge.name,
  index,
  featureIds: edge.features.map((feature) => feature.id),
});

interface WrittenDevice {
  identifier: { address: string };
  config: { features: { base_id: string }[]; user_config: { index: number } };
}
interface WrittenFile {
  version: unknown;
  user_configs: { protocols: unknown; devices: WrittenDevice[] };
}
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as WrittenFile;

/** One engine run: scan for the simulated devices, then shut down (the file is written by then). */
const runEngine = async (file: string, names: readonly string[]) => {
  const dcm = new SimulatedDcm({ devices: names.map((name) => ({ name, address: `SIM-${name}` })) });
  const server = new ButtplugServer({
    deviceCommunicationManagers: [dcm],
    deviceConfig: await loadDeviceConfiguration({ userConfigFile: file }),
    deviceIndexStore: new DeviceIndexFile(file),
  });
  const client = new ButtplugClient('index test');
  await client.connect(new EmbeddedConnector(server));
  const devices = await scanFor(client, names.length);
  const indexes = Object.fromEntries(devices.map((device) => [device.name, device.index]));
  await client.disconnect();
  await server.shutdown();
  return indexes;
};

describe('the device index file', () => {
  it("adds each new device to user_configs.devices, keeping the user's settings, unknown keys and indentation", async () => {
    const file = tempFile();
    const user = {
      version: { major: 4, minor: 0 },
      user_configs: {
        // Keys this engine does not know (it warns about them) are kept as they are.
        protocols: { lovense: { communication: [{ websocket: { name: 'LVSDevice' } }], 'x-note': { kept: [1, 2] } } },
        devices: [],
      },
    };
    writeFileSync(file, JSON.stringify(user, null, 4));
    chmodSync(file, 0o640);
    const store = new DeviceIndexFile(file);
    store.remember(remembered('SIM-A', 0));
    store.remember(remembered('SIM-B', 1));
    store.remember(remembered('SIM-A', 0)); // seen again: written once
    await store.flush();

    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^\{\n {4}"version"/);
    const written = readJson(file);
    expect(written.user_configs.protocols).toEqual(user.user_configs.protocols);
    const devices = written.user_configs.devices;
    expect(devices.map((d) => [d.identifier.address, d.config.user_config.index])).toEqual([
      ['SIM-A', 0],
      ['SIM-B', 1],
    ]);
    expect(devices[0]!.config.features.map((f) => f.base_id)).toEqual(edge.features.map((f) => f.id));
    expect(statSync(file).mode & 0o777).toBe(0o640);
    // Replaced by rename: no temporary file left beside it.
    expect(readdirSync(join(file, '..'))).toEqual(['user.json']);
    // And the engine reads it back.
    const config = await loadDeviceConfiguration({ userConfigFile: file });
    expect([...config.devices.values()].map((d) => d.index)).toEqual([0, 1]);
  });

  it('creates a missing file; leaves a file that is not JSON as it is, with one warning', async () => {
    const fresh = tempFile('indexes.json');
    const store = new DeviceIndexFile(fresh);
    store.remember(remembered('SIM-A', 0));
    await store.flush();
    expect(readJson(fresh).version).toEqual({ major: 4, minor: 0 });

    const broken = tempFile();
    writeFileSync(broken, '{ "version": ');
    const logger = recordingLogger();
    const careful = new DeviceIndexFile(broken, logger);
    careful.remember(remembered('SIM-A', 0));
    careful.remember(remembered('SIM-B', 1));
    await careful.flush();
    expect(readFileSync(broken, 'utf8')).toBe('{ "version": ');
    expect(logger.find('warn', 'not JSON')).toHaveLength(1);
  });

  it('a device keeps its index when the engine restarts, even when other devices come first', async () => {
    const file = tempFile();
    writeFileSync(file, JSON.stringify({ version: { major: 4, minor: 0 } }));
    const first = await runEngine(file, ['LVS-Edge', 'LVS-Nora']);
    expect(Object.values(first).sort()).toEqual([0, 1]);

    // Next run: a new toy and the Nora; the Nora keeps its index and the new one takes a free one.
    const second = await runEngine(file, ['LVS-Lush', 'LVS-Nora']);
    expect(second['Lovense Nora']).toBe(first['Lovense Nora']);
    expect(second['Lovense Lush']).toBe(2);
    const devices = readJson(file).user_configs.devices;
    expect(devices).toHaveLength(3);
  });
});
