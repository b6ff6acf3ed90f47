/**
 * The type declarations: the side-by-side app, written for `buttplug` 5.0.2, type-checks against the
 * official package and against compat (with `buttplug` mapped to compat's entry, the one-line switch
 * as the compiler sees it). The TypeScript compiler runs in-process on the repository's settings; a
 * deliberately wrong file (kept in memory) shows the check can fail.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const app = join(root, 'specs/compat/app/sideBySideApp.ts');
const misuse = join(root, 'specs/compat/app/misusedApi.ts');

/** Code that must not compile has no place in the tree: the compiler reads it from here. */
const MISUSE = [
  "import { ButtplugClient } from 'buttplug';",
  "const client = new ButtplugClient('misused');",
  'export const count: number = client.devices.length;',
  "export const run = () => [...client.devices.values()].map((device) => device.runOutput('Vibrate'));",
].join('\n');

/** Type-checks the app and the misuse with the repository's options, `buttplug` mapped as given. */
const typeCheck = (paths?: Readonly<Record<string, readonly string[]>>) => {
  const config = ts.parseJsonConfigFileContent(
    { extends: './tsconfig.json', compilerOptions: { noEmit: true, ...(paths ? { paths } : {}) }, files: [] },
    ts.sys,
    root,
  );
  const host = ts.createCompilerHost(config.options);
  const { fileExists, readFile } = host;
  host.fileExists = (name) => name === misuse || fileExists(name);
  host.readFile = (name) => (name === misuse ? MISUSE : readFile(name));
  const program = ts.createProgram({ rootNames: [app, misuse], options: config.options, host });
  // Only the two files are checked (against the declarations they use), not the whole library.
  const errorsIn = (file: string) => {
    const source = program.getSourceFile(file)!;
    return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].map(
      (d) =>
        `${file.slice(root.length)}:${d.file!.getLineAndCharacterOfPosition(d.start ?? 0).line + 1} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
    );
  };
  return {
    options: [...config.errors, ...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()],
    app: errorsIn(app),
    misuse: errorsIn(misuse),
    sources: program.getSourceFiles().map((file) => file.fileName.slice(root.length)),
  };
};

const OFFICIAL_TYPES = '/node_modules/buttplug/dist/main/index.d.ts';

describe('the side-by-side app type-checks against both packages', () => {
  for (const [against, paths, uses, notUses] of [
    ['the official buttplug 5.0.2', undefined, OFFICIAL_TYPES, '/compat.ts'],
    ['buttplug-actors/compat', { buttplug: ['./compat.ts'] }, '/compat.ts', OFFICIAL_TYPES],
  ] as const) {
    it(`against ${against}; a misuse of the API is an error there`, () => {
      const result = typeCheck(paths);
      expect(result.options).toEqual([]);
      expect(result.sources).toContain(uses);
      expect(result.sources).not.toContain(notUses);
      expect(result.app).toEqual([]);
      expect(result.misuse).toHaveLength(2);
      expect(result.misuse[0]).toMatch(/misusedApi\.ts:3 Property 'length' does not exist on type 'ReadonlyMap</);
      expect(result.misuse[1]).toMatch(
        /misusedApi\.ts:4 Argument of type .* is not assignable to parameter of type 'DeviceOutputCommand'/,
      );
    }, 60_000);
  }
});
