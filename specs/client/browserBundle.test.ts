/**
 * What the browser entries pull in, as a bundler sees it: esbuild bundles them for the browser and its
 * metafile lists every module it read. The client decodes server messages by hand, so neither the
 * client entry nor compat's (which wraps the client) reads a module of Effect, and no test code
 * (fast-check, vitest, specs, testing aids) rides along. Sizes are measured in `npm run bench`, not here.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Every module esbuild reads to bundle `entry` for browsers. */
const modulesOf = async (entry: string): Promise<string[]> => {
  const result = await build({
    entryPoints: [resolve(root, entry)],
    absWorkingDir: root,
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'esm',
    metafile: true,
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
};

const FORBIDDEN = /node_modules\/(effect|fast-check|@fast-check|vitest|@vitest)\/|(^|\/)specs\/|(^|\/)testing(\.ts|\/)/;

describe('the browser bundles', () => {
  for (const entry of ['browser.ts', 'compatBrowser.ts']) {
    it(`${entry} reads no module of Effect and no test code`, async () => {
      const modules = await modulesOf(entry);
      expect(modules).toContain('protocols/buttplug/serverMessageDecoder.ts');
      expect(modules.filter((path) => FORBIDDEN.test(path))).toEqual([]);
    });
  }

  it('the check sees Effect where it is: the schema-based frame decoder', async () => {
    const modules = await modulesOf('protocols/buttplug/frame.ts');
    expect(modules.filter((path) => FORBIDDEN.test(path)).length).toBeGreaterThan(10);
  });
});
