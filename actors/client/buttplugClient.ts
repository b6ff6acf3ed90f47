/**
 * The client library: connects to a Buttplug server (spec v4) through any connector, keeps the device
 * list, and turns requests into promises. Replies may come in any order (matched by Id); every
 * request has a timeout; a dropped link rejects everything pending.
 */
import { EventEmitter } from 'eventemitter3';
import { ErrorCode } from '../../protocols/buttplug/errorCodes.js';
import type { TaggedMessage } from '../../protocols/buttplug/frameEnvelope.js';
import type { DeviceInfo, MessageV4, ServerMessageV4 } from '../../protocols/buttplug/messages.js';
import { decodeServerFrame } from '../../protocols/buttplug/serverMessageDecoder.js';
import { SPEC_VERSION_MAJOR, SPEC_VERSION_MINOR } from '../../protocols/buttplug/specVersion.js';
import type { ButtplugClientConnector } from '../../transports/clientConnector.js';
import { ButtplugClientDevice, type ClientRequest, type DeviceRequester } from './clientDevice.js';
import {
  ButtplugConnectorError,
  ButtplugError,
  ButtplugHandshakeError,
  ButtplugPingError,
  ButtplugTimeoutError,
  errorFromServer,
} from './clientErrors.js';
import { messageOf } from '../../protocols/core/errorText.js';
import { every, realClock, type Clock } from '../../protocols/core/clock.js';

export interface ButtplugClientOptions {
  /** How long a request may wait for its reply (default 10 s). */
  readonly requestTimeoutMs?: number;
  /**
   * The clock request timeouts and pings run on (default: real time). A test hands in its own, e.g.
   * the test engine's (`engine.clock`), to move the client's time with the engine's.
   */
  readonly clock?: Clock;
}

type InputReading = MessageV4<'InputReading'>;

export interface ButtplugClientEvents {
  deviceadded: [device: ButtplugClientDevice];
  deviceremoved: [device: ButtplugClientDevice];
  scanningfinished: [];
  disconnect: [];
  /** The link dropped and a reconnecting connector is trying again (the server stopped every device). */
  reconnecting: [attempt: number, delayMs: number];
  /** Back after a drop: handshake done again and the device list brought up to date. */
  reconnected: [];
  pingtimeout: [];
  inputreading: [reading: InputReading];
  error: [error: ButtplugError];
}

interface Pending {
  resolve(message: ServerMessageV4): void;
  reject(error: ButtplugError): void;
  timer: unknown;
}

const sameDevice = (a: DeviceInfo, b: DeviceInfo) => JSON.stringify(a) === JSON.stringify(b);

export class ButtplugClient extends EventEmitter<ButtplugClientEvents> {
  private connector: ButtplugClientConnector | undefined;
  private readonly pending = new Map<number, Pending>();
  private readonly deviceMap = new Map<number, ButtplugClientDevice>();
  private readonly readingListeners = new Set<(reading: InputReading) => void>();
  private nextId = 1;
  private stopPinging: (() => void) | undefined;
  private readonly requestTimeoutMs: number;
  private readonly clock: Clock;
  private readonly requester: DeviceRequester;
  /** An Error (Id 0) the server sent before the handshake completed: why it would not have us. */
  private refusal: ButtplugError | undefined;
  /** What the server said about itself in the handshake. */
  serverInfo: MessageV4<'ServerInfo'> | undefined;

  constructor(
    readonly name = 'buttplug-actors client',
    options: ButtplugClientOptions = {},
  ) {
    super();
    this.requestTimeoutMs = options.requestTimeoutMs ?? 10_000;
    this.clock = options.clock ?? realClock;
    this.requester = {
      requestAll: (messages) => this.requestAll(messages),
      readings: {
        on: (listener) => {
          this.readingListeners.add(listener);
          return () => this.readingListeners.delete(listener);
        },
      },
    };
  }

  get connected(): boolean {
    return this.connector?.connected === true && this.serverInfo !== undefined;
  }

  /** Devices by index order. */
  get devices(): ButtplugClientDevice[] {
    return [...this.deviceMap.values()].sort((a, b) => a.index - b.index);
  }

  async connect(connector: ButtplugClientConnector): Promise<void> {
    if (this.connector) throw new ButtplugConnectorError('already connected; disconnect first');
    this.connector = connector;
    connector.on('frame', this.onFrame);
    connector.on('disconnect', this.onConnectorDisconnect);
    connector.on('reconnecting', this.onConnectorReconnecting);
    connector.on('reconnected', this.onConnectorReconnected);
    this.refusal = undefined;
    try {
      await connector.connect();
      await this.handshake();
    } catch (error) {
      this.teardown();
      await connector.disconnect().catch(() => {});
      // A server that refuses us (busy, wrong version) says why before closing: that beats "connection lost".
      if (this.refusal) throw this.refusal;
      throw error instanceof ButtplugError ? error : new ButtplugConnectorError(messageOf(error));
    }
  }

