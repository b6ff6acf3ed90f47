/**
 * The inspector page's files. The package ships them built (`npm run build` bundles the page's
 * TypeScript, the layout library included, into `page/inspector.js` beside this module in `dist`), so
 * nothing ever loads from the network. Run from the sources (tests, `tsx`), the page is bundled here
 * on first use with esbuild, a development dependency.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export interface PageAssets {
  readonly 'index.html': string;
  readonly 'inspector.js': string;
  readonly 'inspector.css': string;
  readonly 'favicon.svg': string;
}

export const PAGE_FILES = ['index.html', 'inspector.css', 'favicon.svg'] as const;

const pageDir = (): string => fileURLToPath(new URL('./page/', import.meta.url));

/** The licences of what the bundle carries (MIT: their notices travel with the code). */
const BUNDLED_LICENCES = ['@dagrejs/dagre', '@dagrejs/graphlib'];

const licenceNotices = async (): Promise<string> => {
  const { createRequire } = await import('node:module');
  const require = createRequire(import.meta.url);
  const notices = await Promise.all(
    BUNDLED_LICENCES.map(async (name) => {
      const manifest = require.resolve(`${name}/package.json`);
      const text = await readFile(manifest.replace(/package\.json$/, 'LICENSE'), 'utf8');
      return `${name}:\n${text.trim()}`;
    }),
  );
  return `/*! The inspector page of buttplug-actors (BSD-3-Clause). It bundles:\n\n${notices.join('\n\n').replaceAll('*/', '* /')}\n*/`;
};

/** Bundles the page's script (the build and the sources both use this). */
export const bundlePage = async (options: { readonly minify?: boolean } = {}): Promise<string> => {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [fileURLToPath(new URL('./page/main.ts', import.meta.url))],
    bundle: true,
    write: false,
    // A classic script: it also runs from a file:// copy of the page, where modules may not load.
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: options.minify ?? false,
    legalComments: 'none',
    banner: { js: await licenceNotices() },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
};

let loading: Promise<PageAssets> | undefined;

export const loadPageAssets = (): Promise<PageAssets> =>
  (loading ??= (async (): Promise<PageAssets> => {
    const dir = pageDir();
    const [html, css, icon] = await Promise.all(PAGE_FILES.map((name) => readFile(`${dir}${name}`, 'utf8')));
    const built = `${dir}inspector.js`;
    const script = existsSync(built) ? await readFile(built, 'utf8') : await bundlePage();
    return { 'index.html': html!, 'inspector.css': css!, 'favicon.svg': icon!, 'inspector.js': script };
  })().catch((error: unknown) => {
    loading = undefined; // try again next time
    throw error;
  }));
