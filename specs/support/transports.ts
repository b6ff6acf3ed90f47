/** Test fixture: an engine with simulated devices behind a real WebSocket or IPC server. */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ButtplugServerOptions } from '../../actors/engine/buttplugServer.js';
import { ButtplugClient } from '../../actors/client/buttplugClient.js';
import type { SimulatedDcmOptions } from '../../hardware/simulated/simulatedDcm.js';
import type { ButtplugClientConnector } from '../../transports/clientConnector.js';
import { IpcServerTransport, type IpcServerOptions } from '../../transports/ipcServer.js';
import { WebSocketServerTransport, type WebSocketServerOptions } from '../../transports/websocketServer.js';
import { onCleanup, startEngine, type TestEngine } from './engine.js';

type TransportTuning<T> = Partial<Omit<T, 'server' | 'createServer' | 'logger'>>;

export const startWebSocketEngine = async (
  options: {
    dcm?: SimulatedDcmOptions;
    server?: ButtplugServerOptions;
    transport?: TransportTuning<WebSocketServerOptions>;
  } = {},
): Promise<TestEngine & { transport: WebSocketServerTransport; url: string }> => {
  const engine = startEngine(options);
  const transport = await WebSocketServerTransport.listen({
    server: engine.server,
    port: 0,
    ...options.transport,
  } as WebSocketServerOptions);
  onCleanup(() => transport.close());
  return { ...engine, transport, url: transport.url };
};

let socketCounter = 0;
/** A socket path no other test uses. */
export const tempSocketPath = (): string => join(tmpdir(), `bpa-test-${process.pid}-${++socketCounter}.sock`);

export const startIpcEngine = async (
  options: {
    dcm?: SimulatedDcmOptions;
    server?: ButtplugServerOptions;
    transport?: TransportTuning<IpcServerOptions>;
  } = {},
): Promise<TestEngine & { transport: IpcServerTransport; path: string }> => {
  const engine = startEngine(options);
  const transport = await IpcServerTransport.listen({
    server: engine.server,
    path: tempSocketPath(),
    ...options.transport,
  } as IpcServerOptions);
  onCleanup(() => transport.close());
  return { ...engine, transport, path: transport.path };
};

/** A client connected through the given connector, disconnected after the test. */
export const connectedClient = async (
  connector: ButtplugClientConnector,
  name = 'test client',
): Promise<ButtplugClient> => {
  const client = new ButtplugClient(name, { requestTimeoutMs: 3_000 });
  await client.connect(connector);
  onCleanup(() => client.disconnect());
  return client;
};
