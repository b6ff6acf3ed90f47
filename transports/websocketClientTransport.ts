/**
 * The engine as a WebSocket *client* (`--websocket-client-address ws://...`): it dials out to an app
 * that runs the WebSocket server, and serves that app as it would a client that connected to it
 * (the app sends RequestServerInfo first, and so on). As Intiface Engine does, it keeps dialling:
 * after a failed attempt or a dropped connection it tries again with exponential backoff (500 ms
 * doubling up to 30 s; a connection that lived 5 s resets the backoff), until `close()`.
 *
 * A dropped connection is a client going away: its session closes and every device stops. Frames
 * are bounded and checked as the WebSocket server checks them. The keepalive and the backoff run on
 * `clock` (real time unless a test hands in its own).
 */
import { WebSocket, type RawData } from 'ws';
import { every, realClock, type Clock } from '../protocols/core/clock.js';
import { errorFields, silentLogger, type Logger } from '../protocols/core/logger.js';
import { messageOf } from '../protocols/core/errorText.js';
import { decodeUtf8 } from './lineFramer.js';
import { reconnectDelay, reconnectPolicy, type ReconnectOptions } from './reconnectPolicy.js';
import { DEFAULT_MAX_FRAME_BYTES, SessionHost, type HostedConnection, type SessionSource } from './sessionHost.js';

export type WebSocketClientTransportOptions = SessionSource & {
  /** The app's WebSocket server, `ws://host:port` (or `wss://`). */
  readonly address: string;
  readonly maxFrameBytes?: number;
  /** Backoff between attempts; attempts never run out (`maxAttempts` is ignored). */
  readonly reconnect?: Omit<ReconnectOptions, 'maxAttempts'>;
  /** How long one attempt may take to open (default 10 s). */
  readonly connectTimeoutMs?: number;
  /** Keepalive ping interval in ms (default 10 s; 0: off); an app that misses a pong is dropped. */
  readonly pingIntervalMs?: number;
  readonly logger?: Logger;
  /** The clock the keepalive and the reconnect backoff run on (default: real time; tests pass a `TestClock`). */
  readonly clock?: Clock;
};

export class WebSocketClientTransport {
  private socket: WebSocket | undefined;
  private hosted: HostedConnection | undefined;
  private timer: unknown;
  private stopKeepalive: (() => void) | undefined;
  private attempt = 0;
  private openedAt = 0;
  private closed = false;
  private closing: Promise<void> | undefined;
  private readonly host: SessionHost;
  private readonly logger: Logger;
  private readonly maxFrameBytes: number;
  private readonly policy;
  private readonly clock: Clock;

  /** Starts dialling at once; see `connected` and the logs for how it goes. */
  constructor(private readonly options: WebSocketClientTransportOptions) {
    if (!/^wss?:\/\/[^/\s]+/.test(options.address)) {
      throw new RangeError(`expected an address like ws://127.0.0.1:12345, got ${JSON.stringify(options.address)}`);
    }
    this.logger = (options.logger ?? silentLogger).child({ transport: 'websocket-client', address: options.address });
    this.maxFrameBytes = options.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES;
    this.clock = options.clock ?? realClock;
    this.policy = reconnectPolicy({ ...options.reconnect, maxAttempts: Number.POSITIVE_INFINITY })!;
    this.host = new SessionHost(options, this.logger, `the app at ${options.address}`);
    this.dial();
  }

  /** A connection to the app is open now. */
  get connected(): boolean {
    return this.socket?.readyState === WebSocket.OPEN;
  }

  /** Stops dialling and closes the connection: the session closes and its devices stop. */
  close(): Promise<void> {
    this.closing ??= this.closeNow();
    return this.closing;
  }

