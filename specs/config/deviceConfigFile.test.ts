import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../protocols/config/configIssues.js';
import { parseDeviceConfigFile } from '../../protocols/config/deviceConfigFile.js';
import { protocolSummaries, readJson, SHIPPED_DEVICE_CONFIG, summarise } from './support/upstreamFiles.js';

const shippedJson = readJson(SHIPPED_DEVICE_CONFIG) as { protocols: Record<string, { configurations?: unknown[] }> };
const shipped = parseDeviceConfigFile(shippedJson);
if (!shipped.ok)
  throw new Error(`the shipped device config does not parse:\n${shipped.issues.map(formatIssue).join('\n')}`);
const upstream = new Map(shipped.value.map((protocol) => [protocol.name, protocol]));
const protocol = (name: string) => upstream.get(name)!;

describe('the shipped upstream device config (buttplug-device-config-v4.json, 4.189)', () => {
  it('parses whole: 139 protocols, 733 configurations, 800 models', () => {
    expect(shipped.value).toHaveLength(139);
    expect([...upstream.keys()].sort()).toEqual(Object.keys(shippedJson.protocols).sort());
    const configurations = shipped.value.reduce((n, p) => n + p.configurations.length, 0);
    const models = shipped.value.reduce((n, p) => n + (p.configurations.length || 1), 0);
    expect({ configurations, models }).toEqual({ configurations: 733, models: 800 });
  });

  it('has, protocol by protocol, the configurations, models, transports and BLE names PROTOCOLS.md counts', () => {
    const summaries = protocolSummaries();
    expect(summaries.size).toBe(139);
    for (const [name, summary] of summaries)
      expect({ name, ...summarise(protocol(name)) }).toEqual({ name, ...summary });
  });

  it('keeps every configuration, in file order, with its name and identifiers', () => {
    for (const [name, raw] of Object.entries(shippedJson.protocols)) {
      const file = (raw.configurations ?? []) as { id: string; name: string; identifier: string[] }[];
      expect(
        protocol(name).configurations.map(({ id, name, identifiers }) => ({ id, name, identifier: identifiers })),
      ).toEqual(file.map(({ id, name, identifier }) => ({ id, name, identifier })));
    }
  });

  it('lets configurations inherit the defaults: features, message gap, protocol variant', () => {
    const lovense = protocol('lovense');
    const lush = lovense.configurations.find((m) => m.name === 'Lovense Lush')!;
    expect(lush.features).toEqual(lovense.defaults.features);
    expect(lovense.configurations.find((m) => m.identifiers.includes('F'))!.features[0]!.output).toEqual({
      Oscillate: { value: [0, 20] },
    });
    expect(protocol('tcode-v03').defaults.messageGapMs).toBe(20);
    expect(protocol('thehandy').defaults.messageGapMs).toBe(50);
    expect(protocol('vorze-sa').configurations.every((m) => m.protocolVariant !== undefined)).toBe(true);
    expect(protocol('tcode-v03').defaults.features[0]!.output!.HwPositionWithDuration).toEqual({
      value: [0, 1000],
      duration: [0, 100000],
    });
    expect(
      protocol('kgoal-boost').defaults.features.some((f) => f.input?.Pressure?.command.includes('Subscribe')),
    ).toBe(true);
  });

  it('ignores sexverse-v5\'s misspelled "configuration" key like the reference, and says so', () => {
    expect(protocol('sexverse-v5').configurations).toEqual([]);
    expect(shipped.warnings.map(formatIssue)).toEqual([
      'protocols.sexverse-v5.configuration: unknown key, ignored',
      'protocols.libo-vibes.configurations[7].identifier: identifier "Yuyi" also names "Libo Lina"; this one wins',
      'protocols.sexverse-v4.configurations[2].identifier: identifier "BC1847" also names "Sexverse Black Knight"; this one wins',
    ]);
  });

  it('reads every transport: BLE with manufacturer data and services, serial, HID, USB, XInput, Lovense Connect', () => {
    expect(protocol('lovense').communication[0]).toMatchObject({
      transport: 'btle',
      names: ['LVS-*', 'LOVE-*'],
      manufacturerData: [{ company: 620, data: [255, 33] }],
      services: {
        '0000fff0-0000-1000-8000-00805f9b34fb': {
          rx: '0000fff1-0000-1000-8000-00805f9b34fb',
          tx: '0000fff2-0000-1000-8000-00805f9b34fb',
        },
      },
    });
    expect(protocol('tcode-v03').communication).toEqual([
      { transport: 'serial', port: 'default', baudRate: 115200, dataBits: 8, stopBits: 1, parity: 'N' },
    ]);
    expect(protocol('vorze-cyclone-x').communication).toEqual([
      { transport: 'hid', pairs: [{ vendorId: 1155, productId: 22352 }] },
    ]);
    expect(protocol('rez-trancevibrator').communication).toEqual([
      { transport: 'usb', pairs: [{ vendorId: 2889, productId: 1615 }] },
    ]);
    expect(protocol('xinput').communication).toEqual([{ transport: 'xinput' }]);
    expect(protocol('lovense-connect-service').communication).toEqual([{ transport: 'lovenseConnectService' }]);
  });
});

