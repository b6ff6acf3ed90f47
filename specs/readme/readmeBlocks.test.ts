/**
 * Every code block of the README runs as written (the convention: specs/readme/readmeBlocks.ts).
 * Programs run as child processes on node (each block compiled as tsx would), each in a fresh folder of its own.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WebSocketConnector } from '../../transports/websocketConnector.js';
import { transpile, withBuiltImports } from '../support/builtPrograms.js';
import {
  builtRoot,
  CLI_STARTUP_MS,
  readyUrl,
  root,
  startCli,
  startNodeProgram,
  startProgram,
  stopCli,
  type CliRun,
} from '../support/cliRun.js';
import { freePort } from '../support/freePort.js';
import { scanFor, waitFor } from '../support/engine.js';
import { connectedClient } from '../support/transports.js';
import { readmeBlocks, shellCommands, shellWords, type ReadmeBlock } from './readmeBlocks.js';

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const blocks = readmeBlocks(readme);
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

/** How long a block may run once its engine is up. */
const BLOCK_MS = 60_000;

const scratch = join(root, 'node_modules/.cache/readme-blocks');
mkdirSync(scratch, { recursive: true });
const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** Writes the block, compiled, as a module inside the repository (so its imports resolve), with a free port for 12345. */
const programFile = (block: ReadmeBlock, port: number): { file: string; folder: string } => {
  const folder = mkdtempSync(join(scratch, `line-${block.line}-`));
  folders.push(folder);
  const file = join(folder, 'block.mjs');
  const code = withBuiltImports(block.code, builtRoot()).replaceAll('12345', String(port));
  writeFileSync(file, transpile(code, `README.md:${block.line}`));
  return { file, folder };
};

const runProgram = (file: string, cwd: string): CliRun => startNodeProgram(file, [], cwd);

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
        if (engine) await readyUrl(engine, CLI_STARTUP_MS);
        const { file, folder } = programFile(block, port);
        const run = runProgram(file, folder);
        const result = await exitedWithin(run, BLOCK_MS);
        expect(result, `stdout: ${run.stdout}\nstderr: ${run.stderr}`).toEqual({ code: 0, signal: null });
        if (engine) expect(await stopCli(engine)).toEqual({ code: 0, signal: null });
      },
      CLI_STARTUP_MS + BLOCK_MS + 10_000,
    );
  }

  for (const block of blocks.filter((b) => b.kind === 'server')) {
    it(
      `serves ${title(block)}`,
      async () => {
        const port = await freePort();
        const { file, folder } = programFile(block, port);
        const run = runProgram(file, folder);
        await waitFor(
          () => run.stdout.includes(`ws://127.0.0.1:${port}`),
          CLI_STARTUP_MS,
          `its address (${run.stderr})`,
        );
        const client = await connectedClient(new WebSocketConnector(`ws://127.0.0.1:${port}`));
        const devices = await scanFor(client);
        expect(devices.length).toBeGreaterThan(0);
        await client.disconnect();
        run.child.kill('SIGINT');
        expect(await exitedWithin(run, 5_000), `stderr: ${run.stderr}`).toEqual({ code: 0, signal: null });
      },
      CLI_STARTUP_MS + BLOCK_MS + 10_000,
    );
  }

  for (const block of blocks.filter((b) => b.kind === 'commands')) {
    it(
      `runs the engine commands of ${title(block)}`,
      async () => {
        // Engines a block starts serve its later commands (buttplug-conformance) until the block ends.
        const engines: CliRun[] = [];
        const ports = new Map<string, string>();
        const portFor = async (readmePort: string) => {
          if (!ports.has(readmePort)) ports.set(readmePort, String(await freePort()));
          return ports.get(readmePort)!;
        };
        const withPorts = (words: string[]) =>
          words.map((word) => [...ports].reduce((text, [from, to]) => text.replaceAll(from, to), word));
        try {
          for (const command of shellCommands(block.code)) {
            const words = shellWords(command);
            if (/^npm (install|ci|test)$/.test(command)) continue; // what CI runs (.ci/run)
            if (words[0] === 'npm' && words[1] === 'run') {
              expect(manifest.scripts[words[2]!], `${command}: no such script`).toBeDefined();
              continue;
            }
            if (command === 'npm start') {
              const port = await portFor('12345');
              const engine = startLikeNpmStart(Number(port));
              engines.push(engine);
              expect(await readyUrl(engine, CLI_STARTUP_MS)).toBe(`ws://127.0.0.1:${port}`);
              continue;
            }
            if (words[0] === 'npx' && words[1] === 'buttplug-conformance') {
              expect(engines.length, `${command}: runs against an engine an earlier line starts`).toBeGreaterThan(0);
              const run = startProgram('conformance.ts', withPorts(words.slice(2)));
              const result = await exitedWithin(run, BLOCK_MS);
              expect(result, `${command}\n${run.stdout}\n${run.stderr}`).toEqual({ code: 0, signal: null });
              expect(run.stdout).toMatch(/Results: \d+ passed, 0 failed/);
              continue;
            }
            expect(
              words.slice(0, 2),
              `${command}: a sh block holds engine or npm commands; use text for others`,
            ).toEqual(['npx', 'buttplug-actors']);
            await portFor('12345');
            // The device WebSocket server listens on a free port too (54817 stands for it in later lines).
            if (words.includes('--use-device-websocket-server') && !words.includes('--device-websocket-server-port'))
              words.push('--device-websocket-server-port', await portFor('54817'));
            const args = withPorts(words.slice(2));
            const run = startCli(...args);
            const exits = args.some((arg) => ['--help', '--version', '--list-simulated'].includes(arg));
            if (exits) {
              expect(await exitedWithin(run, CLI_STARTUP_MS)).toEqual({ code: 0, signal: null });
              expect(run.stdout.length).toBeGreaterThan(0);
            } else {
              engines.push(run);
              await waitFor(
                () => /is ready: connect to ws:\/\//.test(run.stdout),
                CLI_STARTUP_MS,
                `${command} to start`,
              );
            }
          }
        } finally {
          for (const engine of engines) expect(await stopCli(engine)).toEqual({ code: 0, signal: null });
        }
      },
      2 * CLI_STARTUP_MS + 2 * BLOCK_MS,
    );
  }
});
