import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../protocols/config/configIssues.js';
import { parseUserConfigFile } from '../../protocols/config/userConfigFile.js';
import { lovenseDevices } from '../../protocols/devices/lovense/lovenseDevices.js';
import { tcodeV03Devices } from '../../protocols/devices/tcodeV03/tcodeV03Devices.js';
import { readJson, sharedPath } from './support/upstreamFiles.js';

const database = [lovenseDevices, tcodeV03Devices];
const parse = (value: unknown) => parseUserConfigFile(value, database);
const conformanceConfig = (name: string) => readJson(sharedPath(`cases/config/${name}`));

const LUSH = '670560f0-981e-42cb-b83d-c911dd9826e2';
const LUSH_VIBRATOR = '3f7a25a5-df21-42ca-bf9f-d1c52df1f37e';
const LUSH_BATTERY = '14bd7637-13ed-49ba-9eb9-9c8ba9abec20';
const TCODE = '5c1195a5-a2e4-4643-bd47-8cb3a1e067f4';
const TCODE_AXIS = 'afa1e63e-b6c7-4519-8faa-68cefe197a31';

describe('the conformance user config files', () => {
  it('reads lovense_ridge_user_config.json: display name, index and range of the Sex Machine at UserConfigTest', () => {
    const result = parse(conformanceConfig('lovense_ridge_user_config.json'));
    expect(result).toMatchObject({ ok: true, warnings: [] });
    expect(result.ok && result.value.devices).toEqual([
      {
        key: { protocol: 'lovense', identifier: 'F', address: 'UserConfigTest' },
        id: 'c8633234-07a4-4ad9-961d-a4d777b32be8',
        baseId: '8667f7b6-7baa-4e46-9d76-947fb707f0f3',
        displayName: 'Lovense Name Test',
        allow: false,
        deny: false,
        index: 0,
        features: [
          {
            id: 'f9506652-c4ac-43b1-b184-cd8016b64623',
            baseId: 'f9506652-c4ac-43b1-b184-cd8016b64623',
            output: { Oscillate: { value: [0, 20] } },
          },
          { id: '77d6498b-3707-4ca6-b37d-e0d6f868d302', baseId: '7c382c60-0ee2-4315-b8cf-cfd3ab4c9ccd' },
        ],
      },
    ]);
  });

  it('reads tcode_disabled_hw_position_user_config.json: a BLE name and a model for tcode-v03, one output disabled', () => {
    const result = parse(conformanceConfig('tcode_disabled_hw_position_user_config.json'));
    if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
    expect(result.value.communication).toEqual({
      'tcode-v03': [
        {
          transport: 'btle',
          names: ['tcode-v03-disabled-test'],
          services: { '0000eea0-0000-1000-8000-00805f9b34fb': { tx: '0000ee01-0000-1000-8000-00805f9b34fb' } },
        },
      ],
    });
    const [model] = result.value.configurations!['tcode-v03']!;
    expect(model).toMatchObject({
      name: 'TCode v0.3 (Disabled HW Position Test)',
      identifiers: ['tcode-v03-disabled-test'],
      messageGapMs: 20,
    });
    expect(model!.features[0]!.output).toEqual({
      Position: { value: [0, 1000] },
      HwPositionWithDuration: { value: [0, 1000], duration: [0, 100000] },
    });
    expect(result.value.devices![0]!.features![0]!.output).toEqual({ HwPositionWithDuration: { disabled: true } });
  });

  it('reads tcode_linear_and_vibrate_user_config.json, whose device refers to the model the same file declares', () => {
    const result = parse(conformanceConfig('tcode_linear_and_vibrate_user_config.json'));
    expect(result.ok && result.value.devices!.map((d) => [d.key, d.baseId])).toEqual([
      [
        { protocol: 'tcode-v03', identifier: 'tcode-v03-linear-vibrate', address: 'COM7' },
        'e4384a37-fd37-4b9e-8464-a510dd8410a7',
      ],
    ]);
  });

  it('refuses lovense_ridge_user_config_invalid_range.json (an input in a user feature, which the v4 schema forbids)', () => {
    const result = parse(conformanceConfig('lovense_ridge_user_config_invalid_range.json'));
    expect(!result.ok && result.issues.map(formatIssue)).toEqual([
      'user_configs.devices[0].config.features[1].input: unknown key',
    ]);
  });

  it('refuses the same file without that input: its base_id names no model and its range [0, 30] fits no base range', () => {
    const file = conformanceConfig('lovense_ridge_user_config_invalid_range.json') as {
      user_configs: { devices: { config: { base_id: string; features: Record<string, unknown>[] } }[] };
    };
    const config = file.user_configs.devices[0]!.config;
    delete config.features[1]!['input'];
    const unknownBase = parse(file);
    expect(!unknownBase.ok && unknownBase.issues.map(formatIssue)).toEqual([
      'user_configs.devices[0].config.base_id: base_id c8633234-07a4-4ad9-961d-a4d777b32be7 is not the id of any "lovense" model (defaults or configuration)',
    ]);
    config.base_id = '8667f7b6-7baa-4e46-9d76-947fb707f0f3'; // the Sex Machine, oscillate [0, 20]
    config.features[0]!['base_id'] = 'f9506652-c4ac-43b1-b184-cd8016b64623';
    config.features[1]!['base_id'] = '7c382c60-0ee2-4315-b8cf-cfd3ab4c9ccd';
    const result = parse(file);
    expect(!result.ok && result.issues.map(formatIssue)).toEqual([
      'user_configs.devices[0].config.features[0].output.oscillate.value: range [0, 30] is outside the base range [0, 20]',
    ]);
  });

  it('reads the sample user file of the reference (one Lovense device)', () => {
    const result = parseUserConfigFile(readJson(sharedPath('device-config/buttplug-user-device-config-v4.json')), [
      lovenseDevices,
    ]);
    expect(result.ok && result.value.devices!.map((d) => [d.key.identifier, d.index, d.features!.length])).toEqual([
      ['EL', 0, 3],
    ]);
  });
});

