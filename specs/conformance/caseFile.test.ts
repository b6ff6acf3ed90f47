import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CaseFormatError, flattenSteps, loadCase, parseCase } from './caseFile.js';

const casesDir = fileURLToPath(new URL('./upstream/cases', import.meta.url));

const sample = `
devices:
  - identifier:
      name: "NobraController  "
      address: "COM7"
    expected_name: "Nobra"
device_init:
  - !Events
      device_index: 0
      events:
        - !Reads
          - endpoint: rxblemodel
            data: [0x20, 0x01]
device_commands:
  - !Messages
      device_index: 0
      messages:
        - !Vibrate [ {Index: 0, Speed: 0.5} ]
        - !Stop
  - !Commands
      device_index: 0
      commands:
        - !Write
            endpoint: tx
            data: [0xAA, 12, 0x00,]   # hex, decimal, trailing comma
            write_with_response: true
            feature_id: 5e4ee6d0-8d4c-4a8b-9f1f-2f5c9b1b0c11
        - !Subscribe { endpoint: rx }
  - !VersionGated
      min_spec_version: 2
      commands:
        - !Messages
            device_index: 0
            messages:
              - !Battery {expected_power: 1.0, run_async: true}
        - !VersionGated
            min_spec_version: 3
            commands:
              - !Messages
                  device_index: 0
                  messages:
                    - !Scalar [ {Index: 1, Scalar: 0.25, ActuatorType: Constrict} ]
`;

describe('conformance case files', () => {
  it('reads tags on mappings, sequences and empty scalars, hex bytes and trailing commas', () => {
    const testCase = parseCase(sample);
    expect(testCase.devices).toEqual([{ name: 'NobraController  ', address: 'COM7', expectedName: 'Nobra' }]);
    expect(testCase.deviceInit).toEqual([
      {
        kind: 'events',
        deviceIndex: 0,
        events: [{ kind: 'reads', entries: [{ endpoint: 'rxblemodel', data: [0x20, 1] }] }],
      },
    ]);
    expect(testCase.deviceCommands.slice(0, 2)).toEqual([
      {
        kind: 'messages',
        deviceIndex: 0,
        messages: [{ kind: 'Vibrate', entries: [{ index: 0, speed: 0.5 }] }, { kind: 'Stop' }],
      },
      {
        kind: 'commands',
        deviceIndex: 0,
        commands: [
          { kind: 'write', endpoint: 'tx', data: [0xaa, 12, 0], withResponse: true },
          { kind: 'subscribe', endpoint: 'rx' },
        ],
      },
    ]);
  });

  it('keeps a version-gated group (recursively) only from its minimum version on', () => {
    const { deviceCommands } = parseCase(sample);
    const forms = (version: number) =>
      flattenSteps(deviceCommands, version).flatMap((step) =>
        step.kind === 'messages' ? step.messages.map((m) => m.kind) : [],
      );
    expect(forms(1)).toEqual(['Vibrate', 'Stop']);
    expect(forms(2)).toEqual(['Vibrate', 'Stop', 'Battery']);
    expect(forms(4)).toEqual(['Vibrate', 'Stop', 'Battery', 'Scalar']);
  });

  it.each([
    ['an unknown tag', sample.replace('!Subscribe', '!Subscribed'), /YAML: .*Subscribed/],
    ['a tag on the wrong kind of node', sample.replace('- !Stop', '- !Stop [1]'), /messages\.1/],
    ['a byte out of range', sample.replace('0xAA', '0x1AA'), /data\.0/],
    ['an unknown endpoint', sample.replace('endpoint: tx', 'endpoint: tux'), /endpoint/],
    ['a missing write_with_response', sample.replace('write_with_response: true', ''), /write_with_response/],
    ['an unknown key', sample.replace('expected_name', 'expected_nam'), /expected_nam/],
    ['no devices', sample.replace(/devices:[\s\S]*?device_init/, 'devices: []\ndevice_init'), /devices/],
  ])('rejects %s, naming where', (_, text, where) => {
    expect(() => parseCase(text)).toThrow(CaseFormatError);
    expect(() => parseCase(text)).toThrow(where);
  });

  it('loads every vendored case file', async () => {
    const files = readdirSync(casesDir).filter((name) => name.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) await expect(loadCase(`${casesDir}/${file}`), file).resolves.toBeDefined();
  });
});
