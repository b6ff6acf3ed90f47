/**
 * Real pseudo-terminal pairs for serial tests: `socat` joins two ptys, one for the engine and one for a
 * simulated device, linked under a temporary directory. Torn down after each test. `.ci/run` installs
 * socat when it is missing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

export interface PtyPair {
  /** The engine's end (what a user config names). */
  readonly enginePath: string;
  /** The simulated device's end. */
  readonly devicePath: string;
  /** Ends the pair, as if the cable were pulled; resolves once socat has exited. */
  unplug(): Promise<void>;
}

const pairs: { child: ChildProcess; dir: string }[] = [];

afterEach(async () => {
  for (const { child, dir } of pairs.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  }
});

export const openPtyPair = async (): Promise<PtyPair> => {
  const dir = mkdtempSync(join(tmpdir(), 'bp-serial-'));
  const enginePath = join(dir, 'engine');
  const devicePath = join(dir, 'device');
  const child = spawn('socat', [`pty,raw,echo=0,link=${enginePath}`, `pty,raw,echo=0,link=${devicePath}`], {
    stdio: 'ignore',
  });
  pairs.push({ child, dir });
  const failed = new Promise<never>((_, reject) => {
    child.once('error', (error) => reject(new Error(`cannot run socat (apt-get install socat): ${error.message}`)));
    child.once('exit', (code) => reject(new Error(`socat exited with ${code} before the ptys were ready`)));
  });
  failed.catch(() => {});
  const deadline = Date.now() + 3_000;
  while (!(existsSync(enginePath) && existsSync(devicePath))) {
    if (Date.now() > deadline) throw new Error('socat did not create the pty pair within 3 s');
    await Promise.race([new Promise((resolve) => setTimeout(resolve, 10)), failed]);
  }
  return {
    enginePath,
    devicePath,
    unplug: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
};
