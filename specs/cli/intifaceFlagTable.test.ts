import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCli } from '../../actors/cli/cliOptions.js';

/**
 * Intiface Engine's flags, from its command line (the `intiface_engine` crate, 4.x: argh switches and
 * options; `--use-sdl-gamepad` from its SDL3 gamepad manager, which replaced XInput), plus older ones
 * that scripts still pass. A value is given for options.
 */
const INTIFACE_ENGINE_FLAGS: readonly (readonly [flag: string, value?: string])[] = [
  ['version'],
  ['server-version'],
  ['websocket-use-all-interfaces'],
  ['websocket-port', '0'],
  ['websocket-client-address', 'ws://127.0.0.1:1'],
  ['frontend-websocket-port', '0'],
  ['server-name', 'Intiface'],
  ['device-config-file', 'devices.json'],
  ['user-device-config-file', 'user.json'],
  ['max-ping-time', '100'],
  ['log', 'DEBUG'],
  ['use-bluetooth-le'],
  ['use-serial'],
  ['use-hid'],
  ['use-lovense-dongle-serial'],
  ['use-lovense-dongle-hid'],
  ['use-xinput'],
  ['use-sdl-gamepad'],
  ['use-lovense-connect'],
  ['use-device-websocket-server'],
  ['device-websocket-server-port', '54817'],
  ['broadcast-server-mdns'],
  ['mdns-suffix', 'Bedroom'],
  ['repeater'],
  ['repeater-port', '1234'],
  ['rest-api-port', '0'],
  ['crash-main-thread'],
  ['crash-task-thread'],
  // Older Intiface Engine versions.
  ['allow-raw'],
  ['use-lovense-dongle'],
  ['crash-reporting'],
  ['ipc-pipe', 'intiface'],
  ['repeater-remote-address', 'ws://127.0.0.1:1'],
];

const readmeFlagTable = (): string => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const start = readme.indexOf("### Intiface Engine's flags");
  expect(start).toBeGreaterThan(-1);
  const table = readme.slice(start).split('\n\n')[2]!;
  expect(table.startsWith('| Intiface Engine flag | Here |')).toBe(true);
  return table;
};

describe("the README's table of Intiface Engine's flags", () => {
  it('lists every Intiface Engine flag with what this engine does for it', () => {
    const rows = readmeFlagTable()
      .split('\n')
      .slice(2)
      .map((row) => row.split(' | '));
    for (const [flag] of INTIFACE_ENGINE_FLAGS) {
      const row = rows.find(([first]) => new RegExp(`\`--${flag}( [A-Z]+)?\``).test(first!));
      expect(row, `--${flag} in the README's flag table`).toBeDefined();
      expect(row![1]!.trim().length, `what the engine does for --${flag}`).toBeGreaterThan(10);
    }
  });

  it('accepts every one of them (none exits with "unknown flag")', () => {
    for (const [flag, value] of INTIFACE_ENGINE_FLAGS) {
      expect(() => parseCli([`--${flag}`, ...(value !== undefined ? [value] : [])]), `--${flag}`).not.toThrow();
    }
  });
});