/** A small valid file; each bad case changes one thing. */
const validFile = () => ({
  version: { major: 4, minor: 1 },
  protocols: {
    toy: {
      communication: [
        {
          btle: {
            names: ['TOY-*'],
            services: { '0000fff0-0000-1000-8000-00805f9b34fb': { tx: '0000fff2-0000-1000-8000-00805f9b34fb' } },
          },
        },
      ],
      defaults: {
        id: '11111111-1111-4111-8111-111111111111',
        name: 'Toy',
        features: [
          { id: '22222222-2222-4222-8222-222222222222', index: 0, output: { vibrate: { value: [0, 20] } } } as Record<
            string,
            unknown
          >,
          {
            id: '33333333-3333-4333-8333-333333333333',
            index: 1,
            input: { battery: { value: [[0, 100]], command: ['Read'] } },
          },
        ],
      } as Record<string, unknown>,
      configurations: [{ id: '44444444-4444-4444-8444-444444444444', name: 'Toy Pro', identifier: ['PRO'] }] as Record<
        string,
        unknown
      >[],
    } as Record<string, unknown>,
  } as Record<string, Record<string, unknown>>,
});

type File = ReturnType<typeof validFile>;

const problems = (change: (file: File) => void): string[] => {
  const file = validFile();
  change(file);
  const result = parseDeviceConfigFile(file);
  return result.ok ? [] : result.issues.map(formatIssue);
};

const defaults = (file: File) =>
  file.protocols['toy']!['defaults'] as { features: Record<string, unknown>[] } & Record<string, unknown>;

