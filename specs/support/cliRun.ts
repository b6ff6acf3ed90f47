/**
 * Test helper: the `buttplug-actors` command (and our other programs) as child processes, and free
 * ports; killed after each test. Programs run on plain node from the tree compiled once per test run
 * (specs/support/builtPrograms.ts), never from a stale build.
 */
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { once } from 'node:events';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { builtFile } from './builtPrograms.js';
import { onCleanup, waitFor } from './engine.js';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const repositoryRoot = root;

export interface CliRun {
  readonly child: ChildProcess;
  stdout: string;
  stderr: string;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** The JSON log lines so far (with `--log-json`). */
  lines(): Record<string, unknown>[];
  /** Waits for a log line whose message matches. */
  logged(message: RegExp, timeoutMs?: number): Promise<Record<string, unknown>>;
}

export interface CliRunOptions {
  /** The script to run (default `cli.ts`, relative to the root); a test script may plant a fault first. */
  readonly script?: string;
  readonly env?: Record<string, string>;
  /** stdin: a pipe by default; a file descriptor (a pty's) makes the command see a terminal. */
  readonly stdin?: number;
}

/** The folder of this run's compiled tree. */
export const builtRoot = (): string => inject('builtPrograms');

/** Runs cli.ts with pipes for stdin/stdout/stderr: the child has no terminal. Killed after the test. */
export const startCli = (...args: string[]): CliRun => startProgram('cli.ts', args);

/** Runs the command (or a test script in its place) with these options. Killed after the test. */
export const startCliWith = (args: readonly string[], options: CliRunOptions = {}): CliRun =>
  startProgram(options.script ?? 'cli.ts', args, options);

/** Runs one of our programs (a TypeScript file relative to the root, compiled) from the root, as `node dist/...` would. */
export const startProgram = (
  file: string,
  args: readonly string[],
  options: Pick<CliRunOptions, 'env' | 'stdin'> = {},
): CliRun => startNodeProgram(builtFile(builtRoot(), root, file), args, root, options);

/** Runs a JavaScript module on node from `cwd`. Killed after the test. */
export const startNodeProgram = (
  file: string,
  args: readonly string[],
  cwd: string,
  options: Pick<CliRunOptions, 'env' | 'stdin'> = {},
): CliRun => {
  const stdio: StdioOptions = [options.stdin ?? 'pipe', 'pipe', 'pipe'];
  const child = spawn(process.execPath, [file, ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    stdio,
  });
  const lines = () =>
    run.stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  const run: CliRun = {
    child,
    stdout: '',
    stderr: '',
    exited: once(child, 'exit').then(([code, signal]) => ({
      code: code as number | null,
      signal: signal as NodeJS.Signals | null,
    })),
    lines,
    logged: async (message, timeoutMs = 40_000) => {
      const find = () => lines().find((line) => message.test(String(line['msg'])));
      await waitFor(() => find() !== undefined, timeoutMs, `a log line ${message} (stderr: ${run.stderr})`);
      return find()!;
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

export const jsonLines = (run: CliRun): Record<string, unknown>[] => run.lines();

/**
 * How long a process may take to come up: it loads the whole engine, a fraction of a second alone and
 * seconds on a loaded 2-core machine. Not a behaviour bound.
 */
export const CLI_STARTUP_MS = 60_000;

/** The URL from the start-up line, once the engine listens. */
export const readyUrl = async (run: CliRun, timeoutMs = CLI_STARTUP_MS): Promise<string> => {
  await waitFor(
    () => jsonLines(run).some((line) => Array.isArray(line['urls'])),
    timeoutMs,
    `the engine to start (stderr: ${run.stderr}, stdout: ${run.stdout.slice(0, 2_000)})`,
  );
  return (jsonLines(run).find((line) => Array.isArray(line['urls']))!['urls'] as string[])[0]!;
};

/** SIGINT, then the exit: every device stopped and files written. */
export const stopCli = async (run: CliRun): Promise<{ code: number | null; signal: NodeJS.Signals | null }> => {
  run.child.kill('SIGINT');
  return run.exited;
};
