/** Where the IPC transport listens by default: a Unix domain socket, or a named pipe on Windows. */
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const defaultIpcPath = (): string =>
  process.platform === 'win32' ? '\\\\.\\pipe\\buttplug-actors' : join(tmpdir(), 'buttplug-actors.sock');
