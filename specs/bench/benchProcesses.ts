/** Child processes for the benchmarks: the engine's command line and the baseline echo relay. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface BenchProcess {
  readonly url: string;
  readonly pid: number;
  /** Resident memory now, in bytes. */
  rss(): number;
  stop(): Promise<void>;
}

const start = (args: string[]): Promise<BenchProcess> =>
  new Promise((resolveStart, reject) => {
    const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`${args[0]} did not start`)), 20_000);
    child.stdout!.setEncoding('utf8').on('data', (text: string) => {
      output += text;
      for (const line of output.split('\n')) {
        if (!line.startsWith('{')) continue;
        const urls = (JSON.parse(line) as { urls?: string[] }).urls;
        if (!urls) continue;
        clearTimeout(timer);
        child.stdout!.removeAllListeners('data');
        child.stdout!.resume();
        resolveStart({
          url: urls[0]!,
          pid: child.pid!,
          rss: () => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))![1]) * 1024,
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

export const startEchoRelay = (): Promise<BenchProcess> => start(['specs/bench/echoRelay.ts']);

export const startEngineProcess = (...flags: string[]): Promise<BenchProcess> =>
  start(['cli.ts', '--websocket-port', '0', '--log', 'info', '--log-json', ...flags]);