/** One Lush at LUSH-1, index 3; each bad case changes one thing. */
const validFile = () => ({
  version: { major: 4, minor: 0 },
  user_configs: {
    protocols: {} as Record<string, Record<string, unknown>>,
    devices: [
      {
        identifier: { protocol: 'lovense', identifier: 'S', address: 'LUSH-1' } as Record<string, unknown>,
        config: {
          id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
          base_id: LUSH,
          features: [
            {
              id: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb',
              base_id: LUSH_VIBRATOR,
              output: { vibrate: { value: [2, 18] } } as Record<string, unknown>,
            },
            { id: 'cccccccc-cccc-4ccc-8ccc-cccccccccccc', base_id: LUSH_BATTERY } as Record<string, unknown>,
          ],
          user_config: { allow: false, deny: false, index: 3, display_name: 'Lush', message_gap_ms: 40 } as Record<
            string,
            unknown
          >,
        } as Record<string, unknown> & { features: Record<string, unknown>[]; user_config: Record<string, unknown> },
      },
    ],
  },
});

type File = ReturnType<typeof validFile>;

const problems = (change: (file: File) => void): string[] => {
  const file = validFile();
  change(file);
  const result = parse(file);
  return result.ok ? [] : result.issues.map(formatIssue);
};

const device = (file: File, i = 0) => file.user_configs.devices[i]!;
const secondDevice = (file: File) => {
  const copy = structuredClone(device(file));
  copy.identifier['address'] = 'LUSH-2';
  copy.config.user_config['index'] = 4;
  file.user_configs.devices.push(copy);
  return copy;
};

