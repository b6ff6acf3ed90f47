/**
 * Real pseudo-terminal pairs for serial tests, with nothing outside npm: two kernel ptys (opened through
 * the prebuilt binary of `@lydell/node-pty`) whose master sides this process joins byte for byte, as
 * `socat pty,raw,echo=0 pty,raw,echo=0` would. The engine opens one slave and a simulated device the
 * other, both by path (symlinks under a temporary directory), so every byte crosses the kernel twice.
 * Torn down after each test.
 */
import { symlinkSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReadStream } from 'node:tty';
import { afterEach } from 'vitest';

export interface PtyPair {
  /** The engine's end (what a user config names). */
  readonly enginePath: string;
  /** The simulated device's end. */
  readonly devicePath: string;
  /** Ends the pair, as if the cable were pulled: both masters close, so both slaves hang up. */
  unplug(): Promise<void>;
}

interface NativePty {
  open(cols: number, rows: number): { master: number; slave: number; pty: string };
}

/** node-pty's own loader picks the binary package for this platform (shipped in the npm tarball). */
const nativePty = (): NativePty =>
  (
    createRequire(import.meta.url)('@lydell/node-pty/requireBinary.js') as {
      requireBinary(file: string): NativePty;
    }
  ).requireBinary('pty.node');

/** One kernel pty: the master as a stream; the slave held open (never read) so the master never sees EIO. */
const openPty = () => {
  const { master, slave, pty } = nativePty().open(80, 24);
  const slaveHandle = new ReadStream(slave); // manual start: this process never reads the slave
  slaveHandle.setRawMode(true); // raw, no echo, like socat's `raw,echo=0`
  const masterStream = new ReadStream(master);
  masterStream.on('error', () => {}); // EIO once the far side is gone
  return { masterStream, slaveHandle, path: pty };
};

const teardowns: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const teardown of teardowns.splice(0)) await teardown();
});

const destroyed = (stream: ReadStream) =>
  new Promise<void>((resolve) => {
    if (stream.destroyed) return resolve();
    stream.once('close', () => resolve());
    stream.destroy();
  });

export const openPtyPair = async (): Promise<PtyPair> => {
  const dir = mkdtempSync(join(tmpdir(), 'bp-serial-'));
  const engine = openPty();
  const device = openPty();
  engine.masterStream.on('data', (chunk: Buffer) => device.masterStream.write(chunk));
  device.masterStream.on('data', (chunk: Buffer) => engine.masterStream.write(chunk));
  const enginePath = join(dir, 'engine');
  const devicePath = join(dir, 'device');
  symlinkSync(engine.path, enginePath);
  symlinkSync(device.path, devicePath);

  let unplugged: Promise<void> | undefined;
  const unplug = () =>
    (unplugged ??= Promise.all(
      [engine.masterStream, device.masterStream, engine.slaveHandle, device.slaveHandle].map(destroyed),
    ).then(() => {}));
  teardowns.push(async () => {
    await unplug();
    rmSync(dir, { recursive: true, force: true });
  });
  return { enginePath, devicePath, unplug };
};
