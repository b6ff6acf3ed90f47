/**
 * Every program in examples/ runs as its header says (`npx tsx examples/<file>.ts`; tsx resolves
 * `buttplug-actors` to these sources through tsconfig's paths): compiled the same way once per test run
 * (specs/support/builtPrograms.ts), and the browser page runs in a real browser against a real engine.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { ButtplugServer } from '../../actors/engine/buttplugServer.js';
import { SimulatedDcm } from '../../hardware/simulated/simulatedDcm.js';
import { WebSocketConnector } from '../../transports/websocketConnector.js';
import { WebSocketServerTransport } from '../../transports/websocketServer.js';
import { CLI_STARTUP_MS, readyUrl, root, startCli, startProgram, stopCli, type CliRun } from '../support/cliRun.js';
import { freePort } from '../support/freePort.js';
import { onCleanup, scanFor, waitFor } from '../support/engine.js';
import { launchBrowser } from '../support/realBrowser.js';
import { connectedClient } from '../support/transports.js';

/** An example compiled as tsx runs it (`buttplug-actors` is the entry files, as tsconfig's paths say). */
const runExample = (file: string, ...args: string[]): CliRun => startProgram(join('examples', file), args);

describe('examples/', () => {
  it(
    'embeddedServer.ts serves its simulated devices to a client, and stops on Ctrl-C',
    async () => {
      const port = await freePort();
      const run = runExample('embeddedServer.ts', String(port));
      await waitFor(
        () => run.stdout.includes(`connect to ws://127.0.0.1:${port}`),
        CLI_STARTUP_MS,
        `it to listen (${run.stderr})`,
      );
      const client = await connectedClient(new WebSocketConnector(`ws://127.0.0.1:${port}`));
      const devices = await scanFor(client, 2);
      expect(devices.map((device) => device.name).sort()).toEqual(['Lovense Edge', 'Lovense Nora']);
      await client.disconnect();
      run.child.kill('SIGINT');
      expect(await run.exited).toEqual({ code: 0, signal: null });
      expect(run.stdout).toContain('stopped');
    },
    CLI_STARTUP_MS + 30_000,
  );

  it(
    'property-test-your-app/playerStops.ts: the property holds for the app, and catches its planted bug',
    async () => {
      const run = runExample('property-test-your-app/playerStops.ts');
      expect(await run.exited, run.stderr).toEqual({ code: 0, signal: null });
      expect(run.stdout).toMatch(/^the toy ended stopped in 40 runs$/m);
      const buggy = startProgram(join('examples', 'property-test-your-app/playerStops.ts'), [], {
        env: { PLANTED_BUG: '1' },
      });
      expect(await buggy.exited, buggy.stderr).toEqual({ code: 1, signal: null });
      expect(buggy.stdout).toMatch(/^Counterexample: /m);
    },
    2 * CLI_STARTUP_MS,
  );

  it(
    'clientApp.ts gives each device of `npm start` something it can do, and exits',
    async () => {
      const engine = startCli(
        '--websocket-port',
        '0',
        '--log-json',
        ...['LVS-Edge', 'LVS-Nora', 'LVS-SolacePro'].flatMap((name) => ['--simulate', name]),
      );
      const url = await readyUrl(engine, CLI_STARTUP_MS);
      const run = runExample('clientApp.ts', url);
      expect(await run.exited, run.stderr).toEqual({ code: 0, signal: null });
      expect(run.stdout).toMatch(/^Lovense Edge: pulsed$/m);
      expect(run.stdout).toMatch(/^Lovense Nora: pulsed$/m);
      expect(run.stdout).toMatch(/^Lovense Solace Pro: pulsed$/m);
      expect(await stopCli(engine)).toEqual({ code: 0, signal: null });
    },
    CLI_STARTUP_MS + 30_000,
  );

  it(
    'customDeviceManager.ts drives a device its own manager found, and the engine stops it',
    async () => {
      const run = runExample('customDeviceManager.ts');
      expect(await run.exited, run.stderr).toEqual({ code: 0, signal: null });
      expect(run.stdout.trim().split('\n')).toEqual([
        'connected: Aneros Vivi',
        'Massage Demo tx <- f140',
        'Massage Demo tx <- f27f',
        'Massage Demo tx <- f100',
        'Massage Demo tx <- f200',
      ]);
    },
    CLI_STARTUP_MS + 30_000,
  );

  describe('browserPage/', () => {
    let browser: Browser | undefined;
    afterAll(() => browser?.close());

    it(
      'index.html with app.ts bundled lists the devices of a real engine and vibrates one from a button',
      async () => {
        const bundled = await build({
          entryPoints: [join(root, 'examples/browserPage/app.ts')],
          bundle: true,
          format: 'esm',
          platform: 'browser',
          write: false,
          logLevel: 'silent',
        });
        const files: Record<string, [string, string]> = {
          '/': ['text/html', readFileSync(join(root, 'examples/browserPage/index.html'), 'utf8')],
          '/app.js': ['text/javascript', bundled.outputFiles[0]!.text],
        };
        const http = createServer((request, response) => {
          const file = files[new URL(request.url!, 'http://x').pathname];
          response.statusCode = file ? 200 : 404;
          if (file) response.setHeader('content-type', file[0]);
          response.end(file?.[1] ?? '');
        });
        await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
        onCleanup(() => new Promise((resolve) => http.close(() => resolve())));

        const dcm = new SimulatedDcm({ devices: [{ name: 'LVS-Edge' }] });
        const server = new ButtplugServer({ deviceCommunicationManagers: [dcm] });
        const websocket = await WebSocketServerTransport.listen({ server, port: 0 });
        onCleanup(async () => {
          await websocket.close();
          await server.shutdown();
        });

        browser = await launchBrowser();
        const page = await browser.newPage();
        const address = http.address() as AddressInfo;
        await page.goto(`http://127.0.0.1:${address.port}/?engine=${encodeURIComponent(websocket.url)}`);
        await page.waitForFunction(() => document.querySelector('#status')?.textContent === 'found 1 devices', null, {
          timeout: 20_000,
        });
        expect(await page.textContent('#devices li')).toBe('Lovense Edge vibrate');
        const edge = dcm.hardware(dcm.addresses[0]!)!;
        await page.click('#devices button');
        await waitFor(
          () => edge.writes.some((write) => /^Vibrate1?:10;$/.test(new TextDecoder().decode(write.data))),
          5_000,
          'the vibrate',
        );
      },
      CLI_STARTUP_MS + 60_000,
    );
  });
});
