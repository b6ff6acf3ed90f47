/** The `buttplug-actors` command as a real child process, the way users run it. */
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WebSocketConnector } from '../../transports/websocketConnector.js';
import { CLI_STARTUP_MS, jsonLines, readyUrl, root, startCli } from '../support/cliRun.js';
import { freePort } from '../support/freePort.js';
import { onCleanup, scanFor, waitFor } from '../support/engine.js';
import { connectedClient } from '../support/transports.js';
import { WebsocketLovense } from '../support/websocketLovense.js';

describe('the buttplug-actors command', { timeout: CLI_STARTUP_MS + 30_000 }, () => {
  it('refuses a bad flag with one line naming it, exit code 2', async () => {
    const run = startCli('--websocket-port', 'twelve');
    expect(await run.exited).toEqual({ code: 2, signal: null });
    expect(run.stderr).toBe('buttplug-actors: --websocket-port: expected an integer from 0 to 65535, got "twelve"\n');
    expect(run.stdout).toBe('');
  });

  it('without Bluetooth or HID here, --use-bluetooth-le --use-hid start with one warning each and still serve clients', async () => {
    const run = startCli(
      '--websocket-port',
      '0',
      '--use-bluetooth-le',
      '--use-hid',
      '--simulate',
      'LVS-Edge',
      '--log-json',
    );
    const url = await readyUrl(run);
    const client = await connectedClient(new WebSocketConnector(url));
    const [edge] = await scanFor(client);
    await edge!.vibrate(0.5);
    const warnings = jsonLines(run).filter((line) => line['level'] === 40);
    const about = (what: RegExp) => warnings.filter((line) => what.test(String(line['msg'])));
    expect(about(/^Bluetooth LE is not available: /)).toHaveLength(1);
    expect(about(/^HID is not available: /)).toHaveLength(1);
    await client.disconnect();
  });

  it('with --use-device-websocket-server, a Lovense simulated over WebSocket is driven by a client in another process', async () => {
    const devicePort = await freePort();
    const run = startCli(
      '--websocket-port',
      '0',
      '--use-device-websocket-server',
      '--device-websocket-server-port',
      String(devicePort),
      '--log-json',
    );
    const url = await readyUrl(run);
    const toy = await WebsocketLovense.connect(`ws://127.0.0.1:${devicePort}`, { address: 'WS-TOY-1', type: 'P' });
    const client = await connectedClient(new WebSocketConnector(url));
    const [edge] = await scanFor(client);
    expect(edge!.name).toBe('Lovense Edge');
    await edge!.vibrate([0.5, 1]);
    expect(await toy.waitForCommands(2)).toEqual(['Vibrate1:10;', 'Vibrate2:20;']);
    await client.disconnect();
  });

  it('refuses a bad user config file before listening, naming the file, the JSON path and the problem', async () => {
    const file = resolve(root, 'specs/config/fixtures/bad/user-range-too-wide.json');
    const run = startCli('--websocket-port', '0', '--user-device-config-file', file);
    expect(await run.exited).toEqual({ code: 2, signal: null });
    expect(run.stderr).toMatch(
      /^buttplug-actors: --user-device-config-file: .*user-range-too-wide\.json: user_configs\.devices\[0\]/,
    );
  });

  it('with --inspect-port and --inspect-record, prints the page URL, serves it, and records the run', async () => {
    const { mkdtempSync, readFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { parseRecording } = await import('../../transports/inspector/inspectionRecords.js');
    const file = resolve(mkdtempSync(resolve(tmpdir(), 'inspect-')), 'run.jsonl');
    const run = startCli(
      '--websocket-port',
      '0',
      '--inspect-port',
      '0',
      '--inspect-record',
      file,
      '--simulate',
      'LVS-Edge',
      '--log-json',
    );
    const url = await readyUrl(run);
    const ready = jsonLines(run).find((line) => Array.isArray(line['urls']))!;
    const page = String(ready['inspector']);
    expect(page).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/[\w-]+\/$/);
    expect(String(ready['msg'])).toContain(`inspect it at ${page}`);
    const response = await fetch(page);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'self'/);
    expect((await fetch(new URL('/', page))).status).toBe(403);

    const client = await connectedClient(new WebSocketConnector(url));
    const [edge] = await scanFor(client, 1);
    await edge!.vibrate({ steps: 6 });
    await client.disconnect();
    run.child.kill('SIGTERM');
    expect((await run.exited).code).toBe(0);
    const { records } = parseRecording(readFileSync(file, 'utf8'));
    const levels = records.flatMap((r) => (r.k === 'device' ? r.outputs.map((o) => o.value) : []));
    expect(levels).toContain(6);
    expect(records.some((r) => r.k === 'actor' && r.id === 'session-1')).toBe(true);
  });

  it('prints its version', async () => {
    const run = startCli('--version');
    expect(await run.exited).toEqual({ code: 0, signal: null });
    expect(run.stdout).toMatch(/^buttplug-actors \d+\.\d+\.\d+\n$/);
  });

  it('serves a client in another process, and on SIGINT stops every device and exits 0 within 2 s', async () => {
    const run = startCli('--websocket-port', '0', '--simulate', 'LVS-Edge', '--log', 'debug', '--log-json');
    const url = await readyUrl(run);
    expect(url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+$/);

    const client = await connectedClient(new WebSocketConnector(url));
    const [edge] = await scanFor(client);
    expect(edge!.name).toBe('Lovense Edge');
    await edge!.vibrate(1);
    const disconnected = new Promise<void>((done) => client.once('disconnect', () => done()));

    const signalledAt = Date.now();
    run.child.kill('SIGINT');
    expect(await run.exited).toEqual({ code: 0, signal: null });
    expect(Date.now() - signalledAt).toBeLessThan(2_000);
    await disconnected;

    const lines = jsonLines(run);
    const stopping = lines.findIndex((line) => line['msg'] === 'stopping: every device stops, every session closes');
    expect(stopping).toBeGreaterThan(0);
    const writtenAfter = lines
      .slice(stopping)
      .filter((line) => line['msg'] === 'simulated device received')
      .map((line) => line['data']);
    expect(writtenAfter).toEqual(['Vibrate1:0;', 'Vibrate2:0;']);
    // Logs carry session and device ids.
    expect(lines.some((line) => line['session'] === 'session-1')).toBe(true);
    expect(lines.some((line) => line['deviceIndex'] === 0 && line['msg'] === 'device ready')).toBe(true);
  });

  it('logs human-readable text by default, and stops on SIGTERM too', async () => {
    const run = startCli('--websocket-port', '0', '--simulate', 'LVS-Edge', '--simulate', 'LVS-Nora');
    await waitFor(
      () => /is ready: connect to ws:\/\/127\.0\.0\.1:\d+/.test(run.stdout),
      CLI_STARTUP_MS,
      `the start-up line (stderr: ${run.stderr})`,
    );
    expect(run.stdout).toMatch(/INFO.*simulated devices, found on scan: LVS-Edge, LVS-Nora/);
    expect(run.stdout).not.toMatch(/^\{/m);
    run.child.kill('SIGTERM');
    expect(await run.exited).toEqual({ code: 0, signal: null });
  });

  it('says so in one line when the port is taken, exit code 1', async () => {
    const blocker = createServer();
    await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
    onCleanup(() => new Promise((done) => blocker.close(() => done())));
    const port = (blocker.address() as { port: number }).port;
    const run = startCli('--websocket-port', String(port), '--log', 'silent');
    expect(await run.exited).toEqual({ code: 1, signal: null });
    expect(run.stderr).toBe(`buttplug-actors: --websocket-port: cannot listen on 127.0.0.1:${port}: already in use\n`);
  });
});
