/** Properties of the config file parsers: they never throw, they round-trip, and user ranges mean what they say. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INPUT_TYPES, OUTPUT_TYPES } from '../../protocols/buttplug/featureTypes.js';
import { parseJsonText } from '../../protocols/config/configIssues.js';
import { createDeviceConfig, resolveDevice } from '../../protocols/config/deviceConfig.js';
import { parseDeviceConfigFile } from '../../protocols/config/deviceConfigFile.js';
import type {
  CommunicationSpecifier,
  FeatureDefinition,
  ProtocolConfig,
  Range,
} from '../../protocols/config/deviceDefinitions.js';
import { ENDPOINTS } from '../../protocols/config/endpoints.js';
import { clientRange, toHardwareValue } from '../../protocols/config/resolvedDevice.js';
import { parseUserConfigFile } from '../../protocols/config/userConfigFile.js';
import { defineDevices, type ModelShorthand } from '../../protocols/config/deviceData.js';
import { lovenseDevices } from '../../protocols/devices/lovense/lovenseDevices.js';
import { toUpstreamJson } from './support/toUpstreamJson.js';
import { fixturePath, readJson } from './support/upstreamFiles.js';

const database = [lovenseDevices];

/** A parse result is well formed: a value, or at least one issue with a path and words. */
const wellFormed = (result: ReturnType<typeof parseDeviceConfigFile> | ReturnType<typeof parseUserConfigFile>) =>
  result.ok ||
  (result.issues.length > 0 &&
    result.issues.every((i) => Array.isArray(i.path) && typeof i.message === 'string' && i.message.length > 0));

/** Replaces (or deletes) one node somewhere inside a JSON value. */
const mutated = (original: unknown) =>
  fc.tuple(fc.array(fc.nat()), fc.option(fc.jsonValue(), { nil: undefined })).map(([choices, replacement]) => {
    const copy = structuredClone(original) as unknown;
    let node = copy as Record<string, unknown>;
    for (const choice of choices) {
      const keys = node && typeof node === 'object' ? Object.keys(node) : [];
      if (keys.length === 0) break;
      const key = keys[choice % keys.length]!;
      const child = node[key];
      if (!child || typeof child !== 'object' || choice % 3 === 0) {
        if (replacement === undefined) delete node[key];
        else node[key] = replacement;
        return copy;
      }
      node = child as Record<string, unknown>;
    }
    return copy;
  });

describe('config file parsers on anything', () => {
  it('never throw on arbitrary values', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(wellFormed(parseDeviceConfigFile(value))).toBe(true);
        expect(wellFormed(parseUserConfigFile(value, database))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throw on damaged valid files', () => {
    const deviceFile = readJson(fixturePath('device-small.json'));
    const userFile = readJson(fixturePath('user-settings.json'));
    fc.assert(
      fc.property(mutated(deviceFile), (value) => wellFormed(parseDeviceConfigFile(value))),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(mutated(userFile), (value) => wellFormed(parseUserConfigFile(value, database))),
      { numRuns: 300 },
    );
  });

  it('read JSON text without throwing, any JSON object back as itself, and anything else as one issue', () => {
    fc.assert(fc.property(fc.string(), (text) => typeof parseJsonText(text).ok === 'boolean'));
    const reserved = /"(__proto__|constructor|prototype)":/;
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (value) => {
        const text = JSON.stringify(value);
        fc.pre(!reserved.test(text));
        expect(parseJsonText(text)).toEqual({ ok: true, value: JSON.parse(text), warnings: [] });
      }),
    );
    fc.assert(
      fc.property(
        fc.jsonValue().filter((value) => typeof value !== 'object' || value === null || Array.isArray(value)),
        (value) => {
          const parsed = parseJsonText(JSON.stringify(value));
          expect(parsed).toMatchObject({
            ok: false,
            issues: [{ path: [], message: expect.stringMatching(/one JSON object/) }],
          });
        },
      ),
    );
  });
});

// ---- generated databases -----------------------------------------------------------------------

const uuid = fc.uuid();
const range = fc
  .tuple(fc.integer({ min: 1, max: 10_000 }), fc.boolean())
  .map(([max, signed]): Range => (signed ? [-max, max] : [0, max]));
