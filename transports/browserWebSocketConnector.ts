/**
 * A client connector for browsers: the global `WebSocket`. Nothing here or in what it imports touches
 * Node, so bundlers can ship it as is.
 *
 *   await client.connect(new BrowserWebSocketConnector('ws://127.0.0.1:12345', { reconnect: true }));
 */
import { LinkConnector, type FrameLink, type FrameLinkHandlers, type LinkConnectorOptions } from './linkConnector.js';
import { openWebSocketLink, type WebSocketConstructor } from './webSocketLink.js';

export interface BrowserWebSocketConnectorOptions extends LinkConnectorOptions {
  /** Another WebSocket implementation with the browser's API (default: the global `WebSocket`). */
  readonly WebSocket?: WebSocketConstructor;
}

export class BrowserWebSocketConnector extends LinkConnector {
  private readonly WebSocketImpl: WebSocketConstructor | undefined;

  constructor(
    readonly url = 'ws://127.0.0.1:12345',
    options: BrowserWebSocketConnectorOptions = {},
  ) {
    super(options);
    this.WebSocketImpl = options.WebSocket ?? (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
  }

  protected get target(): string {
    return this.url;
  }

  protected openLink(handlers: FrameLinkHandlers): Promise<FrameLink> {
    if (!this.WebSocketImpl) return Promise.reject(new Error('this environment has no global WebSocket'));
    return openWebSocketLink(this.WebSocketImpl, this.url, handlers);
  }
}
