/**
 * The IPC server transport: a Unix domain socket (a named pipe on Windows) for local clients.
 *
 * Framing (both directions): newline-delimited JSON. Each frame is one JSON array of messages, as
 * compact UTF-8 text, followed by "\n"; see `lineFramer.ts`. Frames above `maxFrameBytes` (default
 * 1 MiB) and frames that are not UTF-8 get an `Error` (code 3, Id 0) and the session lives on.
 *
 * The operating system tells us at once when a local peer goes away; a peer that stays but stops
 * reading is caught by the outgoing bound: more than `maxBufferedBytes` unread, or unread data that
 * does not drain for `stallTimeoutMs`, and it is dropped (its devices stop).
 *
 * Only a stale socket file (nothing listening) is ever replaced at the path: never a regular file.
 * A path longer than the platform's socket path limit is refused, never silently truncated.
 */
import { connect, createServer, type Server, type Socket } from 'node:net';
import { lstat, rm } from 'node:fs/promises';
import { errorFields, guardedLogger, silentLogger, type Logger } from '../protocols/core/logger.js';
import { defaultIpcPath, socketPathProblem } from './ipcPath.js';
import { encodeLine, LineFramer } from './lineFramer.js';
import { DEFAULT_MAX_FRAME_BYTES, SessionHost, type SessionSource } from './sessionHost.js';

/** A peer that never closes its side after we ended ours is cut off after this. */
const CLOSE_GRACE_MS = 500;

export type IpcServerOptions = SessionSource & {
  /** Socket path (default: `buttplug-actors.sock` in the temp directory; `\\.\pipe\buttplug-actors` on Windows). */
  readonly path?: string;
  /** Largest frame accepted, in bytes (default 1 MiB). */
  readonly maxFrameBytes?: number;
  /** Most bytes a client may leave unread before it is dropped (default 4 frames of `maxFrameBytes`). */
  readonly maxBufferedBytes?: number;
  /** A client whose unread data has not drained for this long is dropped (default 10 s). */
  readonly stallTimeoutMs?: number;
  readonly logger?: Logger;
};

/** Raised when the path holds something that is not a stale socket: it is never removed. */
export class IpcPathError extends Error {
  override readonly name = 'IpcPathError';
}

const listenOn = (server: Server, path: string) =>
  new Promise<void>((resolve, reject) => {
    const onError = (error: Error) => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(path);
  });

/** True when something answers on the socket path (another server is running there). */
const isAlive = (path: string) =>
  new Promise<boolean>((resolve) => {
    const probe = connect(path);
    probe.once('connect', () => {
      probe.destroy();
      resolve(true);
    });
    probe.once('error', () => resolve(false));
  });

export class IpcServerTransport {
  private readonly host: SessionHost;
  private readonly sockets = new Set<Socket>();
  private closing: Promise<void> | undefined;
  private connectionCount = 0;

  private constructor(
    private readonly server: Server,
    readonly path: string,
    private readonly maxFrameBytes: number,
    private readonly limits: { readonly maxBufferedBytes: number; readonly stallTimeoutMs: number },
    private readonly logger: Logger,
    source: SessionSource,
  ) {
    this.host = new SessionHost(source, logger, 'an IPC client');
  }

