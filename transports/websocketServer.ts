/**
 * The WebSocket server transport: what applications reach at `ws://127.0.0.1:12345`. Each text frame
 * carries one JSON array of messages. Bound to 127.0.0.1 unless asked for another address.
 *
 * - Frames above `maxFrameBytes` (default 1 MiB), binary frames and frames that are not UTF-8 get an
 *   `Error` (code 3, Id 0) and the session lives on. `ws` itself drops a connection only above a hard
 *   cap well beyond the limit, so memory stays bounded.
 * - Keepalive: every `pingIntervalMs` each client is pinged with a fresh token; one that has not
 *   echoed the previous token is dropped (its session closes and its devices stop). Pongs the client
 *   sends unasked prove nothing: a client that does not read never sees our ping.
 * - Outgoing data is bounded: a client that lets more than `maxBufferedBytes` pile up unread is
 *   dropped (its devices stop) instead of growing the engine's memory.
 * - Every socket and the server have error handlers: a broken peer never takes the process down.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import { errorFields, guardedLogger, silentLogger, type Logger } from '../protocols/core/logger.js';
import { every, realClock, type Clock } from '../protocols/core/clock.js';
import { decodeUtf8 } from './lineFramer.js';
import { DEFAULT_MAX_FRAME_BYTES, SessionHost, type SessionSource } from './sessionHost.js';

export const DEFAULT_WEBSOCKET_PORT = 12345;
export const DEFAULT_PING_INTERVAL_MS = 10_000;
/** How long closing clients get to answer the close handshake before they are cut off. */
const CLOSE_GRACE_MS = 500;

export type WebSocketServerOptions = SessionSource & {
  /** Default 12345; 0 picks a free port (read it back from `port`). */
  readonly port?: number;
  /** Default 127.0.0.1 (this machine only); `0.0.0.0` serves every interface. */
  readonly host?: string;
  /** Largest frame accepted, in bytes (default 1 MiB). */
  readonly maxFrameBytes?: number;
  /** Transport keepalive (WebSocket ping/pong) in ms; 0 turns it off. Default 10 s. */
  readonly pingIntervalMs?: number;
  /** Most bytes a client may leave unread before it is dropped (default 4 frames of `maxFrameBytes`). */
  readonly maxBufferedBytes?: number;
  readonly logger?: Logger;
  /** The clock the keepalive runs on (default: real time; tests pass a `TestClock`). */
  readonly clock?: Clock;
};

/** WebSocket close reasons are limited to 123 bytes. */
const closeReason = (reason: string): string => {
  const bytes = new TextEncoder().encode(reason);
  return bytes.length <= 123 ? reason : new TextDecoder().decode(bytes.subarray(0, 120)).replace(/\uFFFD$/, '') + '...';
};

const frameBytes = (data: RawData): Uint8Array =>
  Array.isArray(data) ? Buffer.concat(data) : data instanceof ArrayBuffer ? new Uint8Array(data) : data;

export class WebSocketServerTransport {
  private readonly host: SessionHost;
  private readonly sockets = new Set<WebSocket>();
  /** Sockets that have not answered the last keepalive ping, with the token it carried. */
  private readonly awaitingPong = new Map<WebSocket, Buffer>();
  private stopKeepalive: (() => void) | undefined;
  private closing: Promise<void> | undefined;

  private constructor(
    private readonly wss: WebSocketServer,
    private readonly maxFrameBytes: number,
    private readonly maxBufferedBytes: number,
    private readonly logger: Logger,
    source: SessionSource,
  ) {
    this.host = new SessionHost(source, logger, 'a WebSocket client');
  }

  /** Starts listening; rejects if the address cannot be bound (port in use...). */
  static async listen(options: WebSocketServerOptions): Promise<WebSocketServerTransport> {
    const maxFrameBytes = options.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES;
    if (!Number.isInteger(maxFrameBytes) || maxFrameBytes < 1)
      throw new RangeError('maxFrameBytes must be a positive integer');
    const logger = guardedLogger(options.logger ?? silentLogger).child({ transport: 'websocket' });
    const wss = new WebSocketServer({
      host: options.host ?? '127.0.0.1',
      port: options.port ?? DEFAULT_WEBSOCKET_PORT,
      // A hard cap far above the limit: frames between the two are refused politely, beyond it ws drops the socket.
      maxPayload: Math.max(maxFrameBytes * 4, maxFrameBytes + 64 * 1024),
      // We check UTF-8 ourselves, to answer with an Error instead of dropping the connection.
      skipUTF8Validation: true,
      perMessageDeflate: false,
    });
    await new Promise<void>((resolve, reject) => {
      wss.once('listening', resolve);
      wss.once('error', reject);
    });
    const maxBufferedBytes = options.maxBufferedBytes ?? 4 * maxFrameBytes;
    const transport = new WebSocketServerTransport(wss, maxFrameBytes, maxBufferedBytes, logger, options);
    wss.on('error', (error) => logger.error(errorFields(error), 'WebSocket server error'));
    wss.on('connection', (socket, request) => transport.onConnection(socket, request));
    transport.startKeepalive(options.pingIntervalMs ?? DEFAULT_PING_INTERVAL_MS, options.clock ?? realClock);
    logger.debug({ url: transport.url }, 'listening');
    return transport;
  }

