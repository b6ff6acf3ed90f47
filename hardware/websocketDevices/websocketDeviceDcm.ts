/**
 * The device WebSocket server: devices and simulators dial in (default port 54817, 127.0.0.1 unless
 * told to listen on every interface), introduce themselves with a JSON hello as their first frame, then
 * exchange raw bytes as binary frames (see device-websocket-protocol.md). Devices appear whenever they
 * connect; scanning changes nothing here.
 *
 * Where this does more than the reference:
 * - The hello must come within a timeout; a binary, malformed or late hello closes the connection with
 *   a reason (code 1008).
 * - Only names the configuration accepts (its `websocket` specifiers) get in; others are closed with a
 *   reason instead of lingering.
 * - A device the engine does not take (its address is denied, or no protocol can drive it) is closed
 *   with a reason after a while instead of lingering; until then it is offered again, so a device that
 *   reconnects while its old connection is still being removed gets in.
 * - A new connection from an address that is already connected replaces the old one: the old device's
 *   stop is written first (from the live hardware registry), then it is closed.
 * - Connections from browsers (any `Origin` header) are refused: this server is for devices, and a web
 *   page the user visits must not be able to add devices or knock a real one off.
 * - What a device sends before the engine takes it is kept only up to `maxEarlyBytes`; a device that
 *   sends more is closed.
 */
import type { AddressInfo } from 'node:net';
import WebSocket, { WebSocketServer } from 'ws';
import type { Logger } from '../../protocols/core/logger.js';
import type { CommunicationSpecifier } from '../../protocols/config/deviceDefinitions.js';
import type { DcmEvents, DeviceCommunicationManager } from '../deviceCommunicationManager.js';
import { HardwareError, type DiscoveredDevice } from '../hardware.js';
import { liveHardware } from '../liveHardware.js';
import { closeReason } from './closeReason.js';
import { decodeDeviceHello, type DeviceHello } from './deviceHello.js';
import { toBytes, WebsocketDeviceHardware } from './websocketDeviceHardware.js';

export const DEFAULT_DEVICE_WEBSOCKET_PORT = 54817;

export interface WebsocketDeviceDcmOptions {
  /** The port to listen on (default 54817; 0 picks a free one, then see `port`). */
  readonly port?: number;
  /** Listen on every interface (0.0.0.0), not only 127.0.0.1. */
  readonly listenOnAllInterfaces?: boolean;
  /** The device names the configuration accepts: its `websocket` specifiers' names. Asked for each device. */
  readonly deviceNames: () => Iterable<string>;
  /** How long a new connection may take to send its hello (default 5000 ms). */
  readonly helloTimeoutMs?: number;
  /** How long a device may wait for the engine to take it before it is closed (default 10000 ms). */
  readonly claimTimeoutMs?: number;
  /** How often an untaken device is offered again (default 250 ms). */
  readonly offerIntervalMs?: number;
  /** Ping interval; a device that misses a pong is gone (default 10000 ms, as the reference). */
  readonly pingIntervalMs?: number;
  /** Bytes a device may send before the engine takes it (default 64 KiB); beyond, it is closed. */
  readonly maxEarlyBytes?: number;
}

/** Close code for connections refused by policy. */
const POLICY = 1008;
const GOING_AWAY = 1001;
const TOO_BIG = 1009;
const DEFAULT_MAX_EARLY_BYTES = 64 * 1024;

const UNAVAILABLE = 'The device WebSocket server is not available';

const describeListenError = (error: NodeJS.ErrnoException, host: string, port: number): string => {
  if (error.code === 'EADDRINUSE') return `${UNAVAILABLE}: port ${port} on ${host} is already in use.`;
  if (error.code === 'EACCES')
    return `${UNAVAILABLE}: no permission to listen on port ${port} (ports below 1024 need privileges).`;
  if (error.code === 'EADDRNOTAVAIL') return `${UNAVAILABLE}: this machine has no address ${host}.`;
  return `${UNAVAILABLE}: cannot listen on ${host}:${port} (${error.message}).`;
};

