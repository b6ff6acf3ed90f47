/**
 * A Lovense toy played over a server's device WebSocket (Intiface's `--use-device-websocket-server`):
 * it dials in, says hello (`{"identifier","address","version"}`), answers `DeviceType;` and
 * `Battery;` as the toy does, and keeps a timed record of every command with the levels they leave
 * the toy at. This is how server mode sees what the server really makes a device do.
 */
import WebSocket from 'ws';
import { messageOf } from '../../../protocols/core/errorText.js';
import { applyLovenseCommand, isRunning, STOPPED, type LovenseLevels } from './lovenseLevels.js';

export interface DialedDeviceOptions {
  readonly url: string;
  /** What the hello announces; servers match it against their WebSocket device names. */
  readonly identifier: string;
  readonly address: string;
  /** Lovense type letter the toy reports to `DeviceType;` (`P`: an Edge, two motors). */
  readonly type?: string;
  readonly battery?: number;
  readonly timeoutMs: number;
}

export interface DeviceCommand {
  readonly at: number;
  readonly command: string;
  /** The toy's levels after this command. */
  readonly levels: LovenseLevels;
  /** The command set a level (rather than asking something). */
  readonly output: boolean;
}

export class DialedDevice {
  readonly commands: DeviceCommand[] = [];
  levels: LovenseLevels = STOPPED;
  closed: { readonly at: number; readonly code: number; readonly reason: string } | undefined;
  /** The index the server gave this device, once known. */
  index: number | undefined;
  private readonly waiters = new Set<() => void>();

  private constructor(
    private readonly socket: WebSocket,
    readonly options: DialedDeviceOptions,
  ) {
    socket.on('message', (data) => this.receive(String(data)));
    socket.on('close', (code, reason) => {
      this.closed = { at: performance.now(), code, reason: reason.toString() };
      this.wake();
    });
  }

  /** Dials the server's device port and says hello. No Origin header: this is a device, not a web page. */
  static async connect(options: DialedDeviceOptions): Promise<DialedDevice> {
    const socket = new WebSocket(options.url, { handshakeTimeout: options.timeoutMs, perMessageDeflate: false });
    socket.on('error', () => {});
    const device = new DialedDevice(socket, options);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', (error) =>
        reject(new Error(`cannot reach the device WebSocket server ${options.url}: ${messageOf(error)}`)),
      );
    });
    socket.send(JSON.stringify({ identifier: options.identifier, address: options.address, version: 0 }));
    return device;
  }

  get connected(): boolean {
    return this.closed === undefined;
  }

  get running(): boolean {
    return isRunning(this.levels);
  }

  /** Level-setting commands received from `since` on. */
  outputsSince(since: number): DeviceCommand[] {
    return this.commands.filter((c) => c.output && c.at >= since);
  }

  /** Resolves true once `predicate` holds for the toy's levels, false after `timeoutMs`. */
  async waitUntil(predicate: (levels: LovenseLevels) => boolean, timeoutMs: number): Promise<boolean> {
    const deadline = performance.now() + timeoutMs;
    while (!predicate(this.levels)) {
      const left = deadline - performance.now();
      if (left <= 0 || this.closed) return predicate(this.levels);
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          this.waiters.delete(done);
          resolve();
        };
        const timer = setTimeout(done, left);
        this.waiters.add(done);
      });
    }
    return true;
  }

  /** The toy is switched off: it closes its connection. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.socket.close(1000, 'switched off');
    const deadline = performance.now() + 1_000;
    while (!this.closed && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    if (!this.closed) this.socket.terminate();
  }

  private receive(command: string): void {
    const at = performance.now();
    if (command === 'DeviceType;') {
      const address = this.options.address
        .replace(/[^0-9A-F]/gi, '')
        .padEnd(12, '0')
        .slice(0, 12);
      this.socket.send(Buffer.from(`${this.options.type ?? 'P'}:37:${address};`));
    } else if (command === 'Battery;') this.socket.send(Buffer.from(`${this.options.battery ?? 85};`));
    const applied = applyLovenseCommand(this.levels, command);
    this.levels = applied.levels;
    this.commands.push({ at, command, levels: applied.levels, output: applied.kind === 'levels' });
    for (const wake of [...this.waiters]) wake();
  }

  private wake(): void {
    for (const wake of [...this.waiters]) wake();
  }
}
