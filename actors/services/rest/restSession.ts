/**
 * The REST API's one Buttplug session: an ordinary client of the engine through the embedded
 * connector, so every rule of a session holds for what HTTP callers do (validation, message gaps,
 * and above all: when the session ends, every device stops).
 *
 * It is one client among the engine's others, under the same "one client at a time" rule as the
 * WebSocket and IPC clients: it takes the engine on the first request that needs a session (refused
 * with `EngineBusyError` while another client holds it) and lets go when it goes idle, ending its
 * session so every device it drove stops. Idle means:
 * - with `--max-ping-time` (`idleLimitMs`): no request for that long, as a client that stopped pinging;
 * - otherwise: no request for `releaseAfterMs` (60 s by default) and no event stream open (an open
 *   stream is like an open connection: someone is there).
 * `release()` (`DELETE /api/v2/session`) lets go at once.
 */
import { EventEmitter } from 'eventemitter3';
import { ButtplugClient } from '../../client/buttplugClient.js';
import type { ButtplugServer } from '../../engine/buttplugServer.js';
import { EmbeddedConnector } from '../../../transports/embeddedConnector.js';
import { claimEngine, engineHolder, type EngineClaim } from '../../../transports/sessionHost.js';
import { errorFields, type Logger } from '../../../protocols/core/logger.js';

/** Without an idle limit, how long after its last request the REST API lets the engine go (if no event stream is open). */
export const DEFAULT_RELEASE_AFTER_MS = 60_000;

/** The engine is held by another client: the REST API cannot open its session now. */
export class EngineBusyError extends Error {
  constructor(readonly holder: string) {
    super(
      `the engine is in use by ${holder}, and this server takes one client at a time: ` +
        'retry once that client has disconnected (close that app)',
    );
    this.name = 'EngineBusyError';
  }
}

export interface RestSessionEvents {
  /** A new session is open (its devices follow as `deviceadded` on the client). */
  opened: [client: ButtplugClient];
  /** The session ended: every device stopped. */
  ended: [reason: string];
}

export interface RestSessionOptions {
  /** The engine's ping limit: the session ends after this long without a request, event streams or not; 0: none. */
  readonly idleLimitMs: number;
  /** Without an idle limit: the session ends this long after the last request once no event stream is open; 0: never. */
  readonly releaseAfterMs: number;
}

const seconds = (ms: number) => (ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`);

export class RestSession extends EventEmitter<RestSessionEvents> {
  private current: ButtplugClient | undefined;
  private claim: EngineClaim | undefined;
  private opening: Promise<ButtplugClient> | undefined;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private lastRequestAt = 0;
  private streams = 0;
  private closed = false;

  constructor(
    readonly server: ButtplugServer,
    private readonly options: RestSessionOptions,
    private readonly logger: Logger,
  ) {
    super();
  }

  /** The session's client, opening a session if there is none; each call counts as activity. */
  async client(): Promise<ButtplugClient> {
    if (this.closed) throw new Error('the REST API is shutting down');
    this.touch();
    if (this.current?.connected) return this.current;
    this.opening ??= this.open().finally(() => (this.opening = undefined));
    return this.opening;
  }

  /** The client of the open session, if any, without opening one. */
  get openClient(): ButtplugClient | undefined {
    return this.current?.connected ? this.current : undefined;
  }

  /** Whether the REST API holds the engine now. */
  get holding(): boolean {
    return this.claim !== undefined;
  }

  /**
   * An event stream opened: without an idle limit, the session is held while one is open. Returns what
   * to call when it closes.
   */
  streamOpened(): () => void {
    this.streams += 1;
    let open = true;
    return () => {
      if (!open) return;
      open = false;
      this.streams -= 1;
      if (this.streams === 0) this.arm(this.lastRequestAt + this.idleAfterMs() - Date.now());
    };
  }

  /** Ends the session now, if there is one (every device stops): the engine is free for another client. */
  async release(reason: string): Promise<void> {
    await this.opening?.catch(() => {});
    await this.end(reason);
  }

  /** Ends the session (every device stops) and opens no other. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.idleTimer);
    await this.release('the REST API is shutting down');
  }

  private async open(): Promise<ButtplugClient> {
    const claim = claimEngine(this.server, {
      describe: () => 'the REST API',
      refusal: () =>
        `the server is busy: the REST API is using the engine (this server takes one client at a time; ` +
        `it lets go ${this.releaseText()}, or at once on DELETE /api/v2/session)`,
    });
    if (!claim) throw new EngineBusyError(engineHolder(this.server) ?? 'another client');
    this.claim = claim;
    const client = new ButtplugClient('Intiface REST API', { requestTimeoutMs: 10_000 });
    client.on('disconnect', () => {
      if (this.current !== client) return;
      this.current = undefined;
      this.letGo(claim);
      this.emit('ended', 'the engine ended the session');
    });
    try {
      await client.connect(new EmbeddedConnector(this.server));
    } catch (error) {
      this.letGo(claim);
      throw error;
    }
    if (this.closed) {
      await client.disconnect();
      this.letGo(claim);
      throw new Error('the REST API is shutting down');
    }
    this.current = client;
    this.logger.info('REST session opened: the REST API holds the engine');
    this.emit('opened', client);
    return client;
  }

  private idleAfterMs(): number {
    return this.options.idleLimitMs > 0 ? this.options.idleLimitMs : this.options.releaseAfterMs;
  }

  private releaseText(): string {
    if (this.options.idleLimitMs > 0) return `${seconds(this.options.idleLimitMs)} after its last request`;
    if (this.options.releaseAfterMs > 0)
      return `${seconds(this.options.releaseAfterMs)} after its last request once no event stream is open`;
    return 'when its API closes';
  }

  private touch(): void {
    this.lastRequestAt = Date.now();
    this.arm(this.idleAfterMs());
  }

  /** Ends the session in `ms` (at once if 0 or less), unless a request or stream comes first. */
  private arm(ms: number): void {
    clearTimeout(this.idleTimer);
    if (this.idleAfterMs() <= 0 || this.closed) return;
    this.idleTimer = setTimeout(() => this.idle(), Math.max(0, ms));
    this.idleTimer.unref();
  }

  private idle(): void {
    // An open event stream holds the session, unless the engine's ping limit says requests must keep coming.
    if (this.options.idleLimitMs <= 0 && this.streams > 0) return;
    void this.end(`no REST request within ${this.idleAfterMs()} ms`).catch((error: unknown) =>
      this.logger.warn(errorFields(error), 'the REST session did not end cleanly'),
    );
  }

  private letGo(claim: EngineClaim): void {
    claim.release();
    if (this.claim === claim) this.claim = undefined;
  }

  private async end(reason: string): Promise<void> {
    const client = this.current;
    if (!client) return;
    this.current = undefined;
    clearTimeout(this.idleTimer);
    this.logger.info({ reason }, 'REST session ended: every device stops, and the engine is free for another client');
    try {
      await client.disconnect();
    } finally {
      if (this.claim) this.letGo(this.claim);
    }
    this.emit('ended', reason);
  }
}
