/** Test helper: the `buttplug-actors` command as a child process (sources run through tsx), and free ports. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onCleanup, waitFor } from './engine.js';

export const freePort = async (): Promise<number> => {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const port = (probe.address() as { port: number }).port;
  await new Promise((done) => probe.close(done));
  return port;
};

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface CliRun {
  readonly child: ChildProcessWithoutNullStreams;
  stdout: string;
  stderr: string;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** The JSON log lines so far (with `--log-json`). */
  lines(): Record<string, unknown>[];
  /** Waits for a log line whose message matches (starting the command through tsx takes seconds on a busy machine). */
  logged(message: RegExp, timeoutMs?: number): Promise<Record<string, unknown>>;
}

/** Runs cli.ts with pipes for stdin/stdout/stderr: the child has no terminal. Killed after the test. */
export const startCli = (...args: string[]): CliRun => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'cli.ts', ...args], {
    cwd: root,
    env: { ...process.env, NO_COLOR: '1' },
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
  child.stdout.setEncoding('utf8').on('data', (text: string) => (run.stdout += text));
  child.stderr.setEncoding('utf8').on('data', (text: string) => (run.stderr += text));
  onCleanup(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await run.exited;
    }
  });
  return run;
};
