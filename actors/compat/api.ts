/** Everything of the official `buttplug` 5.x API that is the same in Node and in browsers. */
export { ButtplugClient, type ButtplugClientServerInfo } from './client.js';
export {
  ButtplugClientDevice,
  type ButtplugClientDeviceFeatureInput,
  type ButtplugClientDeviceFeatureOutput,
  type ButtplugClientDeviceFeatureValueRange,
  type ButtplugClientInputReading,
  type IButtplugClientDeviceFeature,
} from './clientDevice.js';
export { ButtplugBrowserWebsocketClientConnector } from './browserWebsocketConnector.js';
export type { IButtplugClientConnector } from './connector.js';
export {
  DeviceOutput,
  DeviceOutputCommand,
  DeviceOutputPositionWithDurationConstructor,
  DeviceOutputValueConstructor,
} from './deviceOutput.js';
export {
  ButtplugClientConnectorException,
  ButtplugDeviceError,
  ButtplugError,
  ButtplugInitError,
  ButtplugMessageError,
  ButtplugPingError,
  ButtplugUnknownError,
} from './exceptions.js';
export { ButtplugLogger, ButtplugLogLevel, LogMessage } from './logging.js';
export { msgId, setMsgId } from './messageIds.js';
export * from './messages.js';
