/**
 * Every code block of the README runs as written (the convention: specs/readme/readmeBlocks.ts).
 * Programs run as child processes from the sources (tsx), each in a fresh folder of its own.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WebSocketConnector } from '../../transports/websocketConnector.js';
import { freePort, readyUrl, root, startCli, startTsProgram, stopCli, type CliRun } from '../support/cliRun.js';
import { scanFor, waitFor } from '../support/engine.js';
import { connectedClient } from '../support/transports.js';
import { readmeBlocks, shellCommands, shellWords, withSourceImports, type ReadmeBlock } from './readmeBlocks.js';

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const blocks = readmeBlocks(readme);
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

/** Starting from the sources (tsx compiles them) takes seconds on a loaded machine. */
const STARTUP_MS = 30_000;
const BLOCK_MS = 60_000;

const scratch = join(root, 'node_modules/.cache/readme-blocks');
mkdirSync(scratch, { recursive: true });
const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** Writes the block as a module inside the repository (so its imports resolve), with a free port for 12345. */
const programFile = (block: ReadmeBlock, port: number): { file: string; folder: string } => {
  const folder = mkdtempSync(join(scratch, `line-${block.line}-`));
  folders.push(folder);
  const file = join(folder, 'block.mts');
  writeFileSync(file, withSourceImports(block.code, root).replaceAll('12345', String(port)));
  return { file, folder };
};

const runProgram = (file: string, cwd: string): CliRun => startTsProgram(file, [], cwd);

const exitedWithin = async (run: CliRun, ms: number) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const result = await Promise.race([
    run.exited,
    new Promise<'still running'>((resolve) => (timer = setTimeout(() => resolve('still running'), ms))),
  ]);
  clearTimeout(timer);
  return result;
};

/** `npm start`'s engine (its flags, from the sources) on `port`. */
const startLikeNpmStart = (port: number): CliRun => {
  const args = manifest.scripts['start']!.replace(/^node dist\/cli\.js\s+/, '').split(/\s+/);
  return startCli(...args.map((arg) => (arg === '12345' ? String(port) : arg)), '--log-json');
};

const title = (block: ReadmeBlock) =>
  `line ${block.line} (\`\`\`${block.info}): ${block.code.split('\n')[0]!.slice(0, 70)}`;

describe('the README', () => {
  it('has code blocks, each following the convention', () => {
    expect(blocks.filter((block) => block.kind !== 'sample').length).toBeGreaterThanOrEqual(5);
  });

  for (const block of blocks.filter((b) => b.kind === 'program' || b.kind === 'client')) {
    it(
      `runs ${title(block)}`,
      async () => {
        const port = await freePort();
        const engine = block.kind === 'client' ? startLikeNpmStart(port) : undefined;
        if (engine) await readyUrl(engine, STARTUP_MS);
        const { file, folder } = programFile(block, port);
        const run = runProgram(file, folder);
        const result = await exitedWithin(run, BLOCK_MS - 10_000);
        expect(result, `stdout: ${run.stdout}\nstderr: ${run.stderr}`).toEqual({ code: 0, signal: null });
        if (engine) expect(await stopCli(engine)).toEqual({ code: 0, signal: null });
      },
      BLOCK_MS,
    );
  }

  for (const block of blocks.filter((b) => b.kind === 'server')) {
    it(
      `serves ${title(block)}`,
      async () => {
        const port = await freePort();
        const { file, folder } = programFile(block, port);
        const run = runProgram(file, folder);
        await waitFor(() => run.stdout.includes(`ws://127.0.0.1:${port}`), STARTUP_MS, `its address (${run.stderr})`);
        const client = await connectedClient(new WebSocketConnector(`ws://127.0.0.1:${port}`));
        const devices = await scanFor(client);
        expect(devices.length).toBeGreaterThan(0);
        await client.disconnect();
        run.child.kill('SIGINT');
        expect(await exitedWithin(run, 5_000), `stderr: ${run.stderr}`).toEqual({ code: 0, signal: null });
      },
      BLOCK_MS,
    );
  }

  for (const block of blocks.filter((b) => b.kind === 'commands')) {
    it(
      `runs the engine commands of ${title(block)}`,
      async () => {
        for (const command of shellCommands(block.code)) {
          const words = shellWords(command);
          if (/^npm (install|ci|test)$/.test(command)) continue; // what CI runs (.ci/run)
          if (words[0] === 'npm' && words[1] === 'run') {
            expect(manifest.scripts[words[2]!], `${command}: no such script`).toBeDefined();
            continue;
          }
          if (command === 'npm start') {
            const port = await freePort();
            const engine = startLikeNpmStart(port);
            expect(await readyUrl(engine, STARTUP_MS)).toBe(`ws://127.0.0.1:${port}`);
            expect(await stopCli(engine)).toEqual({ code: 0, signal: null });
            continue;
          }
          expect(words.slice(0, 2), `${command}: a sh block holds engine or npm commands; use text for others`).toEqual(
            ['npx', 'buttplug-actors'],
          );
          const port = await freePort();
          const args = words.slice(2).map((word) => (word === '12345' ? String(port) : word));
          const run = startCli(...args);
          const exits = args.some((arg) => ['--help', '--version', '--list-simulated'].includes(arg));
          if (exits) {
            expect(await exitedWithin(run, STARTUP_MS)).toEqual({ code: 0, signal: null });
            expect(run.stdout.length).toBeGreaterThan(0);
          } else {
            await waitFor(() => /is ready: connect to ws:\/\//.test(run.stdout), STARTUP_MS, `${command} to start`);
            expect(await stopCli(run)).toEqual({ code: 0, signal: null });
          }
        }
      },
      BLOCK_MS * 2,
    );
  }
});
