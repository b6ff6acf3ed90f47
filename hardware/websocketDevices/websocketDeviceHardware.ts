/**
 * A device connected over the device WebSocket: every write, to any endpoint, goes out as one binary
 * frame of exactly the bytes the real transport would carry; every frame the device sends (binary, or
 * text as its UTF-8 bytes) is what it received from the toy. Those arrive on `rx` once a protocol
 * subscribes (the reference tags them `tx`, which no protocol listens on; a protocol subscribed to `tx`
 * hears them too), or wait for the next read.
 *
 * Liveness: a ping every interval; a device that has not answered the previous ping is gone. A send
 * that fails, or the socket closing, makes the device gone; the engine then removes it.
 */
import WebSocket from 'ws';
import type { Endpoint } from '../../protocols/config/endpoints.js';
import { HardwareError, HardwareEvents, type Hardware, type HardwareEvent } from '../hardware.js';
import { ReceivedBytes } from '../receivedBytes.js';
import { closeReason } from './closeReason.js';
import type { DeviceHello } from './deviceHello.js';
import { messageOf } from '../../protocols/core/errorText.js';

export interface WebsocketDeviceHardwareOptions {
  readonly pingIntervalMs: number;
  /** Frames the device sent before the engine took it. */
  readonly early?: readonly Uint8Array[];
}

export class WebsocketDeviceHardware implements Hardware {
  readonly name: string;
  readonly address: string;
  readonly endpoints: readonly Endpoint[] = ['rx', 'tx'];
  readonly messageGapMs = 0;
  readonly requiresKeepalive = false;
  private readonly events = new HardwareEvents();
  private readonly received = new ReceivedBytes(this.events);
  private readonly pingTimer: ReturnType<typeof setInterval>;
  private goneReason: string | undefined;

  constructor(
    private readonly socket: WebSocket,
    hello: DeviceHello,
    options: WebsocketDeviceHardwareOptions,
  ) {
    this.name = hello.identifier;
    this.address = hello.address;
    for (const frame of options.early ?? []) this.received.push(frame);
    socket.on('message', (data) => this.received.push(toBytes(data)));
    socket.on('close', (code, reason) =>
      this.gone(`the device closed the connection (${code}${reason.length ? ` ${reason.toString()}` : ''})`),
    );
    socket.on('error', (error) => this.shut(`connection error: ${error.message}`));
    let answered = true;
    socket.on('pong', () => {
      answered = true;
    });
    this.pingTimer = setInterval(() => {
      if (!answered) return this.shut(`no answer to a ping within ${options.pingIntervalMs} ms`);
      answered = false;
      socket.ping();
    }, options.pingIntervalMs);
  }

  write(endpoint: Endpoint, data: Uint8Array): Promise<void> {
    return new Promise((resolve, reject) => {
      this.check(endpoint);
      if (this.socket.readyState !== WebSocket.OPEN) {
        const reason = 'the connection is closing';
        this.gone(reason);
        return reject(new HardwareError(`cannot write to ${this.address}: ${reason}`));
      }
      this.socket.send(data, { binary: true }, (error) => {
        if (!error) return resolve();
        const reason = `write to ${this.address} failed: ${messageOf(error)}`;
        reject(new HardwareError(reason));
        // Answer the write first, then let the device go.
        setImmediate(() => this.shut(reason));
      });
    });
  }

  async read(endpoint: Endpoint, options: { readonly timeoutMs: number }): Promise<Uint8Array> {
    this.check(endpoint);
    return this.received.read(options.timeoutMs);
  }

  async subscribe(endpoint: Endpoint): Promise<void> {
    this.check(endpoint);
    this.received.subscribe(endpoint);
  }

  async unsubscribe(endpoint: Endpoint): Promise<void> {
    this.check(endpoint);
    this.received.unsubscribe(endpoint);
  }

  async disconnect(): Promise<void> {
    this.close(1000, 'disconnected by the engine');
  }

  onEvent(listener: (event: HardwareEvent) => void): () => void {
    return this.events.on(listener);
  }

  /** Ends the connection politely (a close frame with a reason), e.g. when the engine shuts down or the device reconnects. */
  close(code: number, reason: string): void {
    this.gone(reason);
    this.socket.close(code, closeReason(reason));
  }

  /** Ends a connection that cannot be trusted any more. */
  private shut(reason: string): void {
    this.gone(reason);
    this.socket.terminate();
  }

  private gone(reason: string): void {
    if (this.goneReason !== undefined) return;
    this.goneReason = reason;
    clearInterval(this.pingTimer);
    this.received.close(reason);
    this.events.emit({ type: 'disconnected', reason });
  }

  private check(endpoint: Endpoint): void {
    if (this.goneReason !== undefined) throw new HardwareError(`device ${this.address} is gone: ${this.goneReason}`);
    if (!this.endpoints.includes(endpoint)) throw new HardwareError(`a WebSocket device has no ${endpoint} endpoint`);
  }
}

export const toBytes = (data: WebSocket.RawData): Uint8Array => {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  return data instanceof ArrayBuffer
    ? new Uint8Array(data)
    : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
};
