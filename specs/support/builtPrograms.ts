/**
 * The programs the specs start as child processes (the command, the conformance command, the examples,
 * a faulty command), compiled once per test run so each process starts on plain `node`. Through tsx,
 * every start compiled the whole engine again: seconds alone, tens of seconds on a loaded machine.
 *
 * Every TypeScript file is transpiled on its own with esbuild (what tsx does, and what the compiler
 * settings `isolatedModules` and `verbatimModuleSyntax` guarantee is safe) into a folder laid out as the
 * repository, so paths found from `import.meta.url` (the inspector page, package.json) resolve as they do
 * in `dist/`. The folder is named by a hash of everything compiled: a changed source gives a new folder,
 * so no test ever runs a stale build, and an unchanged tree is compiled only once.
 */
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { transformSync, version as esbuildVersion } from 'esbuild';

/** What is compiled: the package's sources (as `dist/` has them), the examples, and spec scripts run as programs. */
const SOURCE_FOLDERS = ['actors', 'machines', 'transports', 'hardware', 'protocols', 'examples'];
const SPEC_PROGRAMS = ['specs/safety/support/faultyCli.ts'];
/** The inspector page is bundled for the browser, as `npm run build` does; its other files are copied. */
const PAGE_FOLDER = 'transports/inspector/page';

/** Where compiled trees live (the package's own scratch space, ignored by git). */
export const builtProgramsCache = (root: string): string => join(root, 'node_modules/.cache/spawned-programs');

const isSource = (path: string) => path.endsWith('.ts') && !path.endsWith('.d.ts');

const filesUnder = (root: string, folder: string): string[] =>
  readdirSync(join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(root, path);
    return entry.isFile() ? [path] : [];
  });

/** Every input, relative to the root, in a stable order. */
const inputs = (root: string): string[] => {
  const rootFiles = readdirSync(root).filter((name) => isSource(name) && statSync(join(root, name)).isFile());
  return [
    ...rootFiles,
    ...SOURCE_FOLDERS.flatMap((folder) => filesUnder(root, folder)),
    ...SPEC_PROGRAMS,
    'package.json',
  ].sort();
};

/**
 * `buttplug-actors` and its subpaths, pointed at the compiled entry files (tsx reads tsconfig's paths
 * for this): by a path relative to `fromFolder` when given (inside the tree), else by a file URL.
 */
export const withBuiltImports = (code: string, builtRoot: string, fromFolder?: string): string =>
  code.replace(/from 'buttplug-actors(?:\/([a-z]+))?'/g, (_, subpath: string | undefined) => {
    const file = join(builtRoot, subpath === undefined ? 'index.js' : `${subpath}.js`);
    if (fromFolder === undefined) return `from '${pathToFileURL(file).href}'`;
    const path = relative(fromFolder, file).split(sep).join('/');
    return `from '${path.startsWith('.') ? path : `./${path}`}'`;
  });

/** TypeScript to a JavaScript module, the way tsx transpiles it. */
export const transpile = (code: string, sourcefile: string): string =>
  transformSync(code, { loader: 'ts', format: 'esm', target: 'es2022', sourcefile }).code;

const compileInto = async (root: string, files: readonly string[], target: string): Promise<void> => {
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    const inPage = file.startsWith(`${PAGE_FOLDER}/`);
    if (inPage && isSource(file)) continue; // bundled below
    mkdirSync(dirname(join(target, file)), { recursive: true });
    if (!isSource(file)) {
      cpSync(join(root, file), join(target, file));
      continue;
    }
    const code = file.startsWith('examples/') ? withBuiltImports(text, root, dirname(join(root, file))) : text;
    writeFileSync(join(target, file.replace(/\.ts$/, '.js')), transpile(code, join(root, file)));
  }
  const { bundlePage } = await import('../../transports/inspector/pageAssets.js');
  writeFileSync(join(target, PAGE_FOLDER, 'inspector.js'), await bundlePage({ minify: true }));
};

/**
 * Compiles the tree (unless this exact tree is compiled already) and returns its folder. Safe when two
 * test runs start at once: each compiles into a folder of its own and renames it into place.
 */
export const buildPrograms = async (root: string): Promise<string> => {
  const files = inputs(root);
  const hash = createHash('sha256').update(`esbuild ${esbuildVersion}\n`);
  for (const file of files) hash.update(`${file}\n`).update(readFileSync(join(root, file)));
  const cache = builtProgramsCache(root);
  const built = join(cache, hash.digest('hex').slice(0, 16));
  if (existsSync(built)) {
    utimesSync(built, new Date(), new Date()); // in use: not pruned by another run
    return built;
  }
  const building = `${built}.${process.pid}.tmp`;
  rmSync(building, { recursive: true, force: true });
  await compileInto(root, files, building);
  try {
    renameSync(building, built);
  } catch (error) {
    rmSync(building, { recursive: true, force: true });
    if (!existsSync(built)) throw error; // else: another run finished the same tree first
  }
  pruneOlderTrees(cache, built);
  return built;
};

/** Trees of earlier sources, once an hour unused (a run that started with one may still be going). */
const pruneOlderTrees = (cache: string, keep: string) => {
  const hourAgo = Date.now() - 3_600_000;
  for (const name of readdirSync(cache)) {
    const path = join(cache, name);
    if (path !== keep && statSync(path).mtimeMs < hourAgo) rmSync(path, { recursive: true, force: true });
  }
};

/** The compiled file for a source file given relative to the root (`cli.ts` → `<built>/cli.js`). */
export const builtFile = (builtRoot: string, root: string, file: string): string => {
  const path = relative(root, join(root, file)).split(sep).join('/');
  const compiled = join(builtRoot, path.replace(/\.ts$/, '.js'));
  if (!existsSync(compiled))
    throw new Error(
      `${file} is not among the programs compiled for the specs: add it to SPEC_PROGRAMS in specs/support/builtPrograms.ts`,
    );
  return compiled;
};
