/** Every device protocol this engine implements, and the built-in device database they declare. */
import type { ProtocolConfig } from '../config/deviceDefinitions.js';
import type { AnyDeviceProtocol } from './deviceProtocol.js';
import { lovenseProtocol } from './lovense/lovenseProtocol.js';
import { lovenseConnectServiceProtocol } from './lovenseConnectService/lovenseConnectServiceProtocol.js';
import { tcodeV03Protocol } from './tcodeV03/tcodeV03Protocol.js';

export const builtinProtocols: readonly AnyDeviceProtocol[] = [lovenseProtocol, lovenseConnectServiceProtocol, tcodeV03Protocol];

export const builtinProtocolConfigs = (): ProtocolConfig[] => builtinProtocols.map((protocol) => protocol.config);

export const protocolsByName = (protocols: readonly AnyDeviceProtocol[] = builtinProtocols): Map<string, AnyDeviceProtocol> =>
  new Map(protocols.map((protocol) => [protocol.name, protocol]));
