/** buttplug-actors: a Buttplug (spec v4) server engine and client library built as XState actors. */

// Engine (embedding API)
export {
  ButtplugServer,
  frameTransport,
  type ButtplugServerEvents,
  type ButtplugServerOptions,
  type EngineDevice,
  type OutputObservation,
  type EngineInspector,
  type ServerSession,
} from './actors/engine/buttplugServer.js';
export { EngineFailure } from './actors/engine/engineFailure.js';
export { defaultFrameLimits, type FrameLimits } from './protocols/buttplug/frameLimits.js';
export { liveHardware, type EmergencyStopReport, type LiveHardwareRegistry } from './hardware/liveHardware.js';
export { silentLogger, type Logger } from './protocols/core/logger.js';
export {
  DeviceConfigFileError,
  loadDeviceConfiguration,
  type LoadDeviceConfigurationOptions,
} from './actors/engine/configFiles.js';
export { DeviceIndexFile, type DeviceIndexStore, type RememberedDevice } from './actors/engine/deviceIndexFile.js';
export type { SessionTransport } from './machines/sessionMachine.js';

// Client library
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

// Connectors
export type { ButtplugClientConnector, ConnectorEvents } from './transports/clientConnector.js';
export { ConnectorError } from './transports/clientConnector.js';
export { EmbeddedConnector } from './transports/embeddedConnector.js';
export { WebSocketConnector } from './transports/websocketConnector.js';
export {
  BrowserWebSocketConnector,
  type BrowserWebSocketConnectorOptions,
} from './transports/browserWebSocketConnector.js';
export { IpcConnector, type IpcConnectorOptions } from './transports/ipcConnector.js';
export {
  LinkConnector,
  type FrameLink,
  type FrameLinkHandlers,
  type LinkConnectorOptions,
} from './transports/linkConnector.js';
export type { ReconnectOptions } from './transports/reconnectPolicy.js';

// Server transports
export {
  WebSocketServerTransport,
  DEFAULT_WEBSOCKET_PORT,
  type WebSocketServerOptions,
} from './transports/websocketServer.js';
export { IpcServerTransport, type IpcServerOptions } from './transports/ipcServer.js';
export {
  WebSocketClientTransport,
  type WebSocketClientTransportOptions,
} from './transports/websocketClientTransport.js';
export { defaultIpcPath } from './transports/ipcPath.js';
export {
  DEFAULT_MAX_FRAME_BYTES,
  SessionHost,
  type Connection,
  type HostedConnection,
  type SessionSource,
} from './transports/sessionHost.js';

// Hardware
export type { DeviceCommunicationManager, DcmEvents } from './hardware/deviceCommunicationManager.js';
export type { DiscoveredDevice, Hardware, HardwareEvent } from './hardware/hardware.js';
export { SimulatedDcm, type SimulatedDcmOptions, type SimulatedDeviceSpec } from './hardware/simulated/simulatedDcm.js';
export {
  SimulatedHardware,
  type DeviceSimulator,
  type HardwareCommandRecord,
} from './hardware/simulated/simulatedHardware.js';
// Each loads its library only when it starts, and says in one sentence when it cannot work here.
export { BluetoothLeDcm, type BluetoothLeDcmOptions } from './hardware/bluetoothLe/bluetoothLeDcm.js';
export type { NobleBindings } from './hardware/bluetoothLe/noble.js';
export { HidDcm, type HidDcmOptions } from './hardware/hid/hidDcm.js';
export type { HidConnection, HidDeviceInfo, HidLibrary } from './hardware/hid/hidLibrary.js';
export { LovenseDongleDcm, type LovenseDongleDcmOptions } from './hardware/lovenseDongle/lovenseDongleDcm.js';
export { SerialDcm, type SerialDcmOptions } from './hardware/serial/serialDcm.js';
export {
  WebsocketDeviceDcm,
  DEFAULT_DEVICE_WEBSOCKET_PORT,
  type WebsocketDeviceDcmOptions,
} from './hardware/websocketDevices/websocketDeviceDcm.js';
export {
  LovenseConnectDcm,
  LOVENSE_LOOKUP_URL,
  type LovenseConnectDcmOptions,
} from './hardware/lovenseConnect/lovenseConnectDcm.js';
// Hardware played in software, below the real libraries: `buttplug-actors/testing`.

// Wire protocol and device protocols
export { ErrorCode } from './protocols/buttplug/errorCodes.js';
export * from './protocols/buttplug/featureTypes.js';
export type {
  ClientMessageV4,
  DeviceInfo,
  MessageV4,
  OutputCommand,
  ServerMessageV4,
} from './protocols/buttplug/messages.js';
export { decodeFrame, encodeFrame, toWire } from './protocols/buttplug/frame.js';
export {
  createDeviceConfig,
  specifiersOf,
  type DeviceConfig,
  type UserConfig,
} from './protocols/config/deviceConfig.js';
export { parseDeviceConfigFile } from './protocols/config/deviceConfigFile.js';
export { parseUserConfigFile } from './protocols/config/userConfigFile.js';
export { formatIssue, type ConfigIssue, type ConfigParseResult } from './protocols/config/configIssues.js';
export type { AnyDeviceProtocol, DeviceProtocol } from './protocols/devices/shared/deviceProtocol.js';
export { builtinProtocols } from './protocols/devices/index.js';

// Machine definitions, for visualizers and tests
export { serverMachine } from './machines/serverMachine.js';
export { sessionMachine } from './machines/sessionMachine.js';
export { pingTimerMachine } from './machines/pingTimerMachine.js';
export { deviceManagerMachine } from './machines/deviceManagerMachine.js';
export { dcmMachine } from './machines/dcmMachine.js';
export { deviceMachine } from './machines/device/deviceMachine.js';

// Inspector: the state-visualizer page and the flight recorder
export {
  InspectorServer,
  DEFAULT_INSPECTOR_PORT,
  type InspectorServerOptions,
} from './transports/inspector/inspectorServer.js';
export {
  FileInspectionRecorder,
  InspectionRecorder,
  recordOnFailure,
  type FlightRecorderOptions,
} from './transports/inspector/flightRecorder.js';
export {
  parseRecording,
  type InspectionRecord,
  type ParsedRecording,
  type RecordingHeader,
} from './transports/inspector/inspectionRecords.js';
