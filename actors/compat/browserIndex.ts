/**
 * The compat API for browsers. As in the official browser build, `ButtplugNodeWebsocketClientConnector`
 * is there too and uses the browser's `WebSocket`, so code written for Node runs unchanged.
 */
import { ButtplugBrowserWebsocketClientConnector } from './browserWebsocketConnector.js';

export * from './api.js';

export class ButtplugNodeWebsocketClientConnector extends ButtplugBrowserWebsocketClientConnector {}
