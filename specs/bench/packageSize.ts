/**
 * What an app pays to use this package, against the official `buttplug` client measured the same way:
 * the browser bundle (minified and gzipped, as a web app ships it) and the install of the packed
 * tarball into an empty project (packages, bytes on disk, native code compiled).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const run = promisify(execFile);

export interface BundleSize {
  readonly minifiedBytes: number;
  readonly gzippedBytes: number;
  /** Minified bytes by npm package (`(this package)` for our own files). */
  readonly byPackage: ReadonlyMap<string, number>;
  /** Whether any test-only code (fast-check, vitest, our specs or testing aids) made it in. */
  readonly testCode: readonly string[];
}

const packageOf = (input: string): string => {
  const inModules = input.lastIndexOf('node_modules/');
  if (inModules < 0) return '(this package)';
  const parts = input.slice(inModules + 'node_modules/'.length).split('/');
  return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
};

/** Bundles `source` (module text, resolved from `root`) for browsers, as an app's bundler would. */
export const browserBundle = async (root: string, source: string): Promise<BundleSize> => {
  const result = await build({
    stdin: { contents: source, resolveDir: root, sourcefile: 'app.ts', loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0]!.contents;
  const byPackage = new Map<string, number>();
  const testCode: string[] = [];
  for (const [input, { bytesInOutput }] of Object.entries(Object.values(result.metafile.outputs)[0]!.inputs)) {
    if (bytesInOutput === 0) continue;
    const name = packageOf(input);
    byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
    if (/fast-check|vitest|(^|\/)specs\/|\/testing\//.test(input)) testCode.push(input);
  }
  return { minifiedBytes: output.length, gzippedBytes: gzipSync(output, { level: 9 }).length, byPackage, testCode };
};

export interface InstallSize {
  readonly packages: number;
  readonly bytes: number;
  /** Native addons built on this machine during the install (prebuilt binaries in tarballs do not count). */
  readonly compiled: readonly string[];
  readonly seconds: number;
}

const walk = (dir: string, visit: (path: string, isDir: boolean) => boolean | void): void => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isSymbolicLink()) continue;
    const descend = visit(path, entry.isDirectory());
    if (entry.isDirectory() && descend !== false) walk(path, visit);
  }
};

/** `npm install <spec>` into a new empty project; counts what landed. */
export const installInto = async (spec: string): Promise<InstallSize> => {
  const project = mkdtempSync(join(tmpdir(), 'bp-install-'));
  try {
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({ name: 'empty-app', version: '1.0.0', private: true }),
    );
    const started = performance.now();
    await run('npm', ['install', spec, '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: project,
      maxBuffer: 16 * 1024 * 1024,
    });
    const seconds = (performance.now() - started) / 1000;
    let packages = 0;
    let bytes = 0;
    const compiled: string[] = [];
    walk(join(project, 'node_modules'), (path, isDir) => {
      if (!isDir) {
        bytes += statSync(path).size;
        if (path.endsWith('package.json') && /node_modules\/(@[^/]+\/)?[^/]+\/package\.json$/.test(path)) packages++;
        return;
      }
      // node-gyp's output folder: something was compiled here.
      if (path.endsWith('/build/Release')) compiled.push(path.slice(project.length + 1));
      return undefined;
    });
    return { packages, bytes, compiled, seconds };
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
};

/** `npm pack` of this repository (builds it first through `prepare`); returns the tarball's path. */
export const packThisPackage = async (root: string, into: string): Promise<string> => {
  const { stdout } = await run('npm', ['pack', '--pack-destination', into, '--loglevel=error'], {
    cwd: root,
    maxBuffer: 16 * 1024 * 1024,
  });
  return resolve(into, stdout.trim().split('\n').at(-1)!);
};