/** Frames a device sent before the engine took it. */
interface EarlyFrames {
  readonly frames: Uint8Array[];
  /** Stops collecting (the hardware reads the socket from now on). */
  stop(): void;
}

/** A device that said hello and waits for the engine to connect to it. */
interface Waiting {
  readonly socket: WebSocket;
  readonly hello: DeviceHello;
  readonly offerTimer: ReturnType<typeof setInterval>;
  readonly claimTimer: ReturnType<typeof setTimeout>;
}

export class WebsocketDeviceDcm implements DeviceCommunicationManager {
  readonly name = 'websocket-devices';
  private server: WebSocketServer | undefined;
  private events: DcmEvents | undefined;
  private logger: Logger | undefined;
  private readonly waiting = new Set<Waiting>();
  /** Connected devices by address. */
  private readonly connected = new Map<string, WebsocketDeviceHardware>();

  constructor(private readonly options: WebsocketDeviceDcmOptions) {}

  /** The port the server listens on (useful with port 0). */
  get port(): number | undefined {
    return (this.server?.address() as AddressInfo | undefined)?.port;
  }

  async start(events: DcmEvents, logger: Logger): Promise<void> {
    const host = this.options.listenOnAllInterfaces ? '0.0.0.0' : '127.0.0.1';
    const port = this.options.port ?? DEFAULT_DEVICE_WEBSOCKET_PORT;
    const server = new WebSocketServer({
      host,
      port,
      maxPayload: 1024 * 1024,
      // Browsers always send an Origin; devices and simulators do not.
      verifyClient: (info: { origin?: string }, done: (ok: boolean, code?: number, message?: string) => void) =>
        info.origin === undefined
          ? done(true)
          : done(false, 403, 'the device WebSocket server does not accept connections from web pages'),
    });
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', (error) => reject(new Error(describeListenError(error, host, port))));
    });
    server.on('error', (error) => logger.warn({ reason: error.message }, 'device WebSocket server error'));
    server.on('connection', (socket, request) => this.welcome(socket, request.socket.remoteAddress ?? 'unknown'));
    this.server = server;
    this.events = events;
    this.logger = logger;
    logger.info({ host, port: this.port }, 'accepting WebSocket devices');
  }

  // Devices connect by themselves; scanning has nothing to start.
  async startScanning(): Promise<void> {}
  async stopScanning(): Promise<void> {}

  async stop(): Promise<void> {
    this.events = undefined;
    for (const waiting of [...this.waiting]) this.refuse(waiting, GOING_AWAY, 'the engine is shutting down');
    for (const hardware of this.connected.values()) hardware.close(GOING_AWAY, 'the engine is shutting down');
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private welcome(socket: WebSocket, peer: string): void {
    const log = this.logger?.child({ peer });
    socket.on('error', (error) => log?.debug({ reason: error.message }, 'device connection error'));
    const timer = setTimeout(() => {
      socket.close(POLICY, closeReason(`no hello within ${this.options.helloTimeoutMs ?? 5_000} ms`));
    }, this.options.helloTimeoutMs ?? 5_000);
    socket.once('close', () => clearTimeout(timer));
    socket.once('message', (data, isBinary) => {
      clearTimeout(timer);
      const refuse = (reason: string) => {
        log?.info({ reason }, 'WebSocket device refused');
        socket.close(POLICY, closeReason(reason));
      };
      if (isBinary) return refuse('the first frame must be the JSON hello, as text');
      const decoded = decodeDeviceHello(new TextDecoder().decode(toBytes(data)));
      if ('problem' in decoded) return refuse(decoded.problem);
      const { hello } = decoded;
      if (![...this.options.deviceNames()].includes(hello.identifier)) {
        return refuse(`device "${hello.identifier}" is not allowed by the configuration`);
      }
      if (!this.events) return refuse('the engine is shutting down');
      const replaced = 'replaced by a new connection from the same device';
      for (const waiting of [...this.waiting])
        if (waiting.hello.address === hello.address) this.refuse(waiting, POLICY, replaced);
      const early = this.keepEarlyFrames(socket, log);
      const previous = this.connected.get(hello.address);
      if (!previous) return this.offerUntilTaken(socket, hello, early);
      // The old connection may be driving the toy: stop it before anything replaces it.
      this.connected.delete(hello.address);
      void liveHardware.stopHardware(previous, { disconnect: false }).then((report) => {
        if (report.failed.length > 0) log?.warn({ failed: report.failed }, 'could not stop the replaced device');
        previous.close(POLICY, replaced);
        if (socket.readyState === WebSocket.OPEN && this.events) this.offerUntilTaken(socket, hello, early);
      });
    });
  }

  /** Keeps what a device sends before the engine takes it, up to the bound; a device over it is closed. */
  private keepEarlyFrames(socket: WebSocket, log: Logger | undefined): EarlyFrames {
    const limit = this.options.maxEarlyBytes ?? DEFAULT_MAX_EARLY_BYTES;
    const frames: Uint8Array[] = [];
    let bytes = 0;
    const keep = (data: WebSocket.RawData) => {
      const frame = toBytes(data);
      bytes += frame.length;
      if (bytes <= limit) return void frames.push(frame);
      frames.length = 0;
      socket.off('message', keep);
      const reason = `sent more than ${limit} bytes before the engine took the device`;
      log?.info({ reason }, 'WebSocket device refused');
      socket.close(TOO_BIG, closeReason(reason));
    };
    socket.on('message', keep);
    return { frames, stop: () => socket.off('message', keep) };
  }

  /** Offers the device to the engine until it connects, or closes it after the claim timeout. */
  private offerUntilTaken(socket: WebSocket, hello: DeviceHello, early: EarlyFrames): void {
    const offer = () => this.events?.deviceFound(discovered);
    const waiting: Waiting = {
      socket,
      hello,
      offerTimer: setInterval(offer, this.options.offerIntervalMs ?? 250),
      claimTimer: setTimeout(
        () =>
          this.refuse(waiting, POLICY, 'the engine did not take this device (address denied, or no protocol for it)'),
        this.options.claimTimeoutMs ?? 10_000,
      ),
    };
    const discovered: DiscoveredDevice = {
      info: {
        transport: 'websocket',
        name: `Websocket Device ${hello.identifier}`,
        address: hello.address,
        identifier: hello.identifier,
      },
      connect: async (specifier: CommunicationSpecifier) => {
        if (specifier.transport !== 'websocket')
          throw new HardwareError(`a WebSocket device cannot connect as ${specifier.transport}`);
        if (!this.waiting.has(waiting) || socket.readyState !== WebSocket.OPEN) {
          throw new HardwareError(`WebSocket device ${hello.address} is no longer connected`);
        }
        this.settle(waiting);
        early.stop();
        const hardware = new WebsocketDeviceHardware(socket, hello, {
          pingIntervalMs: this.options.pingIntervalMs ?? 10_000,
          early: early.frames,
        });
        this.connected.set(hello.address, hardware);
        hardware.onEvent((event) => {
          if (event.type === 'disconnected' && this.connected.get(hello.address) === hardware)
            this.connected.delete(hello.address);
        });
        return hardware;
      },
    };
    this.waiting.add(waiting);
    socket.once('close', () => this.settle(waiting));
    this.logger?.info({ identifier: hello.identifier, address: hello.address }, 'WebSocket device said hello');
    offer();
  }

  private settle(waiting: Waiting): void {
    clearInterval(waiting.offerTimer);
    clearTimeout(waiting.claimTimer);
    this.waiting.delete(waiting);
  }

  private refuse(waiting: Waiting, code: number, reason: string): void {
    this.settle(waiting);
    this.logger?.info({ address: waiting.hello.address, reason }, 'WebSocket device closed');
    waiting.socket.close(code, closeReason(reason));
  }
}