  get port(): number {
    return (this.wss.address() as AddressInfo).port;
  }

  /** The address clients connect to. */
  get url(): string {
    const { address, family } = this.wss.address() as AddressInfo;
    const host = address === '0.0.0.0' || address === '::' ? '127.0.0.1' : family === 'IPv6' ? `[${address}]` : address;
    return `ws://${host}:${this.port}`;
  }

  get sessionCount(): number {
    return this.host.sessionCount;
  }

  /** Stops listening and closes every connection; their sessions close and their devices stop. */
  close(): Promise<void> {
    this.closing ??= this.closeNow();
    return this.closing;
  }

  private async closeNow(): Promise<void> {
    this.stopKeepalive?.();
    const listenerClosed = new Promise<void>((resolve) => this.wss.close(() => resolve()));
    const socketsClosed = [...this.sockets].map(
      (socket) =>
        new Promise<void>((resolve) => {
          if (socket.readyState === WebSocket.CLOSED) return resolve();
          socket.once('close', () => resolve());
          setTimeout(() => socket.terminate(), CLOSE_GRACE_MS).unref();
        }),
    );
    await this.host.closeAll('the server is shutting down');
    await Promise.all([listenerClosed, ...socketsClosed]);
    this.logger.debug('stopped listening');
  }

  private onConnection(socket: WebSocket, request: IncomingMessage): void {
    const peer = `${request.socket.remoteAddress}:${request.socket.remotePort}`;
    // First of all: a socket error must never become an uncaught exception.
    socket.on('error', (error) => this.logger.warn({ peer, ...errorFields(error) }, 'WebSocket error'));
    if (this.closing) {
      socket.close(1001, 'the server is shutting down');
      return;
    }
    this.sockets.add(socket);
    const hosted = this.host.accept(
      {
        send: (text) => {
          if (socket.readyState !== WebSocket.OPEN) return;
          socket.send(text);
          if (socket.bufferedAmount > this.maxBufferedBytes) {
            this.logger.warn(
              { peer, bufferedBytes: socket.bufferedAmount, maxBufferedBytes: this.maxBufferedBytes },
              'client is not reading what the server sends: dropping it',
            );
            socket.terminate();
          }
        },
        close: (reason) => {
          if (socket.readyState === WebSocket.OPEN || socket.readyState === WebSocket.CONNECTING)
            socket.close(1000, closeReason(reason));
        },
      },
      peer,
    );
    socket.on('close', (code, reason) => {
      this.sockets.delete(socket);
      this.awaitingPong.delete(socket);
      hosted.closed(
        reason.length > 0 ? `client closed the connection: ${reason.toString()}` : `connection closed (code ${code})`,
      );
    });
    socket.on('pong', (data) => {
      const token = this.awaitingPong.get(socket);
      if (token && token.equals(data)) this.awaitingPong.delete(socket);
    });
    socket.on('message', (data, isBinary) => {
      const bytes = frameBytes(data);
      if (isBinary) return hosted.refuse('binary frames are not accepted: send each frame as JSON text');
      if (bytes.length > this.maxFrameBytes) {
        return hosted.refuse(`frame of ${bytes.length} bytes is larger than the ${this.maxFrameBytes} byte limit`);
      }
      const text = decodeUtf8(bytes);
      if (text === undefined) return hosted.refuse('frame is not valid UTF-8');
      hosted.receive(text);
    });
  }

  private startKeepalive(intervalMs: number, clock: Clock): void {
    if (intervalMs <= 0) return;
    const ping = () => {
      for (const socket of this.sockets) {
        if (socket.readyState !== WebSocket.OPEN) continue;
        if (this.awaitingPong.has(socket)) {
          this.logger.warn({ intervalMs }, 'client missed a keepalive pong: dropping it');
          socket.terminate();
          continue;
        }
        const token = randomBytes(8);
        this.awaitingPong.set(socket, token);
        socket.ping(token);
      }
    };
    this.stopKeepalive = every(clock, intervalMs, ping, { unref: true });
  }
}