describe('a user config file with problems', () => {
  it('is accepted when nothing is wrong', () => {
    const result = parse(validFile());
    expect(result).toMatchObject({ ok: true, warnings: [] });
    expect(result.ok && result.value.devices).toEqual([
      {
        key: { protocol: 'lovense', identifier: 'S', address: 'LUSH-1' },
        id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
        baseId: LUSH,
        displayName: 'Lush',
        allow: false,
        deny: false,
        index: 3,
        messageGapMs: 40,
        features: [
          {
            id: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb',
            baseId: LUSH_VIBRATOR,
            output: { Vibrate: { value: [2, 18] } },
          },
          { id: 'cccccccc-cccc-4ccc-8ccc-cccccccccccc', baseId: LUSH_BATTERY },
        ],
      },
    ]);
  });

  const at = 'user_configs.devices[0].config';
  it.each<[string, (file: File) => void, string[]]>([
    [
      'a range wider than the base range',
      (f) => (device(f).config.features[0]!['output'] = { vibrate: { value: [0, 40] } }),
      [`${at}.features[0].output.vibrate.value: range [0, 40] is outside the base range [0, 20]`],
    ],
    [
      'an empty range',
      (f) => (device(f).config.features[0]!['output'] = { vibrate: { value: [10, 5] } }),
      [`${at}.features[0].output.vibrate.value: range [10, 5] is empty`],
    ],
    [
      'a negative range',
      (f) => (device(f).config.features[0]!['output'] = { vibrate: { value: [-1, 5] } }),
      [`${at}.features[0].output.vibrate.value[0]: expected an integer from 0 to 4294967295, got -1`],
    ],
    [
      'an output the base feature does not have',
      (f) => (device(f).config.features[0]!['output'] = { rotate: { value: [0, 5] } }),
      [`${at}.features[0].output.rotate: feature 0 of "Lovense Lush" has no Rotate output (it has Vibrate)`],
    ],
    [
      'a base_id that names no model',
      (f) => (device(f).config['base_id'] = '99999999-9999-4999-8999-999999999999'),
      [
        `${at}.base_id: base_id 99999999-9999-4999-8999-999999999999 is not the id of any "lovense" model (defaults or configuration)`,
      ],
    ],
    [
      "a base_id of another protocol's model",
      (f) => (device(f).config['base_id'] = TCODE),
      [`${at}.base_id: base_id ${TCODE} is a model of protocol "tcode-v03", not "lovense"`],
    ],
    [
      'a feature missing',
      (f) => device(f).config.features.pop(),
      [`${at}.features: lists 1 features but "Lovense Lush" has 2; list each of its features once`],
    ],
    [
      'a feature base_id that is not a feature of the model',
      (f) => (device(f).config.features[1]!['base_id'] = TCODE_AXIS),
      [`${at}.features[1].base_id: base_id ${TCODE_AXIS} is not a feature of "Lovense Lush"`],
    ],
    [
      'a feature configured twice',
      (f) => (device(f).config.features[1]!['base_id'] = LUSH_VIBRATOR),
      [`${at}.features[1].base_id: feature ${LUSH_VIBRATOR} is also configured by features[0]`],
    ],
    [
      'an unknown protocol for a device',
      (f) => (device(f).identifier['protocol'] = 'lovense-v9'),
      ['user_configs.devices[0].identifier.protocol: unknown protocol "lovense-v9"'],
    ],
    [
      'an unknown protocol to extend',
      (f) => (f.user_configs.protocols['lovense-v9'] = { communication: [{ websocket: { name: 'x' } }] }),
      [
        'user_configs.protocols.lovense-v9: unknown protocol "lovense-v9" (user settings can extend a protocol of the device database, not create one)',
      ],
    ],
    [
      'a reserved index used twice',
      (f) => (secondDevice(f).config.user_config['index'] = 3),
      ['user_configs.devices[1].config.user_config.index: index 3 is already reserved by user_configs.devices[0]'],
    ],
    [
      'the same device twice',
      (f) => (secondDevice(f).identifier['address'] = 'LUSH-1'),
      ['user_configs.devices[1].identifier: the same device is already configured by user_configs.devices[0]'],
    ],
    ['allow missing', (f) => delete device(f).config.user_config['allow'], [`${at}.user_config.allow: is missing`]],
    [
      'a misspelled setting',
      (f) => (device(f).config.user_config['dispaly_name'] = 'x'),
      [`${at}.user_config.dispaly_name: unknown key`],
    ],
    [
      'an address missing',
      (f) => delete device(f).identifier['address'],
      ['user_configs.devices[0].identifier.address: is missing'],
    ],
    [
      'a negative index',
      (f) => (device(f).config.user_config['index'] = -1),
      [`${at}.user_config.index: expected an integer from 0 to 4294967295, got -1`],
    ],
    [
      'another major version',
      (f) => (f.version.major = 6),
      ['version.major: this engine reads version 4 and 5 files, this one is version 6'],
    ],
    ['a device config file instead', (f) => Object.assign(f, { protocols: {} }), ['protocols: unknown key']],
    [
      'a duration outside the base duration range',
      (f) => {
        const stroker = device(f);
        stroker.identifier['protocol'] = 'tcode-v03';
        stroker.config['base_id'] = TCODE;
        stroker.config.features = [
          {
            id: 'dddddddd-dddd-4ddd-8ddd-dddddddddddd',
            base_id: TCODE_AXIS,
            output: { hw_position_with_duration: { duration: [0, 200000] } },
          },
        ];
      },
      [
        `${at}.features[0].output.hw_position_with_duration.duration: duration range [0, 200000] is outside the base range [0, 99999]`,
      ],
    ],
    [
      'a user configuration with a bad feature',
      (f) =>
        (f.user_configs.protocols['lovense'] = {
          configurations: [
            {
              id: 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee',
              name: 'Mine',
              identifier: ['MINE'],
              features: [
                { id: 'ffffffff-ffff-4fff-8fff-ffffffffffff', index: 0, output: { vibrate: { value: [-3, 20] } } },
              ],
            },
          ],
        }),
      [
        'user_configs.protocols.lovense.configurations[0].features[0].output.vibrate.value: range [-3, 20] must start at 0 or above, or at -20 for an output that takes a direction',
      ],
    ],
  ])('reports %s', (_, change, expected) => {
    expect(problems(change)).toEqual(expected);
  });

  it('accepts a signed output limited within [0, max] and says how signed ranges count when not', () => {
    const nora = (value: number[]) => ({
      version: { major: 4 },
      user_configs: {
        devices: [
          {
            identifier: { protocol: 'lovense', identifier: 'A', address: 'NORA' },
            config: {
              id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
              base_id: '463a18b9-42a5-4f7b-8156-0e61346fdb8a',
              features: [
                { id: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', base_id: '2c5da93b-36a0-4209-ac8c-cead63b838c6' },
                {
                  id: 'cccccccc-cccc-4ccc-8ccc-cccccccccccc',
                  base_id: '515e07e2-a6e6-4ac0-a4b0-512504311260',
                  output: { rotate: { value } },
                },
                { id: 'dddddddd-dddd-4ddd-8ddd-dddddddddddd', base_id: '820d8fb1-c6ec-434d-b7c4-835bdf36552a' },
              ],
              user_config: { allow: false, deny: false, index: 0 },
            },
          },
        ],
      },
    });
    expect(parse(nora([5, 15])).ok).toBe(true);
    const result = parse(nora([0, 30]));
    expect(!result.ok && result.issues.map(formatIssue)).toEqual([
      'user_configs.devices[0].config.features[1].output.rotate.value: range [0, 30] is outside the base range [0, 20] (for an output that takes a direction, a range counts steps either way from 0)',
    ]);
  });

  it('reads user specifiers (serial ports, WebSocket names) and models, which inherit the protocol defaults', () => {
    const file = validFile();
    file.user_configs.protocols['tcode-v03'] = {
      communication: [{ serial: { port: 'COM3', baud_rate: 9600, data_bits: 8, stop_bits: 1, parity: 'N' } }],
      configurations: [{ id: 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee', name: 'My OSR2', identifier: ['OSR2'] }],
    };
    file.user_configs.protocols['lovense'] = { communication: [{ websocket: { name: 'LVSDevice' } }] };
    const result = parse(file);
    if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
    expect(result.value.communication).toEqual({
      'tcode-v03': [{ transport: 'serial', port: 'COM3', baudRate: 9600, dataBits: 8, stopBits: 1, parity: 'N' }],
      lovense: [{ transport: 'websocket', name: 'LVSDevice' }],
    });
    expect(result.value.configurations!['tcode-v03']).toEqual([
      {
        id: 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee',
        name: 'My OSR2',
        identifiers: ['OSR2'],
        features: tcodeV03Devices.defaults.features,
        messageGapMs: 20,
      },
    ]);
  });

  it('ignores what the reference ignores, with a warning: defaults in a user file, unknown output keys', () => {
    const file = validFile();
    file.user_configs.protocols['lovense'] = { defaults: {} };
    device(file).config.features[0]!['output'] = { vibrate: { value: [2, 18], step_limit: [2, 18] } };
    const result = parse(file);
    expect(result.ok && result.warnings.map(formatIssue)).toEqual([
      'user_configs.protocols.lovense.defaults: unknown key, ignored',
      'user_configs.devices[0].config.features[0].output.vibrate.step_limit: unknown key, ignored',
    ]);
  });

  it('accepts a file without user_configs (nothing to change)', () => {
    expect(parse({ version: { major: 4, minor: 0 } })).toEqual({
      ok: true,
      value: { communication: {}, configurations: {}, devices: [], version: { major: 4, minor: 0 } },
      warnings: [],
    });
  });
});
