/**
 * buttplug-actors for browsers: the client library and the WebSocket connector, nothing that needs
 * Node (import `buttplug-actors/browser`).
 */
export {
  ButtplugClient,
  type ButtplugClientEvents,
  type ButtplugClientOptions,
} from './actors/client/buttplugClient.js';
export {
  ButtplugClientDevice,
  ButtplugClientFeature,
  levelToSteps,
  type Level,
  type SensorSubscription,
} from './actors/client/clientDevice.js';
export * from './actors/client/clientErrors.js';
export type { ButtplugClientConnector, ConnectorEvents } from './transports/clientConnector.js';
export { ConnectorError } from './transports/clientConnector.js';
export {
  BrowserWebSocketConnector,
  type BrowserWebSocketConnectorOptions,
} from './transports/browserWebSocketConnector.js';
export type { LinkConnectorOptions } from './transports/linkConnector.js';
export type { ReconnectOptions } from './transports/reconnectPolicy.js';
export { ErrorCode } from './protocols/buttplug/errorCodes.js';
export * from './protocols/buttplug/featureTypes.js';