  private async closeNow(): Promise<void> {
    this.closed = true;
    this.clock.clearTimeout(this.timer);
    this.stopKeepalive?.();
    const socket = this.socket;
    await this.host.closeAll('the server is shutting down');
    if (socket && socket.readyState !== WebSocket.CLOSED) {
      await new Promise<void>((resolve) => {
        socket.once('close', () => resolve());
        if (socket.readyState === WebSocket.CONNECTING) socket.terminate();
        else socket.close(1001, 'the server is shutting down');
        setTimeout(() => {
          socket.terminate();
          resolve();
        }, 500).unref();
      });
    }
  }

  private dial(): void {
    if (this.closed) return;
    this.logger.debug({ attempt: this.attempt }, 'connecting to the app');
    const socket = new WebSocket(this.options.address, {
      handshakeTimeout: this.options.connectTimeoutMs ?? 10_000,
      maxPayload: Math.max(this.maxFrameBytes * 4, this.maxFrameBytes + 64 * 1024),
      skipUTF8Validation: true,
      perMessageDeflate: false,
    });
    this.socket = socket;
    let opened = false;
    socket.on('error', (error) => this.logger.debug(errorFields(error), 'WebSocket error'));
    socket.on('open', () => {
      opened = true;
      this.openedAt = this.clock.now();
      this.logger.info('connected to the app');
      this.hosted = this.host.accept(
        {
          send: (text) => {
            if (socket.readyState === WebSocket.OPEN) socket.send(text);
          },
          close: (reason) => {
            if (socket.readyState === WebSocket.OPEN) socket.close(this.closed ? 1001 : 1000, reason.slice(0, 120));
          },
        },
        this.options.address,
      );
      this.startKeepalive(socket);
    });
    socket.on('message', (data, isBinary) => this.onFrame(data, isBinary));
    socket.on('close', (code, reason) => {
      this.stopKeepalive?.();
      const why = reason.length > 0 ? reason.toString() : `code ${code}`;
      this.hosted?.closed(`the app closed the connection (${why})`);
      this.hosted = undefined;
      if (this.socket === socket) this.socket = undefined;
      if (this.closed) return;
      const stable = opened && this.clock.now() - this.openedAt >= this.policy.stableAfterMs;
      this.attempt = stable ? 1 : this.attempt + 1;
      const delayMs = reconnectDelay(this.policy, this.attempt);
      this.logger[opened ? 'warn' : 'info'](
        { reason: opened ? why : 'could not connect', attempt: this.attempt, delayMs },
        opened ? 'the app went away: every device stopped; reconnecting' : 'cannot reach the app; trying again',
      );
      this.timer = this.clock.setTimeout(() => this.dial(), delayMs);
    });
  }

  private onFrame(data: RawData, isBinary: boolean): void {
    const hosted = this.hosted;
    if (!hosted) return;
    const bytes = Array.isArray(data) ? Buffer.concat(data) : data instanceof ArrayBuffer ? new Uint8Array(data) : data;
    if (isBinary) return hosted.refuse('binary frames are not accepted: send each frame as JSON text');
    if (bytes.length > this.maxFrameBytes)
      return hosted.refuse(`frame of ${bytes.length} bytes is larger than the ${this.maxFrameBytes} byte limit`);
    const text = decodeUtf8(bytes);
    if (text === undefined) return hosted.refuse('frame is not valid UTF-8');
    try {
      hosted.receive(text);
    } catch (error) {
      this.logger.error({ error: messageOf(error) }, 'could not hand a frame to the session');
    }
  }

  private startKeepalive(socket: WebSocket): void {
    const intervalMs = this.options.pingIntervalMs ?? 10_000;
    if (intervalMs <= 0) return;
    let awaitingPong = false;
    socket.on('pong', () => (awaitingPong = false));
    this.stopKeepalive = every(
      this.clock,
      intervalMs,
      () => {
        if (socket.readyState !== WebSocket.OPEN) return;
        if (awaitingPong) {
          this.logger.warn({ intervalMs }, 'the app missed a keepalive pong: dropping the connection');
          socket.terminate();
          return;
        }
        awaitingPong = true;
        socket.ping();
      },
      { unref: true },
    );
  }
}
