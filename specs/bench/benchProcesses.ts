/** Child processes for the benchmarks: the engine's command line and the baseline echo relay. */
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface BenchProcess {
  readonly url: string;
  /** The inspector page's URL, when the engine serves it. */
  readonly inspectorUrl?: string;
  /** Heap in use after a full collection, in bytes (bench hosts only). */
  heapUsed(): Promise<number>;
  stop(): Promise<void>;
}

const start = (args: string[]): Promise<BenchProcess> =>
  new Promise((resolveStart, reject) => {
    const child: ChildProcess = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', ...args], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    });
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${args[0]} did not start`));
    }, 60_000);
    child.stdout!.setEncoding('utf8').on('data', (text: string) => {
      output += text;
      for (const line of output.split('\n')) {
        if (!line.startsWith('{')) continue;
        const { urls, inspector } = JSON.parse(line) as { urls?: string[]; inspector?: string };
        if (!urls) continue;
        clearTimeout(timer);
        child.stdout!.removeAllListeners('data');
        child.stdout!.resume();
        resolveStart({
          url: urls[0]!,
          ...(inspector ? { inspectorUrl: inspector } : {}),
          heapUsed: () =>
            new Promise((resolveHeap) => {
              child.once('message', (message) => resolveHeap((message as { heapUsed: number }).heapUsed));
              child.send('measure');
            }),
          stop: () =>
            new Promise((done) => {
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
        return;
      }
    });
  });

/** A bench host (see benchHost.ts): `relay`, `sessions` or `engines`. */
export const startBenchHost = (mode: 'relay' | 'sessions' | 'engines'): Promise<BenchProcess> =>
  start(['specs/bench/benchHost.ts', mode]);

export const startEngineProcess = (...flags: string[]): Promise<BenchProcess> =>
  start(['cli.ts', '--websocket-port', '0', '--log', 'info', '--log-json', ...flags]);
