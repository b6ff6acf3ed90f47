/**
 * What the command line runs: an engine (or one per connection with `--concurrent-sessions`) behind
 * the WebSocket server, and the IPC server when asked.
 */
import { existsSync } from 'node:fs';
import { ButtplugServer, type ButtplugServerOptions } from '../engine/buttplugServer.js';
import type { EngineFailure } from '../engine/engineFailure.js';
import { DeviceIndexFile } from '../engine/deviceIndexFile.js';
import type { Logger } from '../../protocols/core/logger.js';
import type { DeviceCommunicationManager } from '../../hardware/deviceCommunicationManager.js';
import { createDeviceConfig } from '../../protocols/config/deviceConfig.js';
import { builtinProtocolConfigs } from '../../protocols/devices/index.js';
import { IpcPathError, IpcServerTransport } from '../../transports/ipcServer.js';
import type { SessionSource } from '../../transports/sessionHost.js';
import { WebSocketServerTransport } from '../../transports/websocketServer.js';
import type { ConfigReloader } from '../services/configReloader.js';
import type { FrontendChannel } from '../services/frontendChannel.js';
import { FileInspectionRecorder } from '../../transports/inspector/flightRecorder.js';
import { InspectorServer } from '../../transports/inspector/inspectorServer.js';
import { CliError } from './cliError.js';
import type { CliOptions } from './cliOptions.js';
import { loadConfigFiles } from './configFiles.js';
import { createDeviceManagers } from './deviceManagers.js';
import { packageVersion } from '../../protocols/core/packageVersion.js';
import { advertisedSimulatedNames, simulatedDcm, unknownSimulatedNames } from './simulatedDevices.js';

export interface CliEngine {
  /** Where clients connect. */
  readonly urls: readonly string[];
  /** Resolves if an engine fails beyond containment (its devices were stopped): the command must exit. */
  readonly failed: Promise<EngineFailure>;
  /** The state-visualizer page, token included (with --inspect-port). */
  readonly inspectorUrl?: string;
  /** Every session closes, every device stops, the servers stop listening. */
  stop(): Promise<void>;
  /** Resolves when something other than a signal asks the engine to stop (the frontend's Stop), with why. */
  readonly stopRequested: Promise<string>;
  /** With `--user-device-config-file`: reload it now (SIGHUP without a terminal). */
  readonly reloadConfig?: () => Promise<boolean>;
}

const listenError = (flag: string, where: string, error: unknown): CliError => {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === 'EADDRINUSE' ? 'already in use' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
  return new CliError(`${flag}: cannot listen on ${where}: ${why}`, 1);
};

