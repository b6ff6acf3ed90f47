/**
 * Connectors as the official client knows them (`IButtplugClientConnector`: message objects in and
 * out), and the bridge that lets our client run over any of them. Compat's own connectors carry one
 * of our connectors underneath, and frames then go straight through it; an app's own connector is
 * driven through its `send` and `message` events.
 */
import { EventEmitter } from 'eventemitter3';
import type { TaggedMessage } from '../../protocols/buttplug/frame.js';
import type { ButtplugClientConnector, ConnectorEvents } from '../../transports/clientConnector.js';
import type { ButtplugMessage } from './messages.js';
import { toMessageObject } from './wireTypes.js';

export interface IButtplugClientConnector extends EventEmitter {
  connect: () => Promise<void>;
  disconnect: () => Promise<void>;
  initialize: () => Promise<void>;
  send: (msg: ButtplugMessage) => void;
  readonly Connected: boolean;
}

/** Where a compat connector keeps the connector of ours it drives. */
export const carriedLink: unique symbol = Symbol('carriedLink');

interface CarriesLink {
  readonly [carriedLink]: ButtplugClientConnector;
}

const linkCarriedBy = (connector: IButtplugClientConnector): ButtplugClientConnector | undefined =>
  (connector as Partial<CarriesLink>)[carriedLink];

/** An official-style connector as a connector of our client. */
export class ConnectorBridge extends EventEmitter<ConnectorEvents> implements ButtplugClientConnector {
  private readonly carried: ButtplugClientConnector | undefined;

  constructor(private readonly connector: IButtplugClientConnector) {
    super();
    this.carried = linkCarriedBy(connector);
  }

  get connected(): boolean {
    return this.connector.Connected;
  }

  async connect(): Promise<void> {
    await this.connector.connect();
    if (this.carried) this.carried.on('frame', this.onFrame);
    else this.connector.on('message', this.onMessages);
    this.connector.on('disconnect', this.onDisconnect);
  }

  async disconnect(): Promise<void> {
    this.detach();
    await this.connector.disconnect();
  }

  send(messages: readonly TaggedMessage[]): void {
    if (this.carried) this.carried.send(messages);
    // The official connectors send one message per frame.
    else for (const message of messages) this.connector.send(toMessageObject(message));
  }

  private detach(): void {
    this.carried?.off('frame', this.onFrame);
    this.connector.off('message', this.onMessages);
    this.connector.off('disconnect', this.onDisconnect);
  }

  private readonly onFrame = (frame: string | readonly unknown[]): void => {
    this.emit('frame', frame);
  };

  /** An app's connector hands over parsed message arrays; our client validates them as any frame. */
  private readonly onMessages = (messages: unknown): void => {
    this.emit('frame', Array.isArray(messages) || typeof messages === 'string' ? messages : [messages]);
  };

  private readonly onDisconnect = (): void => {
    this.detach();
    this.emit('disconnect', 'the connector disconnected');
  };
}
