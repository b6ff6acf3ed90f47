/**
 * A benchmark host in a child process of its own (so its CPU, heap and event loop are its own), started
 * with `--expose-gc`. The host prints one JSON line `{"ready": {...}}` with its addresses, then answers
 * questions over the IPC channel: `{ask, seq}` -> `{seq, answer}` (see `serveQuestions`).
 */
import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface HostProcess<Ready> {
  readonly ready: Ready;
  /** Asks the host something (`heap`, `cpu`, or what the host itself answers). */
  ask<T = unknown>(question: string, argument?: unknown): Promise<T>;
  stop(): Promise<void>;
}

/** Starts `script` (a path from the repository root) with `args`; resolves once it is ready. */
export const startHost = <Ready>(script: string, ...args: string[]): Promise<HostProcess<Ready>> =>
  new Promise((resolveStart, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', script, ...args], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} ${args.join(' ')} did not start within 180 s`));
    }, 180_000);
    const waiting = new Map<number, (answer: unknown) => void>();
    let seq = 0;
    child.on('message', (message) => {
      const { seq: answered, answer } = message as { seq: number; answer: unknown };
      waiting.get(answered)?.(answer);
      waiting.delete(answered);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited with ${code} before it was ready`));
    });
    let output = '';
    child.stdout!.setEncoding('utf8').on('data', (text: string) => {
      output += text;
      const line = output.split('\n').find((candidate) => candidate.startsWith('{"ready"'));
      if (!line) return;
      clearTimeout(timer);
      child.stdout!.removeAllListeners('data');
      child.stdout!.resume();
      resolveStart({
        ready: (JSON.parse(line) as { ready: Ready }).ready,
        ask: <T>(question: string, argument?: unknown) =>
          new Promise<T>((resolveAnswer) => {
            waiting.set(++seq, resolveAnswer as (answer: unknown) => void);
            child.send({ ask: question, seq, argument });
          }),
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });

type Answerer = (argument: unknown) => unknown;

const gc = (globalThis as { gc?: () => void }).gc;

/** Heap in use after full collections, in bytes. */
export const settledHeap = async (): Promise<number> => {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolveTick) => setImmediate(resolveTick));
    gc?.();
  }
  return process.memoryUsage().heapUsed;
};

/** Inside a host: answers `heap`, `cpu` (µs of user + system CPU so far) and the host's own questions. */
export const serveQuestions = (own: Record<string, Answerer> = {}): void => {
  const answerers: Record<string, Answerer> = {
    heap: () => settledHeap(),
    cpu: () => {
      const { user, system } = process.cpuUsage();
      return user + system;
    },
    ...own,
  };
  process.on('message', (message) => {
    const { ask, seq, argument } = message as { ask: string; seq: number; argument: unknown };
    void Promise.resolve(answerers[ask]?.(argument)).then((answer) => process.send?.({ seq, answer }));
  });
  process.on('SIGTERM', () => process.exit(0));
  // The benchmark is gone: so is its host.
  process.on('disconnect', () => process.exit(0));
};

/** Inside a host: says it is ready, with what the parent needs to know. */
export const announceReady = (ready: unknown): void => {
  process.stdout.write(`${JSON.stringify({ ready })}\n`);
};