describe('a device config file with problems', () => {
  it('is accepted when nothing is wrong', () => {
    const result = parseDeviceConfigFile(validFile());
    expect(result.ok && result.warnings).toEqual([]);
    expect(result.ok && result.value[0]!.configurations[0]!.features).toEqual(
      result.ok && result.value[0]!.defaults.features,
    );
  });

  it.each<[string, (file: File) => void, string[]]>([
    [
      'not version 4',
      (f) => (f.version.major = 3),
      ['version.major: this engine reads version 4 and 5 files, this one is version 3'],
    ],
    ['no protocols', (f) => delete (f as Partial<File>).protocols, ['protocols: is missing']],
    [
      'a key the schema forbids at the top',
      (f) => Object.assign(f, { user_configs: {} }),
      ['user_configs: unknown key'],
    ],
    ['no defaults', (f) => delete f.protocols['toy']!['defaults'], ['protocols.toy.defaults: is missing']],
    [
      'a signed range that is not symmetric',
      (f) => (defaults(f).features[0]!['output'] = { vibrate: { value: [-5, 20] } }),
      [
        'protocols.toy.defaults.features[0].output.vibrate.value: range [-5, 20] must start at 0 or above, or at -20 for an output that takes a direction',
      ],
    ],
    [
      'an empty range',
      (f) => (defaults(f).features[0]!['output'] = { rotate: { value: [0, -1] } }),
      ['protocols.toy.defaults.features[0].output.rotate.value: range [0, -1] is empty'],
    ],
    [
      'a range that is not two integers',
      (f) => (defaults(f).features[0]!['output'] = { vibrate: { value: [0, 2.5, 3] } }),
      [
        'protocols.toy.defaults.features[0].output.vibrate.value[2]: one element too many',
        'protocols.toy.defaults.features[0].output.vibrate.value[1]: Expected an integer, actual 2.5',
      ],
    ],
    [
      'a position with duration but no duration range',
      (f) => (defaults(f).features[0]!['output'] = { hw_position_with_duration: { value: [0, 100] } }),
      ['protocols.toy.defaults.features[0].output.hw_position_with_duration.duration: is missing'],
    ],
    [
      'two features with one index',
      (f) => (defaults(f).features[1]!['index'] = 0),
      ['protocols.toy.defaults.features[1].index: index 0 is also used by features[0]'],
    ],
    [
      'a misspelled feature key',
      (f) => (defaults(f).features[0]!['outputs'] = {}),
      ['protocols.toy.defaults.features[0].outputs: unknown key'],
    ],
    [
      'an id that is not a lowercase UUID',
      (f) => (defaults(f).features[0]!['id'] = '22222222-2222-4222-8222-22222222222A'),
      [
        'protocols.toy.defaults.features[0].id: expected a lowercase UUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx), got "22222222-2222-4222-8222-22222222222A"',
      ],
    ],
    [
      'a configuration without identifiers',
      (f) => ((f.protocols['toy']!['configurations'] as Record<string, unknown>[])[0]!['identifier'] = []),
      ['protocols.toy.configurations[0].identifier: expected at least one name'],
    ],
    [
      'a communication entry with two transports',
      (f) => (f.protocols['toy']!['communication'] = [{ websocket: { name: 'a' }, xinput: {} }]),
      ['protocols.toy.communication[0]: expected exactly one transport key, got 2'],
    ],
    [
      'an unknown transport',
      (f) => (f.protocols['toy']!['communication'] = [{ bluetooth: {} }]),
      ['protocols.toy.communication[0].bluetooth: unknown key'],
    ],
    [
      'an unknown BLE endpoint',
      (f) =>
        (f.protocols['toy']!['communication'] = [
          {
            btle: {
              names: ['x'],
              services: { '0000fff0-0000-1000-8000-00805f9b34fb': { txx: '0000fff2-0000-1000-8000-00805f9b34fb' } },
            },
          },
        ]),
      ['protocols.toy.communication[0].btle.services.0000fff0-0000-1000-8000-00805f9b34fb.txx: unknown key'],
    ],
    [
      'a service that is not a UUID',
      (f) =>
        (f.protocols['toy']!['communication'] = [
          { btle: { names: ['x'], services: { fff0: { tx: '0000fff2-0000-1000-8000-00805f9b34fb' } } } },
        ]),
      ['protocols.toy.communication[0].btle.services.fff0: unknown key'],
    ],
    [
      'a serial port without a baud rate',
      (f) =>
        (f.protocols['toy']!['communication'] = [
          { serial: { port: 'COM3', data_bits: 8, stop_bits: 1, parity: 'N' } },
        ]),
      ['protocols.toy.communication[0].serial.baud_rate: is missing'],
    ],
    [
      'a vendor id that is not 16 bits',
      (f) => (f.protocols['toy']!['communication'] = [{ hid: { pairs: [{ vendor_id: 70000, product_id: 1 }] } }]),
      ['protocols.toy.communication[0].hid.pairs[0].vendor_id: expected an integer from 0 to 65535, got 70000'],
    ],
  ])('reports %s', (_, change, expected) => {
    expect(problems(change)).toEqual(expected);
  });

  it('reports every problem at once, not only the first', () => {
    expect(
      problems((f) => {
        f.version.major = 6;
        defaults(f).features[1]!['index'] = 'one';
      }),
    ).toHaveLength(2);
  });

  it('ignores keys the reference ignores, with a warning', () => {
    const file = validFile();
    Object.assign(defaults(file), { colour: 'pink' });
    Object.assign(defaults(file).features[0]!['output'] as object, {
      vibrate: { value: [0, 20], step_limit: [0, 10] },
      wiggle: { value: [0, 1] },
    });
    const result = parseDeviceConfigFile(file);
    expect(result.ok && result.warnings.map(formatIssue)).toEqual([
      'protocols.toy.defaults.colour: unknown key, ignored',
      'protocols.toy.defaults.features[0].output.wiggle: unknown key, ignored',
      'protocols.toy.defaults.features[0].output.vibrate.step_limit: unknown key, ignored',
    ]);
    expect(result.ok && result.value[0]!.defaults.features[0]!.output).toEqual({ Vibrate: { value: [0, 20] } });
  });
});
