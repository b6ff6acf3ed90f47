/**
 * The REST API's one Buttplug session: an ordinary client of the engine through the embedded
 * connector, so every rule of a session holds for what HTTP callers do (validation, message gaps,
 * and above all: when the session ends, every device stops).
 *
 * It opens when the API starts and again on the first request after it ended. With an idle limit
 * (the engine's `--max-ping-time`), HTTP callers must keep making requests: after that long without
 * one the session says Disconnect and every device stops, as a client that stopped pinging would.
 */
import { EventEmitter } from 'eventemitter3';
import { ButtplugClient } from '../../client/buttplugClient.js';
import type { ButtplugServer } from '../../engine/buttplugServer.js';
import { EmbeddedConnector } from '../../../transports/embeddedConnector.js';
import { errorFields, type Logger } from '../../../protocols/core/logger.js';

export interface RestSessionEvents {
  /** A new session is open (its devices follow as `deviceadded` on the client). */
  opened: [client: ButtplugClient];
  /** The session ended: every device stopped. */
  ended: [reason: string];
}

export class RestSession extends EventEmitter<RestSessionEvents> {
  private current: ButtplugClient | undefined;
  private opening: Promise<ButtplugClient> | undefined;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private closed = false;

  constructor(
    private readonly server: ButtplugServer,
    private readonly idleLimitMs: number,
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

  /** Ends the session (every device stops) and opens no other. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.idleTimer);
    await this.opening?.catch(() => {});
    await this.end('the REST API is shutting down');
  }

  private async open(): Promise<ButtplugClient> {
    const client = new ButtplugClient('Intiface REST API', { requestTimeoutMs: 10_000 });
    client.on('disconnect', () => {
      if (this.current !== client) return;
      this.current = undefined;
      this.emit('ended', 'the engine ended the session');
    });
    await client.connect(new EmbeddedConnector(this.server));
    if (this.closed) {
      await client.disconnect();
      throw new Error('the REST API is shutting down');
    }
    this.current = client;
    this.logger.debug('REST session opened');
    this.emit('opened', client);
    return client;
  }

  private touch(): void {
    if (this.idleLimitMs <= 0) return;
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      void this.end(`no REST request within ${this.idleLimitMs} ms`).catch((error: unknown) =>
        this.logger.warn(errorFields(error), 'the REST session did not end cleanly'),
      );
    }, this.idleLimitMs);
    this.idleTimer.unref();
  }

  private async end(reason: string): Promise<void> {
    const client = this.current;
    if (!client) return;
    this.current = undefined;
    this.logger.info({ reason }, 'REST session ended: every device stops');
    await client.disconnect();
    this.emit('ended', reason);
  }
}
