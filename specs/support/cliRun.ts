/** Test helper: the command line as a real child process, from the sources (tsx), with its output kept. */
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { once } from 'node:events';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onCleanup, waitFor } from './engine.js';

export const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface CliRun {
  readonly child: ChildProcess;
  stdout: string;
  stderr: string;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** The JSON log lines so far (with `--log-json`). */
  lines(): Record<string, unknown>[];
  /** The URL from the start-up line, once the engine listens. */
  readyUrl(): Promise<string>;
}

export interface CliRunOptions {
  /** The script to run (default `cli.ts`); a test script may plant a fault first. */
  readonly script?: string;
  readonly env?: Record<string, string>;
  /** stdin: a pipe by default; a file descriptor (a pty's) makes the command see a terminal. */
  readonly stdin?: number;
}

export const startCli = (args: readonly string[], options: CliRunOptions = {}): CliRun => {
  const stdio: StdioOptions = [options.stdin ?? 'pipe', 'pipe', 'pipe'];
  const child = spawn(process.execPath, ['--import', 'tsx', options.script ?? 'cli.ts', ...args], {
    cwd: repositoryRoot,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    stdio,
  });
  const run: CliRun = {
    child,
    stdout: '',
    stderr: '',
    exited: once(child, 'exit').then(([code, signal]) => ({
      code: code as number | null,
      signal: signal as NodeJS.Signals | null,
    })),
    lines: () =>
      run.stdout
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    readyUrl: async () => {
      await waitFor(
        () => run.lines().some((line) => Array.isArray(line['urls'])),
        20_000,
        `the engine to start (stderr: ${run.stderr})`,
      );
      return (run.lines().find((line) => Array.isArray(line['urls']))!['urls'] as string[])[0]!;
    },
  };
  child.stdout!.setEncoding('utf8').on('data', (text: string) => (run.stdout += text));
  child.stderr!.setEncoding('utf8').on('data', (text: string) => (run.stderr += text));
  onCleanup(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await run.exited;
    }
  });
  return run;
};