  /** Starts listening; a stale socket file left by a crashed server is replaced, a live one is not. */
  static async listen(options: IpcServerOptions): Promise<IpcServerTransport> {
    const path = options.path ?? defaultIpcPath();
    const maxFrameBytes = options.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES;
    if (!Number.isInteger(maxFrameBytes) || maxFrameBytes < 1)
      throw new RangeError('maxFrameBytes must be a positive integer');
    const logger = guardedLogger(options.logger ?? silentLogger).child({ transport: 'ipc' });
    const tooLong = socketPathProblem(path);
    if (tooLong) throw new IpcPathError(`${path}: ${tooLong}`);
    const server = createServer();
    try {
      await listenOn(server, path);
    } catch (error) {
      const inUse = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
      if (!inUse || process.platform === 'win32' || (await isAlive(path))) throw error;
      // Something is there and nothing answers: replace it only if it is a socket left by a crash.
      const found = await lstat(path).catch(() => undefined);
      if (found && !found.isSocket())
        throw new IpcPathError(`${path} exists and is not a socket: refusing to replace it`);
      await rm(path, { force: true });
      await listenOn(server, path);
    }
    const limits = {
      maxBufferedBytes: options.maxBufferedBytes ?? 4 * maxFrameBytes,
      stallTimeoutMs: options.stallTimeoutMs ?? 10_000,
    };
    const transport = new IpcServerTransport(server, path, maxFrameBytes, limits, logger, options);
    server.on('error', (error) => logger.error(errorFields(error), 'IPC server error'));
    server.on('connection', (socket) => transport.onConnection(socket));
    logger.debug({ path }, 'listening');
    return transport;
  }

  get sessionCount(): number {
    return this.host.sessionCount;
  }

  /** Stops listening (the socket file is removed) and closes every connection; their devices stop. */
  close(): Promise<void> {
    this.closing ??= this.closeNow();
    return this.closing;
  }

  private async closeNow(): Promise<void> {
    const listenerClosed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    const socketsClosed = [...this.sockets].map(
      (socket) => new Promise<void>((resolve) => (socket.closed ? resolve() : socket.once('close', () => resolve()))),
    );
    await this.host.closeAll('the server is shutting down');
    await Promise.all([listenerClosed, ...socketsClosed]);
    this.logger.debug('stopped listening');
  }

  private onConnection(socket: Socket): void {
    const peer = `ipc#${++this.connectionCount}`;
    socket.on('error', (error) => this.logger.warn({ peer, ...errorFields(error) }, 'IPC socket error'));
    if (this.closing) {
      socket.destroy();
      return;
    }
    this.sockets.add(socket);
    const drop = (why: string) => {
      this.logger.warn({ peer, bufferedBytes: socket.writableLength, ...this.limits }, `${why}: dropping it`);
      socket.destroy();
    };
    // Unread data that does not drain in time: the peer stopped reading.
    let stall: ReturnType<typeof setTimeout> | undefined;
    socket.on('drain', () => {
      clearTimeout(stall);
      stall = undefined;
      if (socket.isPaused() && !socket.destroyed) socket.resume();
    });
    socket.once('close', () => clearTimeout(stall));
    const hosted = this.host.accept(
      {
        send: (text) => {
          if (!socket.writable) return;
          const flushed = socket.write(encodeLine(text));
          if (socket.writableLength > this.limits.maxBufferedBytes)
            return drop('client is not reading what the server sends');
          if (!flushed && stall === undefined)
            stall = setTimeout(() => drop('client has not read for too long'), this.limits.stallTimeoutMs).unref();
        },
        close: () => {
          if (socket.destroyed) return;
          socket.end();
          setTimeout(() => socket.destroy(), CLOSE_GRACE_MS).unref();
        },
      },
      peer,
    );
    socket.on('close', (hadError) => {
      this.sockets.delete(socket);
      hosted.closed(hadError ? 'connection broke' : 'connection closed');
    });
    const framer = new LineFramer(this.maxFrameBytes);
    socket.on('data', (chunk) => {
      // The replies to one chunk's frames leave in one write, not one system call per frame.
      socket.cork();
      try {
        for (const event of framer.push(chunk)) {
          if (event.type === 'frame') hosted.receive(event.text);
          else if (event.type === 'tooLarge')
            hosted.refuse(`frame of ${event.bytes} bytes is larger than the ${this.maxFrameBytes} byte limit`);
          else hosted.refuse('frame is not valid UTF-8');
        }
      } finally {
        socket.uncork();
      }
      // Flow control: read no more from a client until it has read what its frames were answered with
      // (a burst of small bad frames is answered at the pace the client reads, never dropped for it).
      if (socket.writableLength > this.maxFrameBytes && !socket.destroyed) socket.pause();
    });
  }
}
