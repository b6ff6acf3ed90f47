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
    legalComments: 'eof',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
};

let loading: Promise<PageAssets> | undefined;

export const loadPageAssets = (): Promise<PageAssets> =>
  (loading ??= (async () => {
    const dir = pageDir();
    const [html, css, icon] = await Promise.all(PAGE_FILES.map((name) => readFile(`${dir}${name}`, 'utf8')));
    const built = `${dir}inspector.js`;
    const script = existsSync(built) ? await readFile(built, 'utf8') : await bundlePage();
    return { 'index.html': html!, 'inspector.css': css!, 'favicon.svg': icon!, 'inspector.js': script };
  })());