  /** RequestServerInfo, then the device list: after connecting, and again after a reconnect. */
  private async handshake(): Promise<void> {
    const [reply] = await this.requestAll([
      {
        type: 'RequestServerInfo',
        ClientName: this.name,
        ProtocolVersionMajor: SPEC_VERSION_MAJOR,
        ProtocolVersionMinor: SPEC_VERSION_MINOR,
      },
    ]);
    if (reply?.type !== 'ServerInfo') throw new ButtplugHandshakeError('the server did not answer with ServerInfo');
    if (reply.ProtocolVersionMajor !== SPEC_VERSION_MAJOR) {
      throw new ButtplugHandshakeError(
        `the server speaks spec v${reply.ProtocolVersionMajor}, this client v${SPEC_VERSION_MAJOR}`,
      );
    }
    this.serverInfo = reply;
    this.startPinging(reply.MaxPingTime);
    const [list] = await this.requestAll([{ type: 'RequestDeviceList' }]);
    if (list?.type === 'DeviceList') this.updateDevices(list);
  }

  /** Says goodbye to the server (every device stops) and drops the link. */
  async disconnect(): Promise<void> {
    const connector = this.connector;
    if (!connector) return;
    if (this.connected) await this.requestAll([{ type: 'Disconnect' }]).catch(() => {});
    // The server may have closed the link already (that also emits `disconnect`, once).
    const wasConnected = this.teardown();
    await connector.disconnect().catch(() => {});
    if (wasConnected) this.emit('disconnect');
  }

  async startScanning(): Promise<void> {
    await this.requestAll([{ type: 'StartScanning' }]);
  }

  async stopScanning(): Promise<void> {
    await this.requestAll([{ type: 'StopScanning' }]);
  }

  async stopAllDevices(): Promise<void> {
    await this.requestAll([{ type: 'StopCmd' }]);
  }

  /** Asks the server for its device list again (it is also pushed on every change). */
  async requestDeviceList(): Promise<void> {
    const [list] = await this.requestAll([{ type: 'RequestDeviceList' }]);
    if (list?.type === 'DeviceList') this.updateDevices(list);
  }

  /**
   * Sends requests in one frame and resolves with their replies, in request order. Rejects with the
   * first error reply (typed by the server's code), on timeout, or when the link drops.
   */
  requestAll(messages: readonly ClientRequest[]): Promise<ServerMessageV4[]> {
    const connector = this.connector;
    if (!connector?.connected) return Promise.reject(new ButtplugConnectorError('not connected'));
    const withIds = messages.map((message) => ({ ...message, Id: this.takeId() }) as TaggedMessage & { Id: number });
    const replies = withIds.map(
      (message) =>
        new Promise<ServerMessageV4>((resolve, reject) => {
          const timer = this.clock.setTimeout(() => {
            this.pending.delete(message.Id);
            reject(
              new ButtplugTimeoutError(
                `no reply to ${message.type} within ${this.requestTimeoutMs} ms`,
                undefined,
                message.Id,
              ),
            );
          }, this.requestTimeoutMs);
          this.pending.set(message.Id, { resolve, reject, timer });
        }),
    );
    try {
      connector.send(withIds);
    } catch (error) {
      for (const message of withIds) this.settle(message.Id, new ButtplugConnectorError(String(error)));
    }
    return Promise.all(replies);
  }

  private takeId(): number {
    const id = this.nextId;
    this.nextId = id >= 0xffff_ffff ? 1 : id + 1;
    return id;
  }

  private settle(id: number, outcome: ServerMessageV4 | ButtplugError): void {
    const pending = this.pending.get(id);
    if (!pending) return;
    this.pending.delete(id);
    this.clock.clearTimeout(pending.timer);
    if (outcome instanceof ButtplugError) pending.reject(outcome);
    else if (outcome.type === 'Error')
      pending.reject(errorFromServer(outcome.ErrorCode, outcome.ErrorMessage, outcome.Id));
    else pending.resolve(outcome);
  }

  private readonly onFrame = (frame: string | readonly unknown[]): void => {
    // Hand-written, agreeing exactly with the schemas of messages.ts: the client needs no schema library.
    const decoded = decodeServerFrame(frame);
    if (!decoded.ok) {
      this.emit('error', new ButtplugConnectorError(`unreadable frame from the server: ${decoded.failure.message}`));
      return;
    }
    for (const element of decoded.elements) {
      if (element.ok) this.handle(element.message);
      else
        this.emit('error', new ButtplugConnectorError(`invalid message from the server: ${element.failure.message}`));
    }
  };

