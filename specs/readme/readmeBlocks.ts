/**
 * The README's code blocks as data, and how each kind runs. The convention (also in the README's
 * "Contributing" notes), by the fence's info string:
 *
 *   ```ts          a complete program (ES module, top-level await), run as written; must exit 0 by itself
 *   ```ts client   the same, against an engine the harness starts first as `npm start` does
 *   ```ts server   a program that serves clients: it prints its `ws://` address, the harness connects a
 *                  client, scans, then sends SIGINT; it must stop its devices and exit 0
 *   ```sh          commands: each one that starts the engine (`npx buttplug-actors ...`, `npm start`)
 *                  is run and must start (or print and exit 0); `npm install`, `npm ci`, `npm test`
 *                  and `npm run <script>` are what CI and developers run, checked to exist, not run here
 *   ```text        output samples and formats: never run
 *
 * `buttplug-actors` imports resolve to this repository's sources (compiled once per test run, as tsx
 * would compile them: specs/support/builtPrograms.ts), and the port 12345 becomes a free port (other
 * engines may be listening on this machine); nothing else in a block is changed.
 */

export type BlockKind = 'program' | 'client' | 'server' | 'commands' | 'sample';

export interface ReadmeBlock {
  readonly kind: BlockKind;
  /** The fence's info string, e.g. `ts client`. */
  readonly info: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  readonly code: string;
}

export const CONVENTION =
  'README code blocks: ```ts (a program that exits 0), ```ts client (run against an engine like npm start), ' +
  '```ts server (serves; gets a client, then SIGINT), ```sh (engine commands are run), ```text (samples, never run). ' +
  'See specs/readme/readmeBlocks.ts.';

const kinds: Readonly<Record<string, BlockKind>> = {
  ts: 'program',
  'ts client': 'client',
  'ts server': 'server',
  sh: 'commands',
  text: 'sample',
};

/** Every fenced block (indented ones too), or a message naming the first block that follows no convention. */
export const readmeBlocks = (markdown: string): ReadmeBlock[] => {
  const lines = markdown.split('\n');
  const blocks: ReadmeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const indent = open[1]!.length;
    const info = open[2]!.trim().replace(/\s+/g, ' ');
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !/^\s*```\s*$/.test(lines[j]!)) body.push(lines[j++]!.slice(indent));
    if (j >= lines.length) throw new Error(`README.md:${i + 1}: a code block is never closed`);
    const kind = kinds[info];
    if (!kind) throw new Error(`README.md:${i + 1}: a block fenced \`\`\`${info} follows no convention. ${CONVENTION}`);
    blocks.push({ kind, info, line: i + 1, code: body.join('\n') });
    i = j;
  }
  return blocks;
};

/** One command of a `sh` block (comments and blank lines dropped, `a && b` split). */
export const shellCommands = (code: string): string[] =>
  code
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .flatMap((line) => line.split('&&').map((part) => part.trim()));

/** A command's words, as a shell splits them (double or single quotes group words). */
export const shellWords = (command: string): string[] =>
  [...command.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((match) => match[1] ?? match[2] ?? match[3]!);
