import { describe, expect, it } from 'vitest';
import { DeviceConfigFileError, loadDeviceConfiguration } from '../../actors/engine/configFiles.js';
import type { Logger } from '../../protocols/core/logger.js';
import { lovenseSimulator } from '../../hardware/simulated/deviceSimulators.js';
import { matchProtocols } from '../../protocols/config/deviceConfig.js';
import type { DiscoveryInfo } from '../../protocols/config/deviceDefinitions.js';
import { builtinProtocols } from '../../protocols/devices/index.js';
import { scanFor, startEngine } from '../support/engine.js';
import { fixturePath, SHIPPED_DEVICE_CONFIG, SHIPPED_DEVICE_CONFIG_V5 } from './support/upstreamFiles.js';

const ble = (name: string): DiscoveryInfo => ({ transport: 'btle', name, address: name });

const recordingLogger = () => {
  const lines: { level: string; fields: Record<string, unknown>; message?: string }[] = [];
  const at = (level: string) => (fields: Record<string, unknown> | string, message?: string) =>
    lines.push(
      typeof fields === 'string'
        ? { level, fields: {}, message: fields }
        : { level, fields, ...(message ? { message } : {}) },
    );
  const logger: Logger = {
    trace: at('trace'),
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    child: () => logger,
  };
  return { logger, lines };
};

const loadError = async (options: Parameters<typeof loadDeviceConfiguration>[0]): Promise<DeviceConfigFileError> => {
  const error = await loadDeviceConfiguration(options).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof DeviceConfigFileError))
    throw new Error(`expected a DeviceConfigFileError, got ${String(error)}`);
  return error;
};

describe('loadDeviceConfiguration', () => {
  it('without files, is the built-in database of the protocol modules', async () => {
    const config = await loadDeviceConfiguration();
    expect([...config.protocols.values()]).toEqual(builtinProtocols.map((p) => p.config));
    expect(config.devices.size).toBe(0);
  });

  it('loads the whole shipped device config file', async () => {
    const config = await loadDeviceConfiguration({ deviceConfigFile: SHIPPED_DEVICE_CONFIG });
    expect(config.protocols.size).toBe(139);
    expect(matchProtocols(config, ble('LVS-Edge')).map((m) => m.protocol)).toEqual(['lovense']);
  });

  it('replaces the built-in database with a device config file', async () => {
    const { logger, lines } = recordingLogger();
    const file = fixturePath('device-small.json');
    const config = await loadDeviceConfiguration({ deviceConfigFile: file, logger });
    expect([...config.protocols.keys()]).toEqual(['lovense']);
    expect(matchProtocols(config, ble('TOY-1')).map((m) => m.protocol)).toEqual(['lovense']);
    expect(matchProtocols(config, ble('LVS-Edge'))).toEqual([]);
    expect(lines).toContainEqual({
      level: 'warn',
      fields: { file },
      message: 'protocols.lovense.typo_key: unknown key, ignored',
    });

    const engine = startEngine({
      dcm: {
        devices: [{ name: 'TOY-1', address: 'TOY-1', simulator: lovenseSimulator('LVS-Lush') }, { name: 'LVS-Edge' }],
      },
      server: { deviceConfig: config },
    });
    const client = await engine.connectClient();
    const [toy] = await scanFor(client);
    expect(toy!.name).toBe('Custom Lovense');
    expect(toy!.features[0]!.outputs.get('Vibrate')).toEqual({ value: [0, 10] });
  });

  it('layers the user file on the device config file it was given, not on the built-in one', async () => {
    const error = await loadError({
      deviceConfigFile: fixturePath('device-small.json'),
      userConfigFile: fixturePath('user-communication.json'),
    });
    expect(error.message).toBe(
      `${fixturePath('user-communication.json')}: user_configs.protocols.tcode-v03: unknown protocol "tcode-v03" (user settings can extend a protocol of the device database, not create one)`,
    );
  });

  it('names the file, the JSON path and the problem', async () => {
    const file = fixturePath('bad/user-range-too-wide.json');
    const error = await loadError({ userConfigFile: file });
    expect(error.message).toBe(
      `${file}: user_configs.devices[0].config.features[1].output.vibrate.value: range [0, 40] is outside the base range [0, 20]`,
    );
    expect(error.file).toBe(file);
    expect(error.issues).toEqual([
      {
        path: ['user_configs', 'devices', 0, 'config', 'features', 1, 'output', 'vibrate', 'value'],
        message: 'range [0, 40] is outside the base range [0, 20]',
      },
    ]);
  });

  it('reports JSON syntax errors with line and column', async () => {
    const file = fixturePath('bad/device-not-json.json');
    const error = await loadError({ deviceConfigFile: file });
    expect(error.message).toMatch(new RegExp(`^${file}: not valid JSON \\(line 4, column 17\\): `));
  });

  it('refuses files of another major version', async () => {
    const file = fixturePath('bad/device-old-version.json');
    expect((await loadError({ deviceConfigFile: file })).message).toBe(
      `${file}: version.major: this engine reads version 4 and 5 files, this one is version 2`,
    );
  });

  it('reports a file that cannot be read', async () => {
    const file = fixturePath('no-such-file.json');
    expect((await loadError({ userConfigFile: file })).message).toMatch(
      new RegExp(`^${file}: cannot read the file: ENOENT`),
    );
  });

  it('says which protocols of the file the engine cannot drive, and which it drives that the file lacks', async () => {
    const { logger, lines } = recordingLogger();
    await loadDeviceConfiguration({ deviceConfigFile: SHIPPED_DEVICE_CONFIG_V5, logger });
    const unusable = lines.find(
      (line) => line.message === 'protocols in the device config file that this engine cannot drive',
    );
    expect(unusable!.fields['protocols']).toHaveLength(149 - builtinProtocols.length);

    lines.length = 0;
    const lovense = builtinProtocols.find((protocol) => protocol.name === 'lovense')!;
    await loadDeviceConfiguration({
      deviceConfigFile: fixturePath('device-small.json'),
      protocols: [lovense, { ...lovense, name: 'other' }],
      logger,
    });
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 'warn', fields: expect.objectContaining({ protocols: ['other'] }) }),
    );
  });
});
