/** The native hardware libraries are optional: a manager whose package is not installed names it in one sentence. */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { isMissingPackage, missingPackageSentence } from '../../hardware/optionalPackage.js';

const failure = async (load: () => Promise<unknown>): Promise<unknown> => {
  try {
    await load();
  } catch (error) {
    return error;
  }
  throw new Error('expected the load to fail');
};

const absent = 'buttplug-actors-absent-package';

describe('optional hardware packages', () => {
  it('recognises Node\'s "cannot find" for the package itself, from import() and from require()', async () => {
    const imported = await failure(() => import(absent));
    const required = await failure(async () => createRequire(import.meta.url)(`${absent}/with-bindings.js`));
    expect(isMissingPackage(imported, absent)).toBe(true);
    expect(isMissingPackage(required, absent)).toBe(true);
    // Another package missing, or a package that is there but fails to load, is not "not installed".
    expect(isMissingPackage(imported, 'serialport')).toBe(false);
    expect(isMissingPackage(new Error(`could not load ${absent}.node`), absent)).toBe(false);
  });

  it('says which package to install and how, in one line', () => {
    const sentence = missingPackageSentence('Serial port support is not available', [
      'serialport',
      '@serialport/stream',
    ]);
    expect(sentence).toBe(
      'Serial port support is not available: install the optional packages serialport and @serialport/stream (npm install serialport @serialport/stream).',
    );
    expect(missingPackageSentence('HID is not available', ['node-hid'])).toBe(
      'HID is not available: install the optional package node-hid (npm install node-hid).',
    );
  });

  it('the package manifest lists them as optional peers, so a client-only install compiles nothing', async () => {
    const manifest = (await import('../../package.json', { with: { type: 'json' } })).default as {
      dependencies: Record<string, string>;
      peerDependencies: Record<string, string>;
      peerDependenciesMeta: Record<string, { optional?: boolean }>;
    };
    for (const name of ['@abandonware/noble', 'serialport', '@serialport/stream', 'node-hid']) {
      expect(manifest.dependencies[name]).toBeUndefined();
      expect(manifest.peerDependencies[name]).toBeDefined();
      expect(manifest.peerDependenciesMeta[name]?.optional).toBe(true);
    }
  });
});
