/**
 * `ButtplugBrowserWebsocketClientConnector`: the official connector's API over our browser WebSocket
 * connector (the global `WebSocket`). Nothing here or in what it imports needs Node.
 */
import { EventEmitter } from 'eventemitter3';
import type { ButtplugClientConnector } from '../../transports/clientConnector.js';
import { BrowserWebSocketConnector } from '../../transports/browserWebSocketConnector.js';
import { ButtplugClientConnectorException, ButtplugMessageError } from './exceptions.js';
import type { ButtplugMessage } from './messages.js';
import { carriedLink, type IButtplugClientConnector } from './connector.js';
import { toTaggedMessage } from './wireTypes.js';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export class ButtplugBrowserWebsocketClientConnector extends EventEmitter implements IButtplugClientConnector {
  readonly [carriedLink]: ButtplugClientConnector;

  constructor(url: string) {
    super();
    const link = this.createLink(url);
    this[carriedLink] = link;
    link.on('disconnect', () => this.emit('disconnect'));
    link.on('frame', (frame) => {
      // Only for apps that listen to the connector themselves; the client reads frames directly.
      if (this.listenerCount('message') === 0) return;
      try {
        this.emit('message', typeof frame === 'string' ? JSON.parse(frame) : frame);
      } catch {
        // Not JSON: the client reports it; nothing to hand to listeners.
      }
    });
  }

  /** The connector of ours underneath (the Node connector overrides this). */
  protected createLink(url: string): ButtplugClientConnector {
    return new BrowserWebSocketConnector(url);
  }

  get Connected(): boolean {
    return this[carriedLink].connected;
  }

  connect = async (): Promise<void> => {
    try {
      await this[carriedLink].connect();
    } catch (error) {
      throw new ButtplugClientConnectorException(messageOf(error));
    }
  };

  disconnect = async (): Promise<void> => {
    if (!this.Connected) return;
    await this[carriedLink].disconnect();
    this.emit('disconnect');
  };

  initialize = async (): Promise<void> => {};

  send = (msg: ButtplugMessage): void => {
    if (!this.Connected) throw new ButtplugClientConnectorException('ButtplugClient not connected');
    const message = toTaggedMessage(msg);
    if (!message) throw new ButtplugMessageError(`Message ${JSON.stringify(msg)} is not one message object.`);
    this[carriedLink].send([message]);
  };
}
