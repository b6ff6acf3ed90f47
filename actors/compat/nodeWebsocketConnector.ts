/** `ButtplugNodeWebsocketClientConnector`: the browser connector's API over our Node WebSocket connector (`ws`). */
import type { ButtplugClientConnector } from '../../transports/clientConnector.js';
import { WebSocketConnector } from '../../transports/websocketConnector.js';
import { ButtplugBrowserWebsocketClientConnector } from './browserWebsocketConnector.js';

export class ButtplugNodeWebsocketClientConnector extends ButtplugBrowserWebsocketClientConnector {
  protected override createLink(url: string): ButtplugClientConnector {
    return new WebSocketConnector(url);
  }
}
