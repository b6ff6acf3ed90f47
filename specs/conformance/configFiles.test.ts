import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinProtocols } from '../../protocols/devices/index.js';
import { lovenseDevices } from '../../protocols/devices/lovense/lovenseDevices.js';
import { ConfigFormatError, readDeviceConfig, readUserConfig } from './configFiles.js';

const shared = (path: string) => fileURLToPath(new URL(`../../../shared/conformance/${path}`, import.meta.url));
const json = (path: string): unknown => JSON.parse(readFileSync(shared(path), 'utf8'));
const base = builtinProtocols.map((protocol) => protocol.config);

const userFile = (userConfigs: unknown) => ({ version: { major: 4, minor: 0 }, user_configs: userConfigs });

describe('reading a user device config file', () => {
  it('reads per-device settings: key, model, display name, index, narrowed ranges', () => {
    const config = readUserConfig(
      userFile({
        devices: [
          {
            identifier: { address: 'A1', protocol: 'lovense', identifier: 'P' },
            config: {
              id: 'u1',
              base_id: 'm1',
              features: [{ id: 'f', base_id: 'b', output: { vibrate: { value: [2, 12] }, rotate: { disabled: true } } }],
              user_config: { allow: true, deny: false, index: 7, display_name: 'Bedside', message_gap_ms: 40 },
            },
          },
        ],
      }),
      base,
    );
    expect(config.devices).toEqual([
      {
        key: { protocol: 'lovense', identifier: 'P', address: 'A1' },
        id: 'u1',
        baseId: 'm1',
        displayName: 'Bedside',
        allow: true,
        deny: false,
        index: 7,
        messageGapMs: 40,
        features: [{ id: 'f', baseId: 'b', output: { Vibrate: { value: [2, 12] }, Rotate: { disabled: true } } }],
      },
    ]);
  });

  it('reads extra specifiers and configurations; a configuration without features takes the defaults', () => {
    const config = readUserConfig(
      userFile({
        protocols: {
          lovense: {
            communication: [{ btle: { names: ['My-Toy'], services: {} } }, { serial: { port: 'COM3', baud_rate: 9600, data_bits: 8, stop_bits: 1, parity: 'N' } }],
            configurations: [{ id: 'c', identifier: ['XYZ'], name: 'My Lovense' }],
          },
        },
      }),
      base,
    );
    expect(config.communication).toEqual({
      lovense: [
        { transport: 'btle', names: ['My-Toy'], services: {} },
        { transport: 'serial', port: 'COM3', baudRate: 9600, dataBits: 8, stopBits: 1, parity: 'N' },
      ],
    });
    expect(config.configurations?.['lovense']).toEqual([
      { id: 'c', name: 'My Lovense', identifiers: ['XYZ'], features: lovenseDevices.defaults.features },
    ]);
  });

  it.each([
    ['a wrong major version', { version: { major: 3, minor: 0 }, user_configs: {} }, /version\.major/],
    ['no user_configs', { version: { major: 4, minor: 0 } }, /user_configs/],
    ['an unknown output type', userFile({ devices: [{ identifier: { protocol: 'p', address: 'a' }, config: { features: [{ base_id: 'b', output: { wiggle: {} } }], user_config: { allow: false, deny: false, index: 0 } } }] }), /wiggle|output/],
    ['a device without user_config', userFile({ devices: [{ identifier: { protocol: 'p', address: 'a' }, config: {} }] }), /user_config/],
    ['an unknown endpoint', userFile({ protocols: { p: { communication: [{ btle: { names: ['x'], services: { s: { nope: 'c' } } } }] } } }), /communication/],
    ['a negative index', userFile({ devices: [{ identifier: { protocol: 'p', address: 'a' }, config: { user_config: { allow: false, deny: false, index: -1 } } }] }), /index/],
  ])('rejects %s, naming where', (_, file, where) => {
    expect(() => readUserConfig(file, base)).toThrow(ConfigFormatError);
    expect(() => readUserConfig(file, base)).toThrow(where);
  });

  it.runIf(existsSync(shared('cases/config')))('reads the user config files the conformance cases come with', () => {
    for (const file of [
      'lovense_ridge_user_config.json',
      'lovense_ridge_user_config_invalid_range.json',
      'tcode_disabled_hw_position_user_config.json',
      'tcode_linear_and_vibrate_user_config.json',
    ]) {
      expect(() => readUserConfig(json(`cases/config/${file}`), base), file).not.toThrow();
    }
    const ridge = readUserConfig(json('cases/config/lovense_ridge_user_config.json'), base);
    expect(ridge.devices?.[0]).toMatchObject({ key: { address: 'UserConfigTest', identifier: 'F' }, displayName: 'Lovense Name Test' });
  });
});

describe('reading a device config file', () => {
  it.runIf(existsSync(shared('device-config')))('reads the reference database: 139 protocols, Lovense as the built-in data has it', () => {
    const protocols = readDeviceConfig(json('device-config/buttplug-device-config-v4.json'));
    expect(protocols).toHaveLength(139);
    const lovense = protocols.find((protocol) => protocol.name === 'lovense')!;
    expect(lovense.configurations.map((model) => model.name)).toEqual(lovenseDevices.configurations.map((model) => model.name));
    expect(lovense.configurations.map((model) => model.features)).toEqual(lovenseDevices.configurations.map((model) => model.features));
  });

  it('rejects a protocol without defaults', () => {
    expect(() => readDeviceConfig({ version: { major: 4, minor: 1 }, protocols: { p: { communication: [] } } })).toThrow(/defaults/);
  });
});
