import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v4Codec } from '../../protocols/buttplug/v4Codec.js';
import { defineDevices, feature } from '../../protocols/config/deviceData.js';
import { encoded, type DeviceProtocol } from '../../protocols/devices/shared/deviceProtocol.js';
import { write } from '../../protocols/devices/shared/hardwareRequests.js';
import { lovenseDevices } from '../../protocols/devices/lovense/lovenseDevices.js';
import { lovenseProtocol } from '../../protocols/devices/lovense/lovenseProtocol.js';
import { reportLine, runCaseFile, type CaseReport } from './runner.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'conformance-'));
  await mkdir(join(dir, 'config'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const onlyV4 = (version: number) => (version === 4 ? v4Codec : undefined);

const run = async (
  name: string,
  yaml: string,
  options: Parameters<typeof runCaseFile>[1] = {},
): Promise<CaseReport> => {
  const path = join(dir, name);
  await writeFile(path, yaml);
  return runCaseFile(path, { codecFor: onlyV4, ...options });
};

const text = (s: string) => `[${[...Buffer.from(s)].join(', ')}]`;

/** A Lovense Hush (type Z) that identifies itself; `commands` follow. */
const hush = (commands: string, init = '') => `
devices:
  - identifier:
      name: "LVS-Test"
    expected_name: "Lovense Hush"
device_init:
  - !Commands
      device_index: 0
      commands:
        - !Subscribe
            endpoint: rx
        - !Write
            endpoint: tx
            data: ${text('DeviceType;')}
            write_with_response: false
  - !Events
      device_index: 0
      events:
        - !Notifications
          - endpoint: rx
            data: ${text('Z:11:0082059AD3BD;')}
${init}
device_commands:${commands}
`;

const vibrateHalf = `
  - !Messages
      device_index: 0
      messages:
        - !Vibrate
          - Index: 0
            Speed: 0.5`;

const expectWrites = (...writes: string[]) => `
  - !Commands
      device_index: 0
      commands:
${writes.map((w) => `        - !Write\n            endpoint: tx\n            data: ${text(w)}\n            write_with_response: false`).join('\n')}`;

describe('the conformance runner', () => {
  it('passes a case whose traffic matches, saying which versions ran', async () => {
    const report = await run('pass.yaml', hush(vibrateHalf + expectWrites('Vibrate:10;')));
    expect(report.passed).toBe(true);
    expect(reportLine(report)).toBe('PASS pass.yaml [passed: v4; no codec: v3 v2 v1 v0]');
  });

  it('reports the first differing command with both sides', async () => {
    const report = await run('wrong-bytes.yaml', hush(vibrateHalf + expectWrites('Vibrate:11;')));
    expect(report.passed).toBe(false);
    expect(reportLine(report)).toContain(
      'FAIL wrong-bytes.yaml: v4: device_commands step 2 (!Commands), command 1 of 1: expected write tx [56 69 62 72 61 74 65 3a 31 31 3b], got write tx [56 69 62 72 61 74 65 3a 31 30 3b]',
    );
  });

  it('fails on a command nobody expected after the last step', async () => {
    const stop = `
  - !Messages
      device_index: 0
      messages:
        - !Stop`;
    const report = await run('extra.yaml', hush(vibrateHalf + expectWrites('Vibrate:10;') + stop));
    expect(reportLine(report)).toContain('unexpected write tx [56 69 62 72 61 74 65 3a 30 3b] after the last step');
  });

  it('accepts further writes of a final Stop the case does not list, and says so; other surplus still fails', async () => {
    const edge = (commands: string) =>
      hush(commands)
        .replace('Lovense Hush', 'Lovense Edge')
        .replace(text('Z:11:0082059AD3BD;'), text('P:11:0082059AD3BD;'));
    const bothMotors = `
  - !Messages
      device_index: 0
      messages:
        - !Vibrate
          - Index: 0
            Speed: 0.5
          - Index: 1
            Speed: 0.5`;
    const stop = `
  - !Messages
      device_index: 0
      messages:
        - !Stop`;
    const partialStop = await run(
      'partial-stop.yaml',
      edge(bothMotors + expectWrites('Vibrate1:10;', 'Vibrate2:10;') + stop + expectWrites('Vibrate1:0;')),
    );
    expect(reportLine(partialStop)).toBe(
      'PASS partial-stop.yaml [passed: v4; no codec: v3 v2 v1 v0] (note: device 0: 1 more write of the final Stop than the case lists (accepted: its harness never checks past the last step))',
    );
    const partialVibrate = await run('partial-vibrate.yaml', edge(bothMotors + expectWrites('Vibrate1:10;')));
    expect(reportLine(partialVibrate)).toContain(
      'unexpected write tx [56 69 62 72 61 74 65 32 3a 31 30 3b] after the last step',
    );
  });

  it('fails when an expected command never comes', async () => {
    const report = await run('missing.yaml', hush(expectWrites('Vibrate:10;')));
    expect(reportLine(report)).toContain(
      'expected write tx [56 69 62 72 61 74 65 3a 31 30 3b], got nothing within 500 ms',
    );
  });

  it('checks the announced name', async () => {
    const report = await run('name.yaml', hush(' []').replace('Lovense Hush', 'Lovense Lush'));
    expect(reportLine(report)).toContain('announced as "Lovense Hush", expected "Lovense Lush"');
  });

  it('awaits an asynchronous battery read after the events that answer it, and compares the level', async () => {
    const battery = (expected: number) => `
  - !VersionGated
      min_spec_version: 2
      commands:
        - !Messages
            device_index: 0
            messages:
              - !Battery
                expected_power: ${expected}
                run_async: true
${expectWrites('Battery;').replace(/\n/g, '\n      ')}
        - !Events
            device_index: 0
            events:
              - !Notifications
                - endpoint: rx
                  data: ${text('85;')}`;
    expect((await run('battery-ok.yaml', hush(battery(0.85)))).passed).toBe(true);
    expect(reportLine(await run('battery-wrong.yaml', hush(battery(1))))).toContain('battery read 0.85, expected 1');
  });

  it('reports a !Messages step in device_init as an error of the case', async () => {
    const report = await run('init-messages.yaml', hush(' []', vibrateHalf));
    expect(report.versions).toEqual([]);
    expect(reportLine(report)).toBe(
      'FAIL init-messages.yaml: case error: device_init step 3: a !Messages step in device_init (the client has no device yet)',
    );
  });

  it('reports unknown tags and malformed files as errors of the case', async () => {
    expect(reportLine(await run('tag.yaml', hush('\n  - !Dance {device_index: 0}')))).toMatch(
      /^FAIL tag\.yaml: case error: YAML: /,
    );
    expect(reportLine(await run('shape.yaml', hush(vibrateHalf.replace('Speed: 0.5', 'Speed: 2'))))).toMatch(
      /^FAIL shape\.yaml: case error: device_commands\.0\.body\.messages\.0\.body\.0\.Speed/,
    );
  });

  it('does not run a version that cannot express a form, and fails when no version can', async () => {
    const scalar = `
  - !Messages
      device_index: 0
      messages:
        - !Scalar
          - Index: 0
            Scalar: 0.5
            ActuatorType: Vibrate`;
    const everyVersion = (version: number) => (version <= 4 ? v4Codec : undefined);
    const report = await run('scalar.yaml', hush(scalar + expectWrites('Vibrate:10;')), { codecFor: everyVersion });
    expect(report.versions.filter((v) => v.status === 'skipped').map((v) => v.version)).toEqual([2, 1, 0]);
    const none = await run('scalar-v2.yaml', hush(scalar), { codecFor: (v) => (v === 2 ? v4Codec : undefined) });
    expect(reportLine(none)).toContain('no spec version this server speaks can run the case: v2 has no ScalarCmd');
  });

  it('drives several devices, each step on the device it names', async () => {
    const init = (device: number, reply: string) => `
  - !Commands
      device_index: ${device}
      commands:
        - !Subscribe {endpoint: rx}
        - !Write {endpoint: tx, data: ${text('DeviceType;')}, write_with_response: false}
  - !Events
      device_index: ${device}
      events:
        - !Notifications [{endpoint: rx, data: ${text(reply)}}]`;
    const yaml = `
devices:
  - identifier: {name: "LVS-A", address: "A"}
    expected_name: "Lovense Hush"
  - identifier: {name: "LVS-B", address: "B"}
    expected_name: "Lovense Edge"
device_init:${init(0, 'Z:11:0082059AD3BD;')}${init(1, 'P:02:0082059AD3BD;')}
device_commands:
  - !Messages {device_index: 1, messages: [!Vibrate [{Index: 1, Speed: 0.5}]]}
  - !Commands {device_index: 1, commands: [!Write {endpoint: tx, data: ${text('Vibrate2:10;')}, write_with_response: false}]}
  - !Messages {device_index: 0, messages: [!Vibrate [{Index: 0, Speed: 1}]]}
  - !Commands {device_index: 0, commands: [!Write {endpoint: tx, data: ${text('Vibrate:20;')}, write_with_response: false}]}
`;
    expect(reportLine(await run('two.yaml', yaml))).toMatch(/^PASS/);
    const swapped = yaml.replace('device_index: 0, commands', 'device_index: 1, commands');
    expect(reportLine(await run('two-swapped.yaml', swapped))).toContain('got nothing within 500 ms');
  });

  it('fails a device no implemented protocol takes', async () => {
    const report = await run('nobody.yaml', hush(' []').replace('LVS-Test', 'Nobody'), {
      protocols: [lovenseProtocol],
    });
    expect(reportLine(report)).toContain('no implemented protocol matches the name "Nobody"');
  });

  it('applies the user config a case names (display name by address)', async () => {
    const hushModel = lovenseDevices.configurations.find((model) => model.identifiers.includes('Z'))!;
    await writeFile(
      join(dir, 'config', 'names.json'),
      JSON.stringify({
        version: { major: 4, minor: 0 },
        user_configs: {
          devices: [
            {
              identifier: { protocol: 'lovense', identifier: 'Z', address: 'HERE' },
              config: {
                id: 'a2c0d0c4-7d0e-4f2b-9e7c-1f1f0b7f1e01',
                base_id: hushModel.id,
                features: hushModel.features.map((f) => ({ id: f.id, base_id: f.id })),
                user_config: { allow: false, deny: false, index: 3, display_name: 'Bedside' },
              },
            },
          ],
        },
      }),
    );
    const yaml = hush(' []')
      .replace('name: "LVS-Test"', 'name: "LVS-Test"\n      address: "HERE"')
      .replace('expected_name: "Lovense Hush"', 'expected_name: "Lovense Hush"\n    expected_display_name: "Bedside"');
    expect((await run('display.yaml', `user_device_config_file: names.json\n${yaml}`)).passed).toBe(true);
    const wrong = await run(
      'display-wrong.yaml',
      `user_device_config_file: names.json\n${yaml.replace('"Bedside"', '"Kitchen"')}`,
    );
    expect(reportLine(wrong)).toContain('display name "Bedside", expected "Kitchen"');
  });
});

describe('a repeat-last-write keepalive', () => {
  const repeater = (writesPerCommand: number): DeviceProtocol<null> => ({
    name: 'repeater',
    config: defineDevices({
      name: 'repeater',
      communication: [{ transport: 'btle', names: ['Repeater'], services: { s: { tx: 'c' } } }],
      defaults: { id: 'r', name: 'Repeater', features: [feature(0, 'f', { output: { Vibrate: [0, 10] } })] },
    }),
    createState: () => null,
    encodeOutputs: (state, outputs) =>
      encoded(
        state,
        outputs.flatMap((o) => Array.from({ length: writesPerCommand }, () => write('tx', [o.value]))),
      ),
    keepalive: { kind: 'repeatLastWrite', intervalMs: 15 },
    stopOnConnect: false,
  });
  const yaml = `
devices:
  - identifier: {name: "Repeater"}
    expected_name: "Repeater"
device_commands:
  - !Messages {device_index: 0, messages: [!Vibrate [{Index: 0, Speed: 0.5}]]}
  - !Commands {device_index: 0, commands: [!Write {endpoint: tx, data: [5], write_with_response: false}]}
`;

  it('may resend the last packet when idle', async () => {
    const report = await run('keepalive.yaml', yaml, { protocols: [repeater(1)] });
    expect(reportLine(report)).toMatch(/^PASS/);
  });

  it('fails, instead of waiting forever, when the expected packet never comes between resends', async () => {
    const never = `${yaml}  - !Commands {device_index: 0, commands: [!Write {endpoint: tx, data: [6], write_with_response: false}]}\n`;
    const report = await run('never.yaml', never, { protocols: [repeater(1)] });
    expect(reportLine(report)).toContain('expected write tx [06]');
  });

  it('does not excuse a packet written twice at once', async () => {
    const report = await run('twice.yaml', yaml, { protocols: [repeater(2)] });
    expect(reportLine(report)).toContain('unexpected write tx [05] after the last step');
  });
});
