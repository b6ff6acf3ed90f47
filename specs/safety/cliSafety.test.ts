/**
 * The command line when things go wrong (issue 9, Must have 1; Found 1, 3, 8, 9, 10): every signal it
 * can catch stops the devices first; a failure nothing contains stops every device and exits 1 with
 * one line; bad socket paths and config files get one line naming them and exit 2.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliOutput } from '../../actors/cli/runCli.js';
import { hangUpPolicy } from '../../actors/cli/hangUp.js';
import { stopSignals } from '../../actors/cli/stopSignals.js';
import { MAX_SOCKET_PATH_BYTES } from '../../transports/ipcPath.js';
import { onCleanup } from '../support/engine.js';
import { readyUrl, startCliWith, type CliRun } from '../support/cliRun.js';
import { openPtyPair } from '../support/ptyPair.js';
import { RawWebSocket } from '../support/rawWebSocket.js';

/** A child process starts through tsx: on a loaded machine that alone can take several seconds. */
const CHILD_PROCESS_TEST_MS = 45_000;

const written = (run: CliRun): string[] =>
  run
    .lines()
    .filter((line) => line['msg'] === 'simulated device received')
    .map((line) => String(line['data']));

/** A raw client over WebSocket that scanned and set the Edge vibrating at 12. */
const vibrateAt12 = async (url: string): Promise<RawWebSocket> => {
  const raw = await RawWebSocket.open(url);
  await raw.handshake();
  raw.send('[{"StartScanning":{"Id":2}}]');
  await raw.log.next('DeviceList', (list) => Object.keys(list['Devices'] as object).length === 1, 10_000);
  raw.send('[{"OutputCmd":{"Id":3,"DeviceIndex":0,"FeatureIndex":0,"Command":{"Vibrate":{"Value":12}}}}]');
  return raw;
};

const running = (args: string[] = [], options: Parameters<typeof startCliWith>[1] = {}) =>
  startCliWith(['--websocket-port', '0', '--simulate', 'LVS-Edge', '--log', 'debug', '--log-json', ...args], options);

const tempDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'bpa-safety-'));
  onCleanup(() => rm(dir, { recursive: true, force: true }));
  return dir;
};

/** runCli in this process, for refusals that happen before anything runs for long. */
const runInProcess = async (argv: string[]): Promise<{ code: number; err: string }> => {
  let err = '';
  const output: CliOutput = { out: () => {}, err: (text) => (err += text) };
  const code = await runCli(['--websocket-port', '0', '--log', 'silent', ...argv], output);
  return { code, err };
};

describe('signals', () => {
  it('decides what SIGHUP means from whether there is a terminal', () => {
    expect(hangUpPolicy({ stdin: { isTTY: true }, stdout: {} })).toBe('stop');
    expect(hangUpPolicy({ stdin: {}, stdout: { isTTY: true } })).toBe('stop');
    expect(hangUpPolicy({ stdin: {}, stdout: {} })).toBe('reload');
    expect(stopSignals('stop', 'linux')).toEqual(['SIGINT', 'SIGTERM', 'SIGQUIT', 'SIGHUP']);
    expect(stopSignals('reload', 'linux')).toEqual(['SIGINT', 'SIGTERM', 'SIGQUIT']);
    expect(stopSignals('stop', 'win32')).toEqual(['SIGINT', 'SIGTERM', 'SIGBREAK', 'SIGHUP']);
  });

  it(
    'SIGHUP from a terminal that went away stops every device, then exits 0 (Found 3)',
    async () => {
      const pty = await openPtyPair();
      const terminal = openSync(pty.enginePath, 'r+');
      onCleanup(async () => closeSync(terminal));
      const run = running([], { stdin: terminal });
      const raw = await vibrateAt12(await readyUrl(run));
      await raw.log.next('Ok', (ok) => ok['Id'] === 3);
      run.child.kill('SIGHUP');
      expect(await run.exited).toEqual({ code: 0, signal: null });
      expect(written(run).slice(-2)).toEqual(['Vibrate1:0;', 'Vibrate2:0;']);
    },
    CHILD_PROCESS_TEST_MS,
  );

  it(
    'SIGHUP without a terminal (a supervisor) does not stop the engine; SIGQUIT stops every device and exits 0',
    async () => {
      const run = running();
      const raw = await vibrateAt12(await readyUrl(run));
      await raw.log.next('Ok', (ok) => ok['Id'] === 3);
      run.child.kill('SIGHUP');
      raw.send('[{"Ping":{"Id":4}}]');
      await raw.log.next('Ok', (ok) => ok['Id'] === 4, 5_000);
      // (The signal and the frame race to the child: wait for the signal's line.)
      await run.logged(/^SIGHUP: nothing to reload; the engine keeps running/, 5_000);
      expect(written(run).at(-1)).toBe('Vibrate1:12;');
      run.child.kill('SIGQUIT');
      expect(await run.exited).toEqual({ code: 0, signal: null });
      expect(written(run).slice(-2)).toEqual(['Vibrate1:0;', 'Vibrate2:0;']);
    },
    CHILD_PROCESS_TEST_MS,
  );

  it(
    'after a frame nested 50,000 deep, SIGTERM still stops the toy and exits 0 (Found 1)',
    async () => {
      const run = running();
      const raw = await vibrateAt12(await readyUrl(run));
      await raw.log.next('Ok', (ok) => ok['Id'] === 3);
      raw.send(`[{"Ping":{"Id":${'['.repeat(50_000)}${']'.repeat(50_000)}}}]`);
      await raw.log.next('Error', (error) => error['ErrorCode'] === 3, 5_000);
      run.child.kill('SIGTERM');
      expect(await run.exited).toEqual({ code: 0, signal: null });
      expect(written(run).slice(-2)).toEqual(['Vibrate1:0;', 'Vibrate2:0;']);
    },
    CHILD_PROCESS_TEST_MS,
  );
});

