import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CliError } from '../../actors/cli/cliError.js';
import { helpText, parseCli, type CliOptions } from '../../actors/cli/cliOptions.js';
import { loadConfigFiles } from '../../actors/cli/configFiles.js';
import { createDeviceManagers, deviceManagerRegistry } from '../../actors/cli/deviceManagers.js';
import { silentLogger } from '../../protocols/core/logger.js';
import { createDeviceConfig } from '../../protocols/config/deviceConfig.js';
import { builtinProtocolConfigs } from '../../protocols/devices/index.js';

const fixture = (name: string) => fileURLToPath(new URL(`../config/fixtures/${name}`, import.meta.url));

const run = (...argv: string[]): CliOptions => {
  const command = parseCli(argv);
  if (command.kind !== 'run') throw new Error(`expected run, got ${command.kind}`);
  return command.options;
};

const usageError = (...argv: string[]): string => {
  try {
    parseCli(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(2);
    return (error as CliError).message;
  }
  throw new Error(`${argv.join(' ')} was accepted`);
};

describe('the command line flags', () => {
  it('default to an engine on 127.0.0.1:12345, one session at a time, human-readable info logs', () => {
    expect(run()).toEqual({
      websocketPort: 12345,
      websocketHost: '127.0.0.1',
      websocketPingIntervalMs: 10_000,
      maxFrameBytes: 1024 * 1024,
      concurrentSessions: false,
      serverName: 'Buttplug Actors',
      maxPingTime: 0,
      logLevel: 'info',
      logJson: false,
      deviceManagers: [],
      deviceWebsocketServerPort: 54817,
      simulate: [],
    });
  });

  it("take Intiface Engine's names and meanings", () => {
    const options = run(
      '--websocket-port',
      '4000',
      '--websocket-use-all-interfaces',
      '--server-name',
      'Bedroom',
      '--max-ping-time',
      '2500',
      '--log',
      'debug',
      '--log-json',
      '--use-bluetooth-le',
      '--use-serial',
      '--device-websocket-server-port',
      '5000',
      '--device-config-file',
      'devices.json',
      '--user-device-config-file',
      'user.json',
    );
    expect(options).toMatchObject({
      websocketPort: 4000,
      websocketHost: '0.0.0.0',
      serverName: 'Bedroom',
      maxPingTime: 2500,
      logLevel: 'debug',
      logJson: true,
      deviceManagers: ['use-bluetooth-le', 'use-serial'],
      deviceWebsocketServerPort: 5000,
      deviceConfigFile: 'devices.json',
      userDeviceConfigFile: 'user.json',
    });
  });

  it('repeat --simulate, and accept ours: --ipc-path, --concurrent-sessions, --max-frame-size, --websocket-ping-interval', () => {
    expect(
      run(
        '--simulate',
        'LVS-Edge',
        '--simulate=LVS-Nora',
        '--ipc-path',
        '/tmp/x.sock',
        '--concurrent-sessions',
        '--max-frame-size',
        '4096',
        '--websocket-ping-interval',
        '0',
      ),
    ).toMatchObject({
      simulate: ['LVS-Edge', 'LVS-Nora'],
      ipcPath: '/tmp/x.sock',
      concurrentSessions: true,
      maxFrameBytes: 4096,
      websocketPingIntervalMs: 0,
    });
  });

  it('turn the inspector page on with --inspect-port, and the flight recorder with --inspect-record', () => {
    expect(run()).not.toHaveProperty('inspectPort');
    expect(run('--inspect-port', '12346')).toMatchObject({ inspectPort: 12346 });
    expect(run('--inspect-port', '0', '--inspect-record', 'run.jsonl')).toMatchObject({
      inspectPort: 0,
      inspectRecord: 'run.jsonl',
    });
    expect(run('--inspect-record', 'run.jsonl')).not.toHaveProperty('inspectPort');
    expect(usageError('--inspect-port', 'page')).toMatch(/^--inspect-port: expected an integer from 0 to 65535/);
    expect(usageError('--inspect-record', ' ')).toMatch(/^--inspect-record: expected a value/);
  });

  it('answer --help and --version before anything else', () => {
    expect(parseCli(['--simulate', 'X', '--help'])).toEqual({ kind: 'help' });
    expect(parseCli(['-h'])).toEqual({ kind: 'help' });
    expect(parseCli(['--version'])).toEqual({ kind: 'version' });
  });

  it('refuse bad flags and values with one line naming the flag', () => {
    const cases: [string[], RegExp][] = [
      [['--bogus'], /^--bogus: unknown flag/],
      [['--use-telepathy'], /^--use-telepathy: unknown flag/],
      [['--websocket-port', 'abc'], /^--websocket-port: expected an integer from 0 to 65535, got "abc"$/],
      [['--websocket-port', '70000'], /^--websocket-port: /],
      [['--websocket-port', '-1'], /^--websocket-port: needs a value$/],
      [['--websocket-port'], /^--websocket-port: needs a value$/],
      [['--websocket-port', '--simulate', 'x'], /^--websocket-port: needs a value$/],
      [['--max-ping-time', '1.5'], /^--max-ping-time: /],
      [['--device-websocket-server-port', '0'], /^--device-websocket-server-port: /],
      [['--max-frame-size', '10'], /^--max-frame-size: /],
      [['--log', 'loud'], /^--log: expected one of trace, debug, info, warn, error, fatal, silent, got "loud"$/],
      [['--use-serial=yes'], /^--use-serial: takes no value$/],
      [['--simulate', ''], /^--simulate: /],
      [['--server-name', ' '], /^--server-name: /],
      [['serve'], /^unexpected argument "serve"/],
    ];
    for (const [argv, expected] of cases) {
      const message = usageError(...argv);
      expect(message, argv.join(' ')).toMatch(expected);
      expect(message).not.toContain('\n');
    }
  });

  it('are all listed by --help', () => {
    const help = helpText();
    for (const flag of [
      'websocket-port',
      'websocket-use-all-interfaces',
      'server-name',
      'max-ping-time',
      'device-config-file',
      'user-device-config-file',
      'log',
      'log-json',
      'device-websocket-server-port',
      'simulate',
      'version',
      'help',
      'ipc-path',
      'concurrent-sessions',
      'inspect-port',
      'inspect-record',
      ...Object.keys(deviceManagerRegistry),
    ]) {
      expect(help).toMatch(new RegExp(`--${flag}\\b`));
    }
  });
});

describe('device managers and configuration files', () => {
  it('each --use-* flag builds its device communication manager', () => {
    const settings = {
      deviceConfig: createDeviceConfig(builtinProtocolConfigs()),
      deviceWebsocketServerPort: 54817,
      listenOnAllInterfaces: false,
      logger: silentLogger,
    };
    const built = createDeviceManagers(Object.keys(deviceManagerRegistry), settings);
    expect(built.map((manager) => manager.constructor.name)).toEqual([
      'BluetoothLeDcm',
      'SerialDcm',
      'HidDcm',
      'LovenseDongleDcm',
      'LovenseConnectDcm',
      'WebsocketDeviceDcm',
    ]);
    expect(createDeviceManagers([], settings)).toEqual([]);
  });

  it('refuses combinations and values the managers cannot work with, naming the flag', () => {
    expect(usageError('--use-device-websocket-server', '--concurrent-sessions')).toMatch(
      /^--use-device-websocket-server: cannot be combined with --concurrent-sessions/,
    );
    expect(usageError('--lovense-connect-address', 'nowhere')).toMatch(
      /^--lovense-connect-address: expected an address like http/,
    );
    expect(
      run('--use-lovense-connect', '--lovense-connect-address', 'http://10.0.0.2:30010').lovenseConnectAddress,
    ).toBe('http://10.0.0.2:30010');
  });

  it('a bad configuration file is a usage error naming the flag, the file and the JSON path', async () => {
    const missing = loadConfigFiles({ deviceConfigFile: 'no-such-file.json' }, silentLogger);
    await expect(missing).rejects.toBeInstanceOf(CliError);
    await expect(missing).rejects.toThrow(/^--device-config-file: no-such-file\.json: cannot read the file/);
    await expect(
      loadConfigFiles({ userDeviceConfigFile: fixture('bad/user-range-too-wide.json') }, silentLogger),
    ).rejects.toThrow(
      /^--user-device-config-file: .*user-range-too-wide\.json: user_configs\.devices\[0\]\.config\.features\[1\]\.output\.vibrate\.value: /,
    );
  });

  it('good configuration files become the engine configuration', async () => {
    const { deviceConfig } = await loadConfigFiles(
      { userDeviceConfigFile: fixture('user-settings.json') },
      silentLogger,
    );
    expect(deviceConfig?.devices.size).toBeGreaterThan(0);
    expect(deviceConfig?.protocols.has('lovense')).toBe(true);
  });
});
