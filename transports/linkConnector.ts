/**
 * What every remote connector shares (WebSocket in Node and in browsers, IPC): one text link at a
 * time, a connect timeout, and the optional reconnect with backoff after an unexpected drop. Only the
 * way a link is opened differs. This file and what it imports run in browsers too: no Node modules.
 *
 *   connect() -> open link ... link drops -> reconnecting(1, delay) -> wait -> open link -> reconnected
 *                                                       `-- fails -> reconnecting(2, 2 x delay) -> ...
 *                                                       `-- attempts used up -> disconnect
 */
import { EventEmitter } from 'eventemitter3';
import { encodeFrame, type TaggedMessage } from '../protocols/buttplug/frame.js';
import { ConnectorError, type ButtplugClientConnector, type ConnectorEvents } from './clientConnector.js';
import { reconnectDelay, reconnectPolicy, type ReconnectOptions, type ReconnectPolicy } from './reconnectPolicy.js';
import { messageOf } from '../protocols/core/errorText.js';

/** An open link that carries text frames. */
export interface FrameLink {
  send(text: string): void;
  /** Closes the link; no `closed` callback follows. */
  close(): void;
}

/** How a link reports what happens to it once open. */
export interface FrameLinkHandlers {
  frame(text: string): void;
  /** The link ended without `close()` being called (called at most once). */
  closed(reason: string): void;
}

export interface LinkConnectorOptions {
  /** Reconnect after an unexpected drop (default off). `true` uses the default backoff. */
  readonly reconnect?: boolean | ReconnectOptions;
  /** How long opening a link may take (default 10 s). */
  readonly connectTimeoutMs?: number;
}

export abstract class LinkConnector extends EventEmitter<ConnectorEvents> implements ButtplugClientConnector {
  private link: FrameLink | undefined;
  /** The app wants a connection: between `connect()` and `disconnect()` or giving up. */
  private wanted = false;
  /** Bumped by every `connect()` and `disconnect()`: work started under an older epoch is stale. */
  private epoch = 0;
  /** Bumped whenever a link is abandoned, so late callbacks from it are ignored. */
  private generation = 0;
  private reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  private linkOpenedAt = 0;
  private lastAttempt = 0;
  private readonly policy: ReconnectPolicy | undefined;
  private readonly connectTimeoutMs: number;

  constructor(options: LinkConnectorOptions = {}) {
    super();
    this.policy = reconnectPolicy(options.reconnect);
    this.connectTimeoutMs = options.connectTimeoutMs ?? 10_000;
  }

  /** Opens one link: resolves once it is open, rejects if it cannot be opened. */
  protected abstract openLink(handlers: FrameLinkHandlers): Promise<FrameLink>;

  /** Where this connector goes, for error messages. */
  protected abstract get target(): string;

  get connected(): boolean {
    return this.link !== undefined;
  }

  async connect(): Promise<void> {
    if (this.wanted) throw new ConnectorError('already connected');
    this.wanted = true;
    this.lastAttempt = 0;
    const epoch = ++this.epoch;
    let link: FrameLink;
    try {
      link = await this.open();
    } catch (error) {
      if (epoch === this.epoch) this.wanted = false;
      throw error instanceof ConnectorError
        ? error
        : new ConnectorError(`cannot connect to ${this.target}: ${messageOf(error)}`);
    }
    if (epoch !== this.epoch) {
      link.close();
      throw new ConnectorError('disconnected while connecting');
    }
    this.attach(link);
  }

  async disconnect(): Promise<void> {
    this.wanted = false;
    this.epoch++;
    clearTimeout(this.reconnectTimer);
    this.generation++;
    const link = this.link;
    this.link = undefined;
    link?.close();
  }

  send(messages: readonly TaggedMessage[]): void {
    if (!this.link) throw new ConnectorError('not connected');
    this.link.send(encodeFrame(messages));
  }

  private attach(link: FrameLink): void {
    this.link = link;
    this.linkOpenedAt = Date.now();
  }

  /** Opens a link with a timeout; a link that opens after the timeout is closed at once. */
  private async open(): Promise<FrameLink> {
    const generation = ++this.generation;
    const opening = this.openLink({
      frame: (text) => {
        if (generation === this.generation) this.emit('frame', text);
      },
      closed: (reason) => {
        if (generation === this.generation) this.lost(reason);
      },
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(new ConnectorError(`cannot connect to ${this.target}: no answer within ${this.connectTimeoutMs} ms`)),
        this.connectTimeoutMs,
      );
    });
    try {
      return await Promise.race([opening, timeout]);
    } catch (error) {
      if (generation === this.generation) this.generation++;
      opening.then(
        (late) => late.close(),
        () => {},
      );
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  private lost(reason: string): void {
    this.link = undefined;
    this.generation++;
    if (!this.wanted) return;
    if (!this.policy) {
      this.wanted = false;
      this.emit('disconnect', reason);
      return;
    }
    const stable = Date.now() - this.linkOpenedAt >= this.policy.stableAfterMs;
    this.scheduleReconnect(stable ? 1 : this.lastAttempt + 1, reason);
  }

  private scheduleReconnect(attempt: number, reason: string): void {
    const policy = this.policy!;
    if (attempt > policy.maxAttempts) {
      this.wanted = false;
      this.emit('disconnect', `${reason} (gave up after ${policy.maxAttempts} reconnect attempts)`);
      return;
    }
    const delayMs = reconnectDelay(policy, attempt);
    const epoch = this.epoch;
    this.lastAttempt = attempt;
    this.emit('reconnecting', attempt, delayMs, reason);
    this.reconnectTimer = setTimeout(() => {
      this.open().then(
        (link) => {
          if (epoch !== this.epoch) return link.close();
          this.attach(link);
          this.emit('reconnected');
        },
        (error: unknown) => {
          if (epoch === this.epoch) this.scheduleReconnect(attempt + 1, messageOf(error));
        },
      );
    }, delayMs);
  }
}