/** The page (--inspect-port, recording too with --inspect-record) or the recorder alone. */
const startInspector = async (
  options: CliOptions,
  logger: Logger,
): Promise<InspectorServer | FileInspectionRecorder | undefined> => {
  const record = options.inspectRecord;
  if (options.inspectPort !== undefined) {
    const port = options.inspectPort;
    return InspectorServer.listen({ port, logger, ...(record !== undefined ? { record } : {}) }).catch(
      (error: unknown) => {
        if ((error as NodeJS.ErrnoException).syscall === 'open')
          throw new CliError(`--inspect-record: cannot write ${record}: ${(error as Error).message}`);
        throw listenError('--inspect-port', `127.0.0.1:${port}`, error);
      },
    );
  }
  if (record === undefined) return undefined;
  try {
    return new FileInspectionRecorder(record);
  } catch (error) {
    throw new CliError(`--inspect-record: cannot write ${record}: ${(error as Error).message}`);
  }
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
    ...(simulated.length > 0 ? [simulatedDcm(simulated, logger, options.simulate)] : []),
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

  const inspector = await startInspector(options, logger);
  for (const warning of options.warnings ?? []) logger.warn(warning);
  let reportFailure: (failure: EngineFailure) => void = () => {};
  const failed = new Promise<EngineFailure>((resolve) => (reportFailure = resolve));

  let requestStop: (reason: string) => void = () => {};
  const stopRequested = new Promise<string>((resolve) => (requestStop = resolve));
  // Every engine running now (one, or one per connection), for the frontend and config reloads.
  const engines = new Set<ButtplugServer>();
  let frontend: FrontendChannel | undefined;
  let currentConfig = config;
  const newServer = (): ButtplugServer => {
    const server = new ButtplugServer({
      serverName: options.serverName,
      maxPingTime: options.maxPingTime,
      logger,
      deviceCommunicationManagers: deviceManagers(),
      deviceConfig: currentConfig,
      ...(inspector ? { inspector } : {}),
      ...(deviceIndexStore ? { deviceIndexStore } : {}),
    } satisfies ButtplugServerOptions);
    server.onFailure(reportFailure);
    engines.add(server);
    const detach = frontend?.attach(server);
    server.once('stopped', () => {
      engines.delete(server);
      detach?.();
    });
    return server;
  };

  // Closed in this order: stop advertising, reloading and taking REST requests, then the engines (every device stops), then the frontend hears EngineStopped.
  const services: { close(): Promise<void> | void }[] = [];
  const transports: { close(): Promise<void> }[] = inspector ? [inspector] : [];
  let shared: ButtplugServer | undefined;
  const stop = async () => {
    await Promise.all(services.splice(0).map((service) => service.close()));
    await Promise.all([shared?.shutdown(), ...transports.map((transport) => transport.close())]);
    await deviceIndexStore?.flush();
    await frontend?.close();
  };
  try {
    if (options.frontendWebsocketPort !== undefined) {
      const port = options.frontendWebsocketPort;
      const { FrontendChannel } = await import('../services/frontendChannel.js');
      frontend = await FrontendChannel.listen({
        port,
        version: packageVersion(),
        onStop: (reason) => requestStop(reason),
        logger,
      }).catch((error: unknown) => {
        throw listenError('--frontend-websocket-port', `127.0.0.1:${port}`, error);
      });
    }
    shared = options.concurrentSessions ? undefined : newServer();
    const source: SessionSource = shared ? { server: shared } : { createServer: newServer };
    const urls: string[] = [];
    if (!options.noWebsocketServer) {
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
      urls.push(websocket.url);
      if (options.broadcastMdns) {
        // Loaded only when asked for: every service stays out of a plain run's start-up time.
        const { isNetworkReachable, MdnsAdvertiser } = await import('../services/mdnsAdvertiser.js');
        if (isNetworkReachable(options.websocketHost)) {
          const mdns = MdnsAdvertiser.start({
            port: websocket.port,
            logger,
            ...(options.mdnsSuffix !== undefined ? { suffix: options.mdnsSuffix } : {}),
          });
          services.push({ close: () => mdns.stop() });
        } else {
          logger.warn(
            '--broadcast-server-mdns: the server listens on 127.0.0.1 only, so other machines could not connect; not advertising (add --websocket-use-all-interfaces)',
          );
        }
      }
    } else if (options.broadcastMdns) {
      logger.warn(
        '--broadcast-server-mdns: no WebSocket server listens (only --websocket-client-address); not advertising',
      );
    }
    if (options.websocketClientAddress !== undefined) {
      const { WebSocketClientTransport } = await import('../../transports/websocketClientTransport.js');
      const client = new WebSocketClientTransport({
        ...source,
        address: options.websocketClientAddress,
        maxFrameBytes: options.maxFrameBytes,
        pingIntervalMs: options.websocketPingIntervalMs,
        logger,
      });
      transports.push(client);
      urls.push(`dialling ${options.websocketClientAddress}`);
    }
    if (options.restApiPort !== undefined && shared) {
      const port = options.restApiPort;
      const { RestApi } = await import('../services/rest/restApi.js');
      const rest = await RestApi.listen({
        server: shared,
        port,
        host: options.websocketHost,
        idleLimitMs: options.maxPingTime,
        logger,
      }).catch((error: unknown) => {
        throw listenError('--rest-api-port', `${options.websocketHost}:${port}`, error);
      });
      services.push(rest);
      urls.push(`${rest.url}/api/v1`, `${rest.url}/api/v2`);
    }
    let reloader: ConfigReloader | undefined;
    if (options.userDeviceConfigFile !== undefined) {
      const { ConfigReloader } = await import('../services/configReloader.js');
      reloader = await ConfigReloader.watch({
        userConfigFile: options.userDeviceConfigFile,
        ...(options.deviceConfigFile !== undefined ? { deviceConfigFile: options.deviceConfigFile } : {}),
        apply: (reloaded) => {
          currentConfig = reloaded;
          for (const engine of engines) engine.reloadDeviceConfig(reloaded);
        },
        onError: (message) => frontend?.error(`the user config file did not load: ${message}`),
        logger,
      });
      const watcher = reloader;
      // The engine's own index write-backs are not a change to reload.
      const unlisten = deviceIndexStore?.onWrite((text) => watcher.ignoreContent(text));
      services.push({
        close: () => {
          unlisten?.();
          return watcher.close();
        },
      });
    }
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
    const inspectorUrl = inspector instanceof InspectorServer ? inspector.url : undefined;
    logger.info(
      {
        urls,
        simulated,
        sessions: options.concurrentSessions ? 'concurrent' : 'one at a time',
        ...(inspectorUrl ? { inspector: inspectorUrl } : {}),
        ...(options.inspectRecord !== undefined ? { recording: options.inspectRecord } : {}),
      },
      `"${options.serverName}" is ready: connect to ${urls.join(' or ')}` +
        (simulated.length > 0 ? ` (simulated devices, found on scan: ${simulated.join(', ')})` : '') +
        (inspectorUrl ? `; inspect it at ${inspectorUrl}` : '') +
        (options.inspectRecord !== undefined ? `; recording to ${options.inspectRecord}` : ''),
    );
    const reload = reloader;
    return {
      urls,
      failed,
      stop,
      stopRequested,
      ...(reload ? { reloadConfig: () => reload.reload('SIGHUP') } : {}),
      ...(inspectorUrl ? { inspectorUrl } : {}),
    };
  } catch (error) {
    await stop();
    throw error;
  }
};
