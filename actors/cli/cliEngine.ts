/**
 * What the command line runs: an engine (or one per connection with `--concurrent-sessions`) behind
 * the WebSocket server, and the IPC server when asked.
 */
import { existsSync } from 'node:fs';
import { ButtplugServer, type ButtplugServerOptions } from '../engine/buttplugServer.js';
import { DeviceIndexFile } from '../engine/deviceIndexFile.js';
import type { Logger } from '../../protocols/core/logger.js';
import type { DeviceCommunicationManager } from '../../hardware/deviceCommunicationManager.js';
import { createDeviceConfig } from '../../protocols/config/deviceConfig.js';
import { builtinProtocolConfigs } from '../../protocols/devices/index.js';
import { IpcServerTransport } from '../../transports/ipcServer.js';
import type { SessionSource } from '../../transports/sessionHost.js';
import { WebSocketServerTransport } from '../../transports/websocketServer.js';
import { CliError } from './cliError.js';
import type { CliOptions } from './cliOptions.js';
import { loadConfigFiles } from './configFiles.js';
import { createDeviceManagers } from './deviceManagers.js';
import { advertisedSimulatedNames, simulatedDcm, unknownSimulatedNames } from './simulatedDevices.js';

export interface CliEngine {
  /** Where clients connect. */
  readonly urls: readonly string[];
  /** Every session closes, every device stops, the servers stop listening. */
  stop(): Promise<void>;
}

const listenError = (flag: string, where: string, error: unknown): CliError => {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === 'EADDRINUSE' ? 'already in use' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
  return new CliError(`${flag}: cannot listen on ${where}: ${why}`, 1);
};

export const startCliEngine = async (options: CliOptions, logger: Logger): Promise<CliEngine> => {
  // The user's file, or else the index file once it exists: devices seen before keep their indexes.
  const indexFile = options.userDeviceConfigFile ?? options.deviceIndexFile;
  const userFile =
    options.userDeviceConfigFile ?? (indexFile !== undefined && existsSync(indexFile) ? indexFile : undefined);
  const files =
    options.deviceConfigFile !== undefined || userFile !== undefined
      ? await loadConfigFiles(
          {
            ...(options.deviceConfigFile !== undefined ? { deviceConfigFile: options.deviceConfigFile } : {}),
            ...(userFile !== undefined ? { userDeviceConfigFile: userFile } : {}),
            ...(options.userDeviceConfigFile === undefined ? { userDeviceConfigFlag: '--device-index-file' } : {}),
          },
          logger,
        )
      : {};
  const deviceIndexStore = indexFile !== undefined ? new DeviceIndexFile(indexFile, logger) : undefined;
  const config = files.deviceConfig ?? createDeviceConfig(builtinProtocolConfigs());
  const settings = {
    deviceConfig: config,
    deviceWebsocketServerPort: options.deviceWebsocketServerPort,
    listenOnAllInterfaces: options.websocketHost !== '127.0.0.1',
    ...(options.lovenseConnectAddress !== undefined ? { lovenseConnectAddress: options.lovenseConnectAddress } : {}),
    logger,
  };
  const simulated = advertisedSimulatedNames(options.simulate, config);
  const deviceManagers = (): DeviceCommunicationManager[] => [
    ...createDeviceManagers(options.deviceManagers, settings),
    ...(simulated.length > 0 ? [simulatedDcm(simulated, logger)] : []),
  ];

  const unknown = unknownSimulatedNames(simulated, config);
  if (unknown.length > 0)
    logger.warn(
      { names: unknown },
      `no known device is named or advertises ${unknown.join(', ')}: scans will not connect to it (see --list-simulated)`,
    );
  if (options.deviceManagers.length === 0 && options.simulate.length === 0) {
    logger.warn('no device managers: clients will find no devices (try --simulate LVS-Edge)');
  }

  const serverOptions = (): ButtplugServerOptions => ({
    serverName: options.serverName,
    maxPingTime: options.maxPingTime,
    logger,
    deviceCommunicationManagers: deviceManagers(),
    deviceConfig: config,
    ...(deviceIndexStore ? { deviceIndexStore } : {}),
  });
  const shared = options.concurrentSessions ? undefined : new ButtplugServer(serverOptions());
  const source: SessionSource = shared
    ? { server: shared }
    : { createServer: () => new ButtplugServer(serverOptions()) };

  const transports: { close(): Promise<void> }[] = [];
  const stop = async () => {
    await Promise.all([shared?.shutdown(), ...transports.map((transport) => transport.close())]);
    await deviceIndexStore?.flush();
  };
  try {
    const websocket = await WebSocketServerTransport.listen({
      ...source,
      port: options.websocketPort,
      host: options.websocketHost,
      maxFrameBytes: options.maxFrameBytes,
      pingIntervalMs: options.websocketPingIntervalMs,
      logger,
    }).catch((error: unknown) => {
      throw listenError('--websocket-port', `${options.websocketHost}:${options.websocketPort}`, error);
    });
    transports.push(websocket);
    const urls = [websocket.url];
    if (options.ipcPath !== undefined) {
      const path = options.ipcPath;
      const ipc = await IpcServerTransport.listen({
        ...source,
        path,
        maxFrameBytes: options.maxFrameBytes,
        logger,
      }).catch((error: unknown) => {
        throw listenError('--ipc-path', path, error);
      });
      transports.push(ipc);
      urls.push(`ipc:${ipc.path}`);
    }
    logger.info(
      { urls, simulated, sessions: options.concurrentSessions ? 'concurrent' : 'one at a time' },
      `"${options.serverName}" is ready: connect to ${urls.join(' or ')}` +
        (simulated.length > 0 ? ` (simulated devices, found on scan: ${simulated.join(', ')})` : ''),
    );
    return { urls, stop };
  } catch (error) {
    await stop();
    throw error;
  }
};
