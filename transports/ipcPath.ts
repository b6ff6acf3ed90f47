/** Where the IPC transport listens by default: a Unix domain socket, or a named pipe on Windows. */
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const defaultIpcPath = (): string =>
  process.platform === 'win32' ? '\\\\.\\pipe\\buttplug-actors' : join(tmpdir(), 'buttplug-actors.sock');

/** The longest Unix domain socket path, in bytes (`sun_path` less its terminating NUL). */
export const MAX_SOCKET_PATH_BYTES = process.platform === 'linux' ? 107 : 103;

/** Why a socket path cannot be used, or undefined. Named pipes on Windows have no such limit. */
export const socketPathProblem = (path: string, platform: NodeJS.Platform = process.platform): string | undefined => {
  if (platform === 'win32') return undefined;
  const bytes = Buffer.byteLength(path);
  return bytes > MAX_SOCKET_PATH_BYTES
    ? `the socket path is ${bytes} bytes long; this system allows at most ${MAX_SOCKET_PATH_BYTES}`
    : undefined;
};
