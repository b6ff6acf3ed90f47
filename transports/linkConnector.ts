/**
 * What every remote connector shares (WebSocket in Node and in browsers, IPC): one text link at a
 * time, a connect timeout, and the optional reconnect with backoff after an unexpected drop. Only the
 * way a link is opened differs. The connection's lifecycle is a statechart (linkMachine.ts); this
 * class is its face: it opens links, holds the open one, and turns the chart's effects into the
 * connector's events. This file and what it imports run in browsers too: no Node modules.
 */
import { EventEmitter } from 'eventemitter3';
import { createActor, fromPromise, type Actor } from 'xstate';
import { encodeFrame, type TaggedMessage } from '../protocols/buttplug/frameEnvelope.js';
import { messageOf } from '../protocols/core/errorText.js';
import type { Clock } from '../protocols/core/clock.js';
import { ConnectorError, type ButtplugClientConnector, type ConnectorEvents } from './clientConnector.js';
import { linkInbox, type FrameLink, type FrameLinkHandlers, type OpenedLink } from './frameLink.js';
import { linkMachine } from './linkMachine.js';
import { reconnectPolicy, type ReconnectOptions } from './reconnectPolicy.js';

export type { FrameLink, FrameLinkHandlers } from './frameLink.js';

export interface LinkConnectorOptions {
  /** Reconnect after an unexpected drop (default off). `true` uses the default backoff. */
  readonly reconnect?: boolean | ReconnectOptions;
  /** How long opening a link may take (default 10 s). */
  readonly connectTimeoutMs?: number;
  /** The clock the connect timeout and the reconnect backoff run on (default: real time). */
  readonly clock?: Clock;
}

export abstract class LinkConnector extends EventEmitter<ConnectorEvents> implements ButtplugClientConnector {
  private readonly options: LinkConnectorOptions;
  /** The connection's statechart, made at the first `connect()` (a subclass's `target` is ready by then). */
  private connection: Actor<typeof linkMachine> | undefined;
  /** The open link, while the chart is `open`. */
  private link: FrameLink | undefined;
  private pendingConnect: { resolve(): void; reject(error: unknown): void } | undefined;

  constructor(options: LinkConnectorOptions = {}) {
    super();
    this.options = options;
  }

  /** Opens one link: resolves once it is open, rejects if it cannot be opened. */
  protected abstract openLink(handlers: FrameLinkHandlers): Promise<FrameLink>;

  /** Where this connector goes, for error messages. */
  protected abstract get target(): string;

  get connected(): boolean {
    return this.link !== undefined;
  }

  async connect(): Promise<void> {
    this.connection ??= this.startConnection();
    if (!this.connection.getSnapshot().can({ type: 'connect' })) throw new ConnectorError('already connected');
    const connected = new Promise<void>((resolve, reject) => (this.pendingConnect = { resolve, reject }));
    this.connection.send({ type: 'connect' });
    return connected;
  }

  async disconnect(): Promise<void> {
    this.connection?.send({ type: 'disconnect' });
  }

  send(messages: readonly TaggedMessage[]): void {
    if (!this.link) throw new ConnectorError('not connected');
    this.link.send(encodeFrame(messages));
  }

  private startConnection(): Actor<typeof linkMachine> {
    const machine = linkMachine.provide({
      actors: { openLink: fromPromise<OpenedLink>(({ signal }) => this.open(signal)) },
      actions: {
        attachLink: (_, link) => (this.link = link),
        releaseLink: () => (this.link = undefined),
        closeLink: () => {
          this.link?.close();
          this.link = undefined;
        },
        connectSucceeded: () => this.settleConnect(),
        connectFailed: (_, { error }) => this.settleConnect(error),
        emitFrame: (_, text) => this.emit('frame', text),
        emitReconnecting: (_, { attempt, delayMs, reason }) => this.emit('reconnecting', attempt, delayMs, reason),
        emitReconnected: () => this.emit('reconnected'),
        emitDisconnect: (_, reason) => this.emit('disconnect', reason),
      },
    });
    const policy = reconnectPolicy(this.options.reconnect);
    const input = { target: this.target, connectTimeoutMs: this.options.connectTimeoutMs ?? 10_000 };
    return createActor(machine, {
      input: policy ? { ...input, policy } : input,
      ...(this.options.clock ? { clock: this.options.clock } : {}),
    }).start();
  }

  /** Opens a link for the chart; one that opens after the chart stopped waiting for it is closed at once. */
  private async open(signal: AbortSignal): Promise<OpenedLink> {
    const inbox = linkInbox();
    const opening = this.openLink(inbox.handlers);
    signal.addEventListener(
      'abort',
      () =>
        void opening.then(
          (late) => late.close(),
          () => {},
        ),
      { once: true },
    );
    return { link: await opening, inbox };
  }

  private settleConnect(error?: unknown): void {
    const pending = this.pendingConnect;
    this.pendingConnect = undefined;
    if (error === undefined) pending?.resolve();
    else
      pending?.reject(
        error instanceof ConnectorError
          ? error
          : new ConnectorError(`cannot connect to ${this.target}: ${messageOf(error)}`),
      );
  }
}
