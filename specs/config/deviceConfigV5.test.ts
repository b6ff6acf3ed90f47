/** Device configuration v5: the shipped 5.55 database and v5 user files load beside v4, told apart by `version.major`. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../protocols/config/configIssues.js';
import { parseDeviceConfigFile } from '../../protocols/config/deviceConfigFile.js';
import { parseUserConfigFile } from '../../protocols/config/userConfigFile.js';
import { canonicalUuid } from '../../protocols/config/userConfigV5.js';
import { readJson, sharedPath } from './support/upstreamFiles.js';

const shipped = parseDeviceConfigFile(readJson(sharedPath('device-config/buttplug-device-config-v5.json')));
if (!shipped.ok) throw new Error(shipped.issues.map(formatIssue).join('\n'));
const database = shipped.value;
const protocol = (name: string) => database.find((p) => p.name === name)!;

const userFile = (userConfigs: Record<string, unknown>, major = 5) => ({
  $schema: './buttplug-user-device-config-schema-v5.json',
  version: { major, minor: 55 },
  user_configs: userConfigs,
});

describe('the shipped v5 device config (5.55)', () => {
  it('loads whole: 149 protocols, 806 configurations, with the new transports', () => {
    expect(database).toHaveLength(149);
    expect(database.reduce((n, p) => n + p.configurations.length, 0)).toBe(806);
    expect(protocol('sdl-gamepad').communication).toEqual([{ transport: 'sdlGamepad' }]);
    expect(protocol('simulated').communication).toEqual([
      {
        transport: 'simulated',
        names: ['simulated-1vibe', 'simulated-2vibe', 'simulated-rotator', 'simulated-oscillator', 'simulated-stroker'],
      },
    ]);
    expect(database.some((p) => p.name === 'xinput')).toBe(false);
  });

  it("keeps a base range that starts above 0 (umove's temperature) and reads sdl-gamepad's layouts as variants", () => {
    expect(protocol('umove').defaults.features[2]!.output).toEqual({ Temperature: { value: [37, 42] } });
    expect(protocol('sdl-gamepad').configurations.map((m) => m.protocolVariant)).toEqual([
      'sdl-rumble-and-triggers',
      'sdl-triggers-only',
    ]);
  });

  it('warns about the output-level description the loader ignores', () => {
    expect(shipped.warnings.map(formatIssue)).toContain(
      'protocols.ossm.defaults.features[0].output.oscillate.description: unknown key, ignored',
    );
  });
});

describe('a v5 user config file', () => {
  it('loads every user config the upstream cases ship, v4 and v5 alike', () => {
    for (const file of readdirSync(sharedPath('cases/config'))) {
      if (file === 'lovense_ridge_user_config_invalid_range.json') continue; // rejected by both schemas (an `input` key)
      const parsed = parseUserConfigFile(readJson(sharedPath(`cases/config/${file}`)), database);
      expect(parsed.ok ? 'ok' : parsed.issues.map(formatIssue), file).toBe('ok');
    }
  });

  it('ignores $schema, reads null as absent, defaults allow and deny, and keeps its version for saving back', () => {
    const parsed = parseUserConfigFile(
      userFile({
        protocols: null,
        devices: [
          {
            identifier: { protocol: 'simulated', identifier: null, address: 'sim-1' },
            config: {
              id: '{A1B2C3D4-0000-4000-8000-0000000000AA}',
              base_id: 'urn:uuid:a1b2c3d4-0000-4000-8000-000000000000',
              features: [{ id: 'a1b2c3d40001400080000000000000aa', base_id: 'a1b2c3d4-0001-4000-8000-000000000001' }],
              user_config: { index: 3, display_name: null, message_gap_ms: null },
            },
          },
        ],
        simulated_devices: [{ identifier: 'simulated-stroker', display_name: 'Stroker', address: 'simulated:1' }],
      }),
      database,
    );
    expect(parsed.ok && parsed.value).toEqual({
      communication: {},
      configurations: {},
      devices: [
        {
          key: { protocol: 'simulated', address: 'sim-1' },
          id: 'a1b2c3d4-0000-4000-8000-0000000000aa',
          baseId: 'a1b2c3d4-0000-4000-8000-000000000000',
          allow: false,
          deny: false,
          index: 3,
          features: [{ id: 'a1b2c3d4-0001-4000-8000-0000000000aa', baseId: 'a1b2c3d4-0001-4000-8000-000000000001' }],
        },
      ],
      simulatedDevices: [{ identifier: 'simulated-stroker', displayName: 'Stroker', address: 'simulated:1' }],
      version: { major: 5, minor: 55 },
    });
  });

  it('rejects the whole file for an unknown archetype or a repeated simulated address, at their JSON paths', () => {
    const parsed = parseUserConfigFile(
      userFile({
        simulated_devices: [
          { identifier: 'simulated-robot', address: 'a' },
          { identifier: 'simulated-1vibe', address: 'a' },
        ],
      }),
      database,
    );
    expect(parsed.ok ? [] : parsed.issues.map(formatIssue)).toEqual([
      'user_configs.simulated_devices[0].identifier: "simulated-robot" is not a simulated archetype (simulated-1vibe, simulated-2vibe, simulated-rotator, simulated-oscillator, simulated-stroker)',
      'user_configs.simulated_devices[1].address: address "a" is also used by simulated_devices[0]',
    ]);
  });

  it('keeps v4 rules for v4 files: allow and deny are required there, null is not absent', () => {
    const device = {
      identifier: { protocol: 'simulated', address: 'sim-1' },
      config: {
        id: 'a1b2c3d4-0000-4000-8000-0000000000aa',
        base_id: 'a1b2c3d4-0000-4000-8000-000000000000',
        features: [{ id: 'a1b2c3d4-0001-4000-8000-0000000000aa', base_id: 'a1b2c3d4-0001-4000-8000-000000000001' }],
        user_config: { index: 0 },
      },
    };
    const parsed = parseUserConfigFile(
      { version: { major: 4, minor: 0 }, user_configs: { devices: [device] } },
      database,
    );
    expect(parsed.ok ? [] : parsed.issues.map(formatIssue)).toEqual([
      'user_configs.devices[0].config.user_config.allow: is missing',
      'user_configs.devices[0].config.user_config.deny: is missing',
    ]);
  });

  it('reads a UUID in every form v5 allows as the canonical one', () => {
    for (const form of [
      'A1B2C3D4-0000-4000-8000-000000000000',
      'a1b2c3d4000040008000000000000000',
      '{a1b2c3d4-0000-4000-8000-000000000000}',
      'urn:uuid:a1b2c3d4-0000-4000-8000-000000000000',
    ])
      expect(canonicalUuid(form)).toBe('a1b2c3d4-0000-4000-8000-000000000000');
    expect(canonicalUuid('not-a-uuid')).toBe('not-a-uuid');
  });
});
