/**
 * The browser entry: the side-by-side app, bundled for the browser once with the official browser
 * build (`buttplug/dist/web`) and once with compat's browser entry (what the `browser` export
 * condition of `buttplug-actors/compat` gives bundlers), runs in a real headless Chromium against
 * this engine over WebSocket. Both runs must agree except where the official client is known wrong
 * (in Chromium its device-level hasOutput works: iterator helpers exist there).
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../support/engine.js';
import { launchBrowser } from '../support/realBrowser.js';
import { expectSameExceptKnownWrong } from './knownWrong.js';
import { hardwareHooks, startSideBySideEngine, type Library, type SideBySideRun } from './sideBySideHarness.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

const BUTTPLUG_FOR: Record<Library, string> = {
  official: join(root, 'node_modules/buttplug/dist/web/buttplug.js'),
  compat: join(root, 'compatBrowser.ts'),
};

/** The app as a browser script, `buttplug` resolved to the library's browser build. */
const bundle = async (library: Library): Promise<{ code: string; inputs: string[] }> => {
  const result = await build({
    entryPoints: [join(root, 'specs/compat/app/browserMain.ts')],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    keepNames: true,
    metafile: true,
    logLevel: 'silent',
    plugins: [
      {
        name: 'buttplug',
        setup(builder) {
          builder.onResolve({ filter: /^buttplug$/ }, () => ({ path: BUTTPLUG_FOR[library] }));
        },
      },
    ],
  });
  return { code: result.outputFiles[0]!.text, inputs: Object.keys((result.metafile as Metafile).inputs) };
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);
afterAll(() => browser?.close());

/** Serves one page with the script; the page runs the app against the engine. */
const runInBrowser = async (library: Library): Promise<SideBySideRun> => {
  const { code } = await bundle(library);
  const server = createServer((request, response) => {
    if (request.url === '/app.js') {
      response.setHeader('content-type', 'text/javascript');
      response.end(code);
    } else {
      response.setHeader('content-type', 'text/html');
      response.end('<!doctype html><script src="/app.js"></script>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const page = await browser.newPage();
  try {
    const engine = await startSideBySideEngine();
    const hooks = hardwareHooks(engine);
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.exposeFunction('sensorSubscribed', () => hooks.sensorSubscribed());
    await page.exposeFunction('removeSmallDevice', () => hooks.removeSmallDevice());
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    const log = await page.evaluate(
      (url) => (globalThis as unknown as { runSideBySide(url: string): Promise<string[]> }).runSideBySide(url),
      engine.url,
    );
    expect(pageErrors).toEqual([]);
    await waitFor(() => engine.transport.sessionCount === 0, 2_000, 'the session to end');
    const commands = (address: string) =>
      engine.dcm
        .hardware(address)!
        .commands.map((c) =>
          c.type === 'write' ? `${c.endpoint} ${new TextDecoder().decode(c.data)}` : `${c.type} ${c.endpoint}`,
        );
    return { log, hardware: { EVERY: commands('EVERY'), VIBE: commands('VIBE') } };
  } finally {
    await page.close();
    server.close();
  }
};

describe('compat in a real browser, side by side with the official browser build', () => {
  it("compat's browser bundle holds nothing of Node: no ws, no Node connector", async () => {
    const { inputs } = await bundle('compat');
    expect(inputs).toContain('compatBrowser.ts');
    expect(inputs).toContain('actors/compat/browserWebsocketConnector.ts');
    expect(
      inputs.filter((input) =>
        /node_modules\/ws\/|^node:|nodeWebsocketConnector|transports\/websocketConnector/.test(input),
      ),
    ).toEqual([]);
  });

  it('the package sends browsers to the browser entry', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      exports: Record<string, Record<string, string>>;
    };
    expect(manifest.exports['./compat']).toEqual({
      types: './dist/compat.d.ts',
      browser: './dist/compatBrowser.js',
      default: './dist/compat.js',
    });
  });

  it('the app runs to the end with both, and both agree except where the official client is known wrong', async () => {
    const runs = { official: await runInBrowser('official'), compat: await runInBrowser('compat') };
    for (const run of Object.values(runs)) expect(run.log.at(-1)).toMatch(/^startScanning after disconnect: /);
    expect(runs.official.log).toContain('  hasOutput(Vibrate)=true'); // Chromium has iterator helpers
    expectSameExceptKnownWrong(runs, true);
  }, 60_000);
});
