/** Intiface Engine's other flags, run as users run them: the command in a child process over real sockets. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { parseCli } from '../../actors/cli/cliOptions.js';
import { onCleanup, waitFor } from '../support/engine.js';
import { startCli } from '../support/cliRun.js';
import { freePort } from '../support/freePort.js';
import { handshakeFrame, MessageLog } from '../support/rawWebSocket.js';

const lushUserConfig = (settings: { deny: boolean; name: string }) =>
  JSON.stringify({
    version: { major: 4, minor: 0 },
    user_configs: {
      devices: [
        {
          identifier: { protocol: 'lovense', identifier: 'S', address: 'SIM-1' },
          config: {
            id: 'f5296cdb-2d1a-4ee8-bbcb-bf0340479858',
            base_id: '670560f0-981e-42cb-b83d-c911dd9826e2',
            features: [
              { id: '25fa8094-2ea7-40fa-a58c-0009c4c4cf3c', base_id: '3f7a25a5-df21-42ca-bf9f-d1c52df1f37e' },
              { id: '131a3807-5648-4645-826e-ad163163c8e1', base_id: '14bd7637-13ed-49ba-9eb9-9c8ba9abec20' },
            ],
            user_config: { allow: false, deny: settings.deny, index: 0, display_name: settings.name },
          },
        },
      ],
    },
  });

/** A child process through tsx starts in seconds on a busy machine. */
const PROCESS_TEST_MS = 60_000;