  private handle(message: ServerMessageV4): void {
    if (message.Id !== 0) {
      if (message.type === 'DeviceList') this.updateDevices(message);
      this.settle(message.Id, message);
      return;
    }
    switch (message.type) {
      case 'DeviceList':
        return this.updateDevices(message);
      case 'ScanningFinished':
        this.emit('scanningfinished');
        return;
      case 'InputReading':
        for (const listener of [...this.readingListeners]) listener(message);
        this.emit('inputreading', message);
        return;
      case 'Error':
        if (message.ErrorCode === ErrorCode.Ping) {
          this.emit('pingtimeout');
          void this.disconnect();
          return;
        }
        if (!this.serverInfo) this.refusal = errorFromServer(message.ErrorCode, message.ErrorMessage, 0);
        this.emit('error', errorFromServer(message.ErrorCode, message.ErrorMessage, 0));
        return;
      default:
        this.emit('error', new ButtplugConnectorError(`unexpected ${message.type} with Id 0`));
    }
  }

  /** Diffs a full DeviceList against what we know: removals first, then additions. */
  private updateDevices(list: MessageV4<'DeviceList'>): void {
    const incoming = new Map(Object.values(list.Devices).map((info) => [info.DeviceIndex, info]));
    for (const [index, device] of [...this.deviceMap]) {
      const next = incoming.get(index);
      if (next && sameDevice(next, device.info)) continue;
      this.deviceMap.delete(index);
      this.emit('deviceremoved', device);
    }
    for (const [index, info] of incoming) {
      if (this.deviceMap.has(index)) continue;
      const device = new ButtplugClientDevice(info, this.requester);
      this.deviceMap.set(index, device);
      this.emit('deviceadded', device);
    }
  }

  private startPinging(maxPingTime: number): void {
    this.stopPinging?.();
    this.stopPinging = undefined;
    if (maxPingTime <= 0) return;
    // A third of the window leaves room for a slow event loop or a slow network.
    this.stopPinging = every(this.clock, Math.max(1, Math.floor(maxPingTime / 3)), () => {
      this.requestAll([{ type: 'Ping' }]).catch((error: unknown) => {
        if (error instanceof ButtplugPingError) this.emit('pingtimeout');
      });
    });
  }

  private readonly onConnectorDisconnect = (reason: string): void => {
    if (this.teardown(reason)) this.emit('disconnect');
  };

  /**
   * The link dropped and the connector tries again. The server ended our session (and stopped every
   * device), so pending requests will never be answered: reject them. Devices are kept, so an app's
   * references survive a short drop; the device list is brought up to date after the reconnect.
   */
  private readonly onConnectorReconnecting = (attempt: number, delayMs: number, reason: string): void => {
    this.suspend(reason);
    this.emit('reconnecting', attempt, delayMs);
  };

  /** A new link is up: to the server it is a new client, so handshake again. */
  private readonly onConnectorReconnected = (): void => {
    const connector = this.connector;
    this.handshake().then(
      () => this.emit('reconnected'),
      async (error: unknown) => {
        // The link dropped again: the connector is already trying again. Otherwise this server will not have us.
        if (this.connector !== connector || !connector?.connected) return;
        this.emit('error', error instanceof ButtplugError ? error : new ButtplugConnectorError(String(error)));
        this.teardown('handshake failed after reconnecting');
        await connector.disconnect().catch(() => {});
        this.emit('disconnect');
      },
    );
  };

  /** Stops pinging and fails every pending request; the connection may come back. */
  private suspend(reason: string): void {
    this.stopPinging?.();
    this.stopPinging = undefined;
    this.serverInfo = undefined;
    for (const id of [...this.pending.keys()])
      this.settle(id, new ButtplugConnectorError(`connection lost: ${reason}`));
  }

  /** Forgets the connection: rejects pending requests, drops the devices. False if there was none. */
  private teardown(reason = 'disconnected'): boolean {
    if (!this.connector) return false;
    const connector = this.connector;
    this.suspend(reason);
    this.connector = undefined;
    connector.off('frame', this.onFrame);
    connector.off('disconnect', this.onConnectorDisconnect);
    connector.off('reconnecting', this.onConnectorReconnecting);
    connector.off('reconnected', this.onConnectorReconnected);
    const devices = this.devices;
    this.deviceMap.clear();
    for (const device of devices) this.emit('deviceremoved', device);
    return true;
  }
}