describe('failures nothing contains', () => {
  for (const [fault, what] of [
    [
      'engine',
      /exiting: the engine failed \(deviceManager\): planted: a device description that throws; every device was stopped/,
    ],
    ['uncaught', /exiting: an uncaught error: planted: an uncaught error in a timer; every device was stopped/],
  ] as const) {
    it(
      `${fault === 'engine' ? 'the device manager fails' : 'an uncaught exception'}: every device stops, exit 1 with one line saying why`,
      async () => {
        const run = running([], { script: 'specs/safety/support/faultyCli.ts', env: { BPA_FAULT: fault } });
        const raw = await vibrateAt12(await readyUrl(run));
        expect(await run.exited).toEqual({ code: 1, signal: null });
        const lines = run.lines();
        const exiting = lines.filter((line) => String(line['msg']).startsWith('exiting:'));
        expect(exiting).toHaveLength(1);
        expect(exiting[0]!['level']).toBe(50);
        expect(String(exiting[0]!['msg'])).toMatch(what);
        const vibrateAt = written(run).indexOf('Vibrate1:12;');
        expect(vibrateAt).toBeGreaterThanOrEqual(0);
        expect(written(run).slice(vibrateAt + 1)).toEqual(expect.arrayContaining(['Vibrate1:0;', 'Vibrate2:0;']));
        await raw.closed;
      },
      CHILD_PROCESS_TEST_MS,
    );
  }
});

describe('socket paths and config files (Found 8, 9, 10)', () => {
  it('--ipc-path longer than the platform allows: one line, exit 2', async () => {
    const path = join(tmpdir(), `${'x'.repeat(MAX_SOCKET_PATH_BYTES)}.sock`);
    const { code, err } = await runInProcess(['--ipc-path', path]);
    expect(code).toBe(2);
    expect(err).toMatch(
      /^buttplug-actors: --ipc-path: the socket path is \d+ bytes long; this system allows at most \d+\n$/,
    );
  });

  it('--ipc-path naming a regular file: the file is kept, one line, exit 2', async () => {
    const path = join(await tempDir(), 'notes.txt');
    await writeFile(path, 'precious');
    const { code, err } = await runInProcess(['--ipc-path', path]);
    expect(code).toBe(2);
    expect(err).toBe(`buttplug-actors: --ipc-path: ${path} exists and is not a socket: refusing to replace it\n`);
    expect(readFileSync(path, 'utf8')).toBe('precious');
  });

  it('a FIFO as a config file is refused at once, one line, exit 2', async () => {
    const fifo = join(await tempDir(), 'config.json');
    // Node has no mkfifo of its own: the system's.
    execFileSync('mkfifo', [fifo]);
    const started = Date.now();
    const { code, err } = await runInProcess(['--user-device-config-file', fifo]);
    expect(code).toBe(2);
    expect(err).toBe(
      `buttplug-actors: --user-device-config-file: ${fifo}: cannot read the file: it is a FIFO; a config file must be a regular file\n`,
    );
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('a config file nested deeper than the bound: one line naming the file, exit 2', async () => {
    const file = join(await tempDir(), 'deep.json');
    await writeFile(file, `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    const { code, err } = await runInProcess(['--device-config-file', file]);
    expect(code).toBe(2);
    expect(err).toBe(
      `buttplug-actors: --device-config-file: ${file}: not a config file: nested deeper than 64 levels\n`,
    );
  });

  it('a config file holding null: one short line, exit 2', async () => {
    const file = join(await tempDir(), 'null.json');
    await writeFile(file, 'null');
    const { code, err } = await runInProcess(['--device-config-file', file]);
    expect(code).toBe(2);
    expect(err).toBe(`buttplug-actors: --device-config-file: ${file}: a config file holds one JSON object, not null\n`);
  });

  it('a mistyped config section gets one short line, not the whole schema', async () => {
    const file = join(await tempDir(), 'protocols-null.json');
    await writeFile(file, JSON.stringify({ version: { major: 4, minor: 0 }, protocols: null }));
    const { code, err } = await runInProcess(['--device-config-file', file]);
    expect(code).toBe(2);
    expect(err.length).toBeLessThan(300);
    expect(err).toMatch(/protocols: expected an object, got null\n$/);
  });

  it('protocols named __proto__ and constructor are refused alike, naming the path', async () => {
    const upstream = JSON.parse(
      readFileSync(
        new URL('../conformance/upstream/device-config/buttplug-device-config-v4.json', import.meta.url),
        'utf8',
      ),
    ) as { version: unknown; protocols: Record<string, unknown> };
    const [, entry] = Object.entries(upstream.protocols)[0]!;
    for (const name of ['__proto__', 'constructor']) {
      const file = join(await tempDir(), `${name}.json`);
      await writeFile(
        file,
        `{"version":${JSON.stringify(upstream.version)},"protocols":{"${name}":${JSON.stringify(entry)}}}`,
      );
      const { code, err } = await runInProcess(['--device-config-file', file]);
      expect(code).toBe(2);
      expect(err).toBe(
        `buttplug-actors: --device-config-file: ${file}: protocols.${name}: the key "${name}" is not allowed\n`,
      );
    }
  });
});
