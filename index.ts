/** buttplug-actors: a Buttplug (spec v4) server engine and client library built as XState actors. */

// Engine (embedding API)
export { ButtplugServer, frameTransport, type ButtplugServerOptions, type ServerSession } from './actors/buttplugServer.js';
export { silentLogger, type Logger } from './actors/logger.js';
export { DeviceConfigFileError, loadDeviceConfiguration, type LoadDeviceConfigurationOptions } from './actors/configFiles.js';
export type { SessionTransport } from './machines/sessionMachine.js';

// Client library
export { ButtplugClient, type ButtplugClientEvents, type ButtplugClientOptions } from './actors/client/buttplugClient.js';
export { ButtplugClientDevice, ButtplugClientFeature, levelToSteps, type Level, type SensorSubscription } from './actors/client/clientDevice.js';
export * from './actors/client/clientErrors.js';

// Connectors
export type { ButtplugClientConnector, ConnectorEvents } from './transports/clientConnector.js';
export { ConnectorError } from './transports/clientConnector.js';
export { EmbeddedConnector } from './transports/embeddedConnector.js';

// Hardware
export type { DeviceCommunicationManager, DcmEvents } from './hardware/deviceCommunicationManager.js';
export type { DiscoveredDevice, Hardware, HardwareEvent } from './hardware/hardware.js';
export { SimulatedDcm, type SimulatedDcmOptions, type SimulatedDeviceSpec } from './hardware/simulated/simulatedDcm.js';
export { SimulatedHardware, type DeviceSimulator, type HardwareCommandRecord } from './hardware/simulated/simulatedHardware.js';

// Wire protocol and device protocols
export { ErrorCode } from './protocols/buttplug/errorCodes.js';
export * from './protocols/buttplug/featureTypes.js';
export type { ClientMessageV4, DeviceInfo, MessageV4, OutputCommand, ServerMessageV4 } from './protocols/buttplug/messages.js';
export { decodeFrame, encodeFrame, toWire } from './protocols/buttplug/frame.js';
export { createDeviceConfig, specifiersOf, type DeviceConfig, type UserConfig } from './protocols/config/deviceConfig.js';
export { parseDeviceConfigFile } from './protocols/config/deviceConfigFile.js';
export { parseUserConfigFile } from './protocols/config/userConfigFile.js';
export { formatIssue, type ConfigIssue, type ConfigParseResult } from './protocols/config/configIssues.js';
export type { AnyDeviceProtocol, DeviceProtocol } from './protocols/devices/deviceProtocol.js';
export { builtinProtocols } from './protocols/devices/index.js';

// Serial, WebSocket and Lovense Connect device managers (serialport loads only when the serial manager starts)
export { SerialDcm, type SerialDcmOptions } from './hardware/serial/serialDcm.js';
export { WebsocketDeviceDcm, DEFAULT_DEVICE_WEBSOCKET_PORT, type WebsocketDeviceDcmOptions } from './hardware/websocketDevices/websocketDeviceDcm.js';
export { LovenseConnectDcm, LOVENSE_LOOKUP_URL, type LovenseConnectDcmOptions } from './hardware/lovenseConnect/lovenseConnectDcm.js';

// Machine definitions, for visualizers and tests
export { serverMachine } from './machines/serverMachine.js';
export { sessionMachine } from './machines/sessionMachine.js';
export { pingTimerMachine } from './machines/pingTimerMachine.js';
export { deviceManagerMachine } from './machines/deviceManagerMachine.js';
export { dcmMachine } from './machines/dcmMachine.js';
export { deviceMachine } from './machines/device/deviceMachine.js';
