/**
 * `--frontend-websocket-port`: a GUI (Intiface Central, or any supervisor) connects to
 * ws://127.0.0.1:PORT and hears the engine's status as Intiface `EngineMessage` JSON, one message per
 * text frame; it may send `RequestEngineVersion` and `Stop`.
 *
 * As in Intiface Engine, the frontend supervises the engine: `Stop`, the frontend closing its
 * connection, or it missing a keepalive pong all stop the engine (every device stops). One frontend
 * at a time; a second is closed with code 1013. A frontend that connects late is told the state it
 * missed (EngineStarted, EngineServerCreated, the connected client and devices).
 */
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';
import type { ButtplugServer, ButtplugServerEvents, EngineDevice } from '../engine/buttplugServer.js';
import { errorFields, silentLogger, type Logger } from '../../protocols/core/logger.js';
import {
  decodeIntifaceMessage,
  deviceConnected,
  encodeEngineMessage,
  engineMessageOf,
  type EngineMessage,
} from './engineMessages.js';

/** Frontend frames are small commands. */
const MAX_FRAME_BYTES = 64 * 1024;
/** How long EngineStopped gets to reach the frontend before the socket closes. */
const STOPPED_GRACE_MS = 100;

export interface FrontendChannelOptions {
  readonly port: number;
  /** Sent in EngineVersion. */
  readonly version: string;
  /** The frontend wants the engine stopped (Stop, or it went away). */
  readonly onStop: (reason: string) => void;
  /** Keepalive ping interval (default 2 s); a frontend that misses a pong is gone. 0: off. */
  readonly pingIntervalMs?: number;
  readonly logger?: Logger;
}

const EVENTS = [
  'clientconnected',
  'clientdisconnected',
  'clientrejected',
  'deviceadded',
  'deviceremoved',
  'deviceoutput',
] as const;

export class FrontendChannel {
  private frontend: WebSocket | undefined;
  private awaitingPong = false;
  private keepalive: ReturnType<typeof setInterval> | undefined;
  private closing: Promise<void> | undefined;
  private serverCreated = false;
  private client: string | undefined;
  private readonly devices = new Map<number, EngineDevice>();
  private readonly detachers: (() => void)[] = [];

  private constructor(
    private readonly wss: WebSocketServer,
    private readonly options: FrontendChannelOptions,
    private readonly logger: Logger,
  ) {}

  /** Listens on 127.0.0.1 only: the frontend is a local supervisor. Rejects if the port cannot be bound. */
  static async listen(options: FrontendChannelOptions): Promise<FrontendChannel> {
    const logger = (options.logger ?? silentLogger).child({ service: 'frontend' });
    const wss = new WebSocketServer({
      host: '127.0.0.1',
      port: options.port,
      maxPayload: MAX_FRAME_BYTES,
      perMessageDeflate: false,
    });
    await new Promise<void>((resolve, reject) => {
      wss.once('listening', resolve);
      wss.once('error', reject);
    });
    const channel = new FrontendChannel(wss, options, logger);
    wss.on('error', (error) => logger.error(errorFields(error), 'frontend WebSocket server error'));
    wss.on('connection', (socket) => channel.onConnection(socket));
    channel.startKeepalive(options.pingIntervalMs ?? 2_000);
    return channel;
  }

  get port(): number {
    return (this.wss.address() as AddressInfo).port;
  }

  /** Reports this engine's clients, devices and outputs to the frontend; returns a function that stops. */
  attach(server: ButtplugServer): () => void {
    const handlers = EVENTS.map((event) => {
      const handler = (...args: unknown[]) => this.onEngineEvent(event, args);
      server.on(event, handler as never);
      return () => server.off(event, handler as never);
    });
    const detach = () => handlers.forEach((off) => off());
    this.detachers.push(detach);
    if (!this.serverCreated) {
      this.serverCreated = true;
      this.send({ EngineServerCreated: {} });
    }
    return detach;
  }

  /** An engine failure the frontend should show. */
  error(text: string): void {
    this.send({ EngineError: { error: text } });
  }

  /** Says EngineStopped, then closes the frontend's connection and stops listening. */
  close(): Promise<void> {
    this.closing ??= this.closeNow();
    return this.closing;
  }

  private async closeNow(): Promise<void> {
    clearInterval(this.keepalive);
    this.detachers.forEach((detach) => detach());
    const frontend = this.frontend;
    if (frontend?.readyState === WebSocket.OPEN) {
      frontend.send(encodeEngineMessage({ EngineStopped: {} }));
      await new Promise((resolve) => setTimeout(resolve, STOPPED_GRACE_MS));
      await new Promise<void>((resolve) => {
        frontend.once('close', () => resolve());
        frontend.close(1000, 'the engine stopped');
        setTimeout(() => {
          frontend.terminate();
          resolve();
        }, 500).unref();
      });
    }
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private send(message: EngineMessage): void {
    if (this.frontend?.readyState === WebSocket.OPEN) this.frontend.send(encodeEngineMessage(message));
  }

  private onEngineEvent(event: (typeof EVENTS)[number], args: unknown[]): void {
    const payload = args[0] as never;
    if (event === 'clientconnected') this.client = (payload as { clientName: string }).clientName;
    if (event === 'clientdisconnected') this.client = undefined;
    if (event === 'deviceadded') this.devices.set((payload as EngineDevice).index, payload);
    if (event === 'deviceremoved') this.devices.delete((payload as { index: number }).index);
    const message = engineMessageOf(event, ...(args as ButtplugServerEvents[typeof event]));
    if (message) this.send(message);
  }

  private onConnection(socket: WebSocket): void {
    socket.on('error', (error) => this.logger.warn(errorFields(error), 'frontend connection error'));
    if (this.closing || (this.frontend && this.frontend.readyState !== WebSocket.CLOSED)) {
      socket.close(1013, 'another frontend is connected');
      return;
    }
    this.frontend = socket;
    this.awaitingPong = false;
    this.logger.info('frontend connected');
    this.send({ EngineStarted: {} });
    if (this.serverCreated) this.send({ EngineServerCreated: {} });
    if (this.client !== undefined) this.send({ ClientConnected: { client_name: this.client } });
    for (const device of this.devices.values()) this.send(deviceConnected(device));
    socket.on('pong', () => (this.awaitingPong = false));
    socket.on('message', (data, isBinary) => {
      if (isBinary) return this.error('frontend frames must be JSON text');
      const decoded = decodeIntifaceMessage(String(data));
      if (!decoded.ok) {
        this.logger.warn({ reason: decoded.reason }, 'unreadable frontend message');
        return this.error(`unreadable frontend message: ${decoded.reason}`);
      }
      if ('RequestEngineVersion' in decoded.message) this.send({ EngineVersion: { version: this.options.version } });
      else this.options.onStop('the frontend asked the engine to stop');
    });
    socket.on('close', () => {
      if (this.frontend !== socket) return;
      this.frontend = undefined;
      if (this.closing) return;
      this.logger.warn('the frontend went away: stopping the engine');
      this.options.onStop('the frontend disconnected');
    });
  }

  private startKeepalive(intervalMs: number): void {
    if (intervalMs <= 0) return;
    this.keepalive = setInterval(() => {
      const frontend = this.frontend;
      if (frontend?.readyState !== WebSocket.OPEN) return;
      if (this.awaitingPong) {
        this.logger.warn({ intervalMs }, 'the frontend missed a keepalive pong');
        frontend.terminate();
        return;
      }
      this.awaitingPong = true;
      frontend.ping();
    }, intervalMs);
    this.keepalive.unref();
  }
}
