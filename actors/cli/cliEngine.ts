/**
 * What the command line runs: an engine (or one per connection with `--concurrent-sessions`) behind
 * the WebSocket server, and the IPC server when asked.
 */
import { ButtplugServer, type ButtplugServerOptions } from '../engine/buttplugServer.js';
import type { EngineFailure } from '../engine/engineFailure.js';
import type { Logger } from '../../protocols/core/logger.js';
import type { DeviceCommunicationManager } from '../../hardware/deviceCommunicationManager.js';
import { createDeviceConfig } from '../../protocols/config/deviceConfig.js';
import { builtinProtocolConfigs } from '../../protocols/devices/index.js';
import { IpcPathError, IpcServerTransport } from '../../transports/ipcServer.js';
import type { SessionSource } from '../../transports/sessionHost.js';
import { WebSocketServerTransport } from '../../transports/websocketServer.js';
import { CliError } from './cliError.js';
import type { CliOptions } from './cliOptions.js';
import { loadConfigFiles } from './configFiles.js';
import { createDeviceManagers } from './deviceManagers.js';
import { simulatedDcm, unknownSimulatedNames } from './simulatedDevices.js';

export interface CliEngine {
  /** Where clients connect. */
  readonly urls: readonly string[];
  /** Resolves if an engine fails beyond containment (its devices were stopped): the command must exit. */
  readonly failed: Promise<EngineFailure>;
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
  const files =
    options.deviceConfigFile !== undefined || options.userDeviceConfigFile !== undefined
      ? await loadConfigFiles(
          {
            ...(options.deviceConfigFile !== undefined ? { deviceConfigFile: options.deviceConfigFile } : {}),
            ...(options.userDeviceConfigFile !== undefined
              ? { userDeviceConfigFile: options.userDeviceConfigFile }
              : {}),
          },
          logger,
        )
      : {};
  const config = files.deviceConfig ?? createDeviceConfig(builtinProtocolConfigs());
  const settings = {
    deviceConfig: config,
    deviceWebsocketServerPort: options.deviceWebsocketServerPort,
    listenOnAllInterfaces: options.websocketHost !== '127.0.0.1',
    ...(options.lovenseConnectAddress !== undefined ? { lovenseConnectAddress: options.lovenseConnectAddress } : {}),
    logger,
  };
  const deviceManagers = (): DeviceCommunicationManager[] => [
    ...createDeviceManagers(options.deviceManagers, settings),
    ...(options.simulate.length > 0 ? [simulatedDcm(options.simulate, logger)] : []),
  ];

  const unknown = unknownSimulatedNames(options.simulate, config);
  if (unknown.length > 0)
    logger.warn({ names: unknown }, `no known device advertises ${unknown.join(', ')}: scans will not connect to it`);
  if (options.deviceManagers.length === 0 && options.simulate.length === 0) {
    logger.warn('no device managers: clients will find no devices (try --simulate LVS-Edge)');
  }

  const serverOptions = (): ButtplugServerOptions => ({
    serverName: options.serverName,
    maxPingTime: options.maxPingTime,
    logger,
    deviceCommunicationManagers: deviceManagers(),
    deviceConfig: config,
  });
  let reportFailure: (failure: EngineFailure) => void = () => {};
  const failed = new Promise<EngineFailure>((resolve) => (reportFailure = resolve));
  const engine = () => {
    const server = new ButtplugServer(serverOptions());
    server.onFailure(reportFailure);
    return server;
  };
  const shared = options.concurrentSessions ? undefined : engine();
  const source: SessionSource = shared ? { server: shared } : { createServer: engine };

  const transports: { close(): Promise<void> }[] = [];
  const stop = async () => {
    await Promise.all([shared?.shutdown(), ...transports.map((transport) => transport.close())]);
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
        // Not a place for a socket (a regular file, a path too long): a bad value, exit 2.
        if (error instanceof IpcPathError) throw new CliError(`--ipc-path: ${error.message}`);
        throw listenError('--ipc-path', path, error);
      });
      transports.push(ipc);
      urls.push(`ipc:${ipc.path}`);
    }
    logger.info(
      { urls, simulated: options.simulate, sessions: options.concurrentSessions ? 'concurrent' : 'one at a time' },
      `"${options.serverName}" is ready: connect to ${urls.join(' or ')}` +
        (options.simulate.length > 0 ? ` (simulated devices, found on scan: ${options.simulate.join(', ')})` : ''),
    );
    return { urls, failed, stop };
  } catch (error) {
    await stop();
    throw error;
  }
};
