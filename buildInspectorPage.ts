/**
 * The build's last step (`npm run build`): bundles the inspector page's TypeScript, its layout library
 * included, and copies its HTML, CSS and icon into dist, so the package carries every file the page
 * loads and nothing comes from the network.
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { bundlePage, PAGE_FILES } from './transports/inspector/pageAssets.js';

const source = new URL('./transports/inspector/page/', import.meta.url);
const target = new URL('./dist/transports/inspector/page/', import.meta.url);
await mkdir(target, { recursive: true });
await writeFile(new URL('inspector.js', target), await bundlePage({ minify: true }));
for (const name of PAGE_FILES) await copyFile(new URL(name, source), new URL(name, target));
