/**
 * A client connector for Node: WebSocket through `ws`.
 *
 *   await client.connect(new WebSocketConnector('ws://127.0.0.1:12345', { reconnect: true }));
 */
import { WebSocket } from 'ws';
import { LinkConnector, type FrameLink, type FrameLinkHandlers, type LinkConnectorOptions } from './linkConnector.js';
import { openWebSocketLink } from './webSocketLink.js';

export class WebSocketConnector extends LinkConnector {
  constructor(
    readonly url = 'ws://127.0.0.1:12345',
    options: LinkConnectorOptions = {},
  ) {
    super(options);
  }

  protected get target(): string {
    return this.url;
  }

  protected openLink(handlers: FrameLinkHandlers): Promise<FrameLink> {
    return openWebSocketLink(WebSocket, this.url, handlers);
  }
}