describe("Intiface Engine's remaining flags", () => {
  it(
    '--server-version prints the bare version',
    async () => {
      const run = startCli('--server-version');
      expect(await run.exited).toEqual({ code: 0, signal: null });
      expect(run.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    },
    PROCESS_TEST_MS,
  );

  it(
    'accepts flags that do nothing here with one warning each, instead of exit 2',
    async () => {
      const run = startCli(
        '--websocket-port',
        '0',
        '--use-xinput',
        '--use-sdl-gamepad',
        '--use-lovense-dongle-serial',
        '--repeater',
        '--repeater-port',
        '1234',
        '--crash-main-thread',
        '--crash-reporting',
        '--ipc-pipe',
        'intiface',
        '--log',
        'INFO',
        '--log-json',
      );
      await run.logged(/is ready/);
      const warnings = run
        .lines()
        .filter((line) => line['level'] === 40)
        .map((line) => String(line['msg']));
      expect(warnings).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^--use-xinput: XInput gamepads are not supported on this platform/),
          expect.stringMatching(
            /^--use-sdl-gamepad: SDL gamepads are not supported by this engine: no SDL binding for Node\.js ships its binaries in its npm package .*; ignored\. For real pads run Intiface Engine, or give ButtplugServer your own device manager .*--simulate "SDL Gamepad"$/,
          ),
          expect.stringMatching(/^--use-lovense-dongle-serial: Intiface Engine removed the serial Lovense dongle/),
          expect.stringMatching(/^--repeater: /),
          expect.stringMatching(/^--repeater-port: /),
          expect.stringMatching(/^--crash-main-thread: /),
          expect.stringMatching(/^--crash-reporting: Intiface Engine removed crash reporting/),
          expect.stringMatching(/^--ipc-pipe: Intiface Engine removed its IPC pipe server/),
        ]),
      );
      expect(warnings.filter((warning) => warning.startsWith('--use-sdl-gamepad'))).toHaveLength(1);
      run.child.kill('SIGTERM');
      expect(await run.exited).toEqual({ code: 0, signal: null });
    },
    PROCESS_TEST_MS,
  );

  it("--use-lovense-dongle, Intiface's old name for the HID dongle, turns that manager on with a word about the new name", () => {
    const parsed = parseCli(['--use-lovense-dongle']);
    expect(parsed).toMatchObject({
      options: {
        deviceManagers: ['use-lovense-dongle-hid'],
        warnings: [expect.stringMatching(/^--use-lovense-dongle: the old name of --use-lovense-dongle-hid/)],
      },
    });
    expect(parseCli(['--use-lovense-dongle', '--use-lovense-dongle-hid'])).toMatchObject({
      options: { deviceManagers: ['use-lovense-dongle-hid'] },
    });
    expect(parseCli(['--use-sdl-gamepad'])).toMatchObject({ options: { deviceManagers: [] } });
  });

  it('refuses what cannot work, naming the flag', () => {
    const refuse =
      (...argv: string[]) =>
      () =>
        parseCli(argv);
    expect(refuse('--websocket-client-address', 'http://x')).toThrow(
      /^--websocket-client-address: expected an address/,
    );
    expect(refuse('--rest-api-port', '80000')).toThrow(/^--rest-api-port: expected an integer from 0 to 65535/);
    expect(refuse('--rest-api-port', '1', '--concurrent-sessions')).toThrow(/^--rest-api-port: cannot be combined/);
    expect(refuse('--broadcast-server-mdns', '--mdns-suffix', 'a\u0000b')).toThrow(/^--mdns-suffix: /);
    expect(parseCli(['--websocket-client-address', 'ws://127.0.0.1:9'])).toMatchObject({
      options: { websocketClientAddress: 'ws://127.0.0.1:9', noWebsocketServer: true },
    });
    expect(parseCli(['--websocket-client-address', 'ws://127.0.0.1:9', '--websocket-port', '0'])).not.toMatchObject({
      options: { noWebsocketServer: true },
    });
  });

  it(
    'a GUI on --frontend-websocket-port supervises an engine driven over --rest-api-port; the user config reloads on change and on SIGHUP; Stop exits 0',
    async () => {
      const [restPort, frontendPort] = [await freePort(), await freePort()];
      const file = join(mkdtempSync(join(tmpdir(), 'cli-reload-')), 'user.json');
      writeFileSync(file, lushUserConfig({ deny: false, name: 'Bedside' }));
      const run = startCli(
        '--websocket-port',
        '0',
        '--rest-api-port',
        String(restPort),
        '--frontend-websocket-port',
        String(frontendPort),
        '--broadcast-server-mdns',
        '--user-device-config-file',
        file,
        '--simulate',
        'LVS-Lush',
        '--log',
        'debug',
        '--log-json',
      );
      await run.logged(/is ready/);
      expect(
        run
          .lines()
          .some((line) =>
            /^--broadcast-server-mdns: the server listens on 127\.0\.0\.1 only/.test(String(line['msg'])),
          ),
      ).toBe(true);
      const gui = new WebSocket(`ws://127.0.0.1:${frontendPort}`);
      const frames: string[] = [];
      gui.on('message', (data) => frames.push(String(data)));
      await new Promise((resolve) => gui.once('open', resolve));
      onCleanup(async () => gui.terminate());

      const rest = (method: string, path: string) =>
        fetch(`http://127.0.0.1:${restPort}${path}`, { method }).then(async (r) => ({
          status: r.status,
          text: await r.text(),
        }));
      expect(await rest('GET', '/api/v1/start-scanning')).toEqual({ status: 200, text: '' });
      await waitFor(() => frames.some((f) => f.startsWith('{"DeviceConnected"')), 5_000, 'DeviceConnected');
      expect(frames.find((f) => f.startsWith('{"DeviceConnected"'))).toBe(
        '{"DeviceConnected":{"name":"Lovense Lush","index":0,"identifier":{"protocol":"lovense","identifier":"S","address":"SIM-1"},"display_name":"Bedside","needs_keepalive":false}}',
      );
      expect(await rest('PUT', '/api/v1/devices/0/outputs/Vibrate/1')).toEqual({ status: 200, text: '' });
      await waitFor(() => frames.some((f) => f.includes('"value":20.0')), 2_000, 'the observation');

      // The user edits the file: the device is denied now, so it stops and leaves.
      writeFileSync(file, lushUserConfig({ deny: true, name: 'Bedside' }));
      await waitFor(() => frames.includes('{"DeviceDisconnected":{"index":0}}'), 5_000, 'DeviceDisconnected');
      const stopped = run
        .lines()
        .filter((line) => line['msg'] === 'simulated device received')
        .map((line) => line['data']);
      expect(stopped.at(-1)).toBe('Vibrate:0;');
      expect(JSON.parse((await rest('GET', '/api/v1/devices')).text)).toEqual({});

      // No terminal here: SIGHUP reloads rather than hanging up.
      run.child.kill('SIGHUP');
      await run.logged(/^SIGHUP: reloading/);
      await waitFor(
        () => run.lines().filter((line) => line['msg'] === 'reloading the user device settings').length === 2,
        5_000,
        'the second reload',
      );
      expect(run.child.exitCode).toBeNull();

      gui.send('{"Stop":{}}');
      expect(await run.exited).toEqual({ code: 0, signal: null });
      expect(frames.at(-1)).toBe('{"EngineStopped":{}}');
    },
    PROCESS_TEST_MS,
  );

  it(
    '--websocket-client-address dials the app, which drives a device; on SIGTERM the device stops',
    async () => {
      const app = new WebSocketServer({ host: '127.0.0.1', port: 0 });
      await new Promise((resolve) => app.once('listening', resolve));
      onCleanup(() => new Promise<void>((resolve) => app.close(() => resolve())));
      const log = new MessageLog();
      let socket: WebSocket | undefined;
      app.on('connection', (connection) => {
        socket = connection;
        connection.on('message', (data) => log.add(String(data)));
      });
      const run = startCli(
        '--websocket-client-address',
        `ws://127.0.0.1:${(app.address() as { port: number }).port}`,
        '--simulate',
        'LVS-Lush',
        '--log',
        'debug',
        '--log-json',
      );
      await waitFor(() => socket !== undefined, 40_000, `the engine to dial in (stderr: ${run.stderr})`);
      socket!.send(handshakeFrame(1, 'app'));
      await log.next('ServerInfo', () => true, 5_000);
      socket!.send(JSON.stringify([{ StartScanning: { Id: 2 } }]));
      await log.next('DeviceList', (body) => Object.keys(body['Devices'] as object).length === 1, 5_000);
      socket!.send(
        JSON.stringify([
          { OutputCmd: { Id: 3, DeviceIndex: 0, FeatureIndex: 0, Command: { Vibrate: { Value: 20 } } } },
        ]),
      );
      await log.next('Ok', (body) => body['Id'] === 3, 5_000);
      expect(run.lines().some((line) => /listen/.test(String(line['msg'])) && line['transport'] === 'websocket')).toBe(
        false,
      );
      run.child.kill('SIGTERM');
      expect(await run.exited).toEqual({ code: 0, signal: null });
      const written = run
        .lines()
        .filter((line) => line['msg'] === 'simulated device received')
        .map((line) => line['data']);
      expect(written.slice(-2)).toEqual(['Vibrate:20;', 'Vibrate:0;']);
    },
    PROCESS_TEST_MS,
  );
});