const inputRange = fc
  .tuple(fc.integer({ min: -1000, max: 1000 }), fc.nat(1000))
  .map(([min, span]) => [min, min + span] as const);

const features: fc.Arbitrary<FeatureDefinition[]> = fc.uniqueArray(fc.nat(20), { maxLength: 4 }).chain((indexes) =>
  fc.tuple(
    ...indexes.map((index) =>
      fc
        .record(
          {
            id: uuid,
            description: fc.string(),
            output: fc
              .subarray([...OUTPUT_TYPES], { minLength: 1 })
              .chain((types) =>
                fc.tuple(
                  ...types.map((type) =>
                    fc
                      .tuple(range, fc.nat(100_000))
                      .map(
                        ([value, longest]) =>
                          [
                            type,
                            type === 'HwPositionWithDuration' ? { value, duration: [0, longest] as const } : { value },
                          ] as const,
                      ),
                  ),
                ),
              ),
            input: fc.subarray([...INPUT_TYPES], { minLength: 1 }).chain((types) =>
              fc.tuple(
                ...types.map((type) =>
                  fc
                    .record({
                      value: fc.array(inputRange, { minLength: 1, maxLength: 2 }),
                      command: fc.subarray(['Read', 'Subscribe'] as const),
                    })
                    .map((input) => [type, input] as const),
                ),
              ),
            ),
          },
          { requiredKeys: ['id', 'description'] },
        )
        .map(({ id, description, output, input }) => ({
          id,
          index,
          description,
          ...(output ? { output: Object.fromEntries(output) } : {}),
          ...(input ? { input: Object.fromEntries(input) } : {}),
        })),
    ),
  ),
);

const specifier: fc.Arbitrary<CommunicationSpecifier> = fc.oneof(
  fc.record(
    {
      transport: fc.constant('btle' as const),
      names: fc.array(fc.string(), { minLength: 1, maxLength: 3 }),
      manufacturerData: fc.array(
        fc.record({ company: fc.nat(0xffff), data: fc.array(fc.nat(0xff)) }, { requiredKeys: ['company'] }),
      ),
      advertisedServices: fc.array(uuid, { maxLength: 2 }),
      services: fc.dictionary(uuid, fc.dictionary(fc.constantFrom(...ENDPOINTS), uuid, { minKeys: 1, maxKeys: 3 }), {
        minKeys: 1,
        maxKeys: 2,
      }),
    },
    { requiredKeys: ['transport', 'names', 'services'] },
  ),
  fc.record({
    transport: fc.constant('serial' as const),
    port: fc.string(),
    baudRate: fc.nat(),
    dataBits: fc.nat(0xff),
    stopBits: fc.nat(0xff),
    parity: fc.constantFrom('N', 'E', 'O'),
  }),
  fc.record({
    transport: fc.constantFrom('hid' as const, 'usb' as const),
    pairs: fc.array(fc.record({ vendorId: fc.nat(0xffff), productId: fc.nat(0xffff) }), { minLength: 1, maxLength: 3 }),
  }),
  fc.record({ transport: fc.constant('websocket' as const), name: fc.string() }),
  fc.constant({ transport: 'xinput' as const }),
  fc.constant({ transport: 'sdlGamepad' as const }),
  fc.record({
    transport: fc.constant('simulated' as const),
    names: fc.array(fc.string({ minLength: 1 }), { minLength: 1, maxLength: 3 }),
  }),
  fc.constant({ transport: 'lovenseConnectService' as const }),
);

const model = fc.record(
  {
    id: uuid,
    name: fc.string(),
    identifiers: fc.array(fc.string(), { minLength: 1, maxLength: 3 }),
    features,
    protocolVariant: fc.string(),
    messageGapMs: fc.nat(1000),
  },
  { requiredKeys: ['id', 'name', 'identifiers'] },
) as fc.Arbitrary<ModelShorthand>;

