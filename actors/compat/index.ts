/** The compat API for Node: the shared API and the `ws`-based Node connector. */
export * from './api.js';
export { ButtplugNodeWebsocketClientConnector } from './nodeWebsocketConnector.js';