const protocolConfigs: fc.Arbitrary<ProtocolConfig[]> = fc
  .uniqueArray(
    fc.record({
      // `__proto__` is refused (below), never read back.
      name: fc.string({ minLength: 1 }).filter((name) => name !== '__proto__'),
      communication: fc.array(specifier, { maxLength: 3 }),
      defaults: fc.record(
        { id: uuid, name: fc.string(), features, messageGapMs: fc.nat(1000) },
        { requiredKeys: ['id', 'name', 'features'] },
      ),
      configurations: fc.array(model, { maxLength: 3 }),
    }),
    { selector: (protocol) => protocol.name, maxLength: 3 },
  )
  .map((protocols) => protocols.map(defineDevices));

describe('device config files round trip', () => {
  it('reads back any database written in the upstream format', () => {
    fc.assert(
      fc.property(protocolConfigs, (protocols) => {
        const result = parseDeviceConfigFile(toUpstreamJson(protocols));
        // Object keys that look like array indexes ("0") come first in JS, so compare by name.
        const byName = (list: readonly ProtocolConfig[]) => [...list].sort((a, b) => (a.name < b.name ? -1 : 1));
        expect(result.ok && byName(result.value)).toEqual(byName(protocols));
      }),
      { numRuns: 150 },
    );
  });

  it('refuses a protocol named __proto__, naming it, in both files (it was dropped unseen)', () => {
    const entry = { defaults: { id: '00000000-0000-1000-8000-000000000000', name: 'x', features: [] } };
    const database = JSON.parse(
      `{"version":{"major":4,"minor":0},"protocols":{"__proto__":${JSON.stringify(entry)}}}`,
    ) as unknown;
    const refused = parseDeviceConfigFile(database);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.issues.map((found) => found.path)).toContainEqual(['protocols', '__proto__']);
    const user = JSON.parse(
      '{"version":{"major":4,"minor":0},"user_configs":{"protocols":{"__proto__":{}}}}',
    ) as unknown;
    const userRefused = parseUserConfigFile(user, []);
    expect(userRefused.ok).toBe(false);
    expect(!userRefused.ok && userRefused.issues.map((found) => found.path)).toContainEqual([
      'user_configs',
      'protocols',
      '__proto__',
    ]);
  });

  it('reads back every built-in protocol module written in the upstream format', async () => {
    const { builtinProtocols } = await import('../../protocols/devices/index.js');
    const protocols = builtinProtocols.map((p) => p.config);
    const result = parseDeviceConfigFile(toUpstreamJson(protocols));
    expect(result.ok && result.value).toEqual(protocols);
  });
});

describe('user ranges', () => {
  const lushEntry = (value: readonly [number, number]) => ({
    version: { major: 4 },
    user_configs: {
      devices: [
        {
          identifier: { protocol: 'lovense', identifier: 'S', address: 'LUSH' },
          config: {
            id: '11111111-1111-4111-8111-111111111111',
            base_id: '670560f0-981e-42cb-b83d-c911dd9826e2',
            features: [
              {
                id: '22222222-2222-4222-8222-222222222222',
                base_id: '3f7a25a5-df21-42ca-bf9f-d1c52df1f37e',
                output: { vibrate: { value } },
              },
              { id: '33333333-3333-4333-8333-333333333333', base_id: '14bd7637-13ed-49ba-9eb9-9c8ba9abec20' },
            ],
            user_config: { allow: false, deny: false, index: 0 },
          },
        },
      ],
    },
  });

  it('are accepted exactly when non-empty and inside [0, 20]; then clients see b - a steps and step v reaches the hardware as a + v', () => {
    fc.assert(
      fc.property(fc.nat(40), fc.nat(40), fc.nat(40), (a, b, v) => {
        const result = parseUserConfigFile(lushEntry([a, b]), database);
        expect(result.ok).toBe(a <= b && b <= 20);
        if (!result.ok) return;
        const resolved = resolveDevice(createDeviceConfig(database, result.value), {
          protocol: 'lovense',
          identifier: 'S',
          address: 'LUSH',
        })!;
        const vibrator = resolved.device.features[0]!.outputs[0]!;
        expect(clientRange(vibrator)).toEqual([0, b - a]);
        const hardware = toHardwareValue(vibrator, v);
        if (v === 0) expect(hardware).toBe(0);
        else if (v <= b - a) expect(hardware).toBe(a + v);
        else expect(hardware).toMatchObject({ code: 4 });
      }),
    );
  });
});
