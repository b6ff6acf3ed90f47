/**
 * A Lovense toy simulated over the device WebSocket, as a real `ws` client: it says hello, then answers
 * `DeviceType;` and `Battery;` the way the toy does over Bluetooth, and records every other command.
 */
import { afterEach } from 'vitest';
import WebSocket from 'ws';

export interface WebsocketLovenseOptions {
  readonly identifier?: string;
  readonly address: string;
  /** Lovense type letter the toy reports (`P` is an Edge, `S` a Lush). */
  readonly type?: string;
  readonly battery?: number;
  /** The first frame; default: the JSON hello. */
  readonly hello?: string | Buffer | null;
  /** Answer the engine's pings (default true). */
  readonly autoPong?: boolean;
}

const sockets: WebSocket[] = [];

afterEach(() => {
  for (const socket of sockets.splice(0)) socket.terminate();
});

export class WebsocketLovense {
  /** Commands received that the toy does not answer (`Vibrate1:10;`...). */
  readonly commands: string[] = [];
  /** How the engine ended the connection. */
  readonly closed: Promise<{ code: number; reason: string }>;
  private readonly waiters: (() => void)[] = [];

  private constructor(
    readonly socket: WebSocket,
    private readonly options: WebsocketLovenseOptions,
  ) {
    this.closed = new Promise((resolve) =>
      socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );
    socket.on('message', (data, isBinary) => this.receive(String(data), isBinary));
  }

  static async connect(url: string, options: WebsocketLovenseOptions): Promise<WebsocketLovense> {
    const socket = new WebSocket(url, { autoPong: options.autoPong ?? true });
    sockets.push(socket);
    socket.on('error', () => {});
    const device = new WebsocketLovense(socket, options);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    const hello =
      options.hello === undefined
        ? JSON.stringify({ identifier: options.identifier ?? 'LVSDevice', address: options.address, version: 0 })
        : options.hello;
    if (hello !== null) socket.send(hello);
    return device;
  }

  /** Resolves once `count` unanswered commands have arrived. */
  async waitForCommands(count: number, timeoutMs = 2_000): Promise<string[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.commands.length < count) {
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(`only ${this.commands.length} of ${count} commands arrived: ${JSON.stringify(this.commands)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.commands.slice(0, count);
  }

  /** The toy goes away cleanly. */
  close(): void {
    this.socket.close(1000, 'toy switched off');
  }

  private receive(text: string, isBinary: boolean): void {
    if (!isBinary) throw new Error(`the engine sent a text frame: ${text}`);
    const address = this.options.address
      .replace(/[^0-9A-F]/gi, '')
      .padEnd(12, '0')
      .slice(0, 12);
    if (text === 'DeviceType;') this.socket.send(Buffer.from(`${this.options.type ?? 'P'}:37:${address};`));
    else if (text === 'Battery;') this.socket.send(Buffer.from(`${this.options.battery ?? 66};`));
    else {
      this.commands.push(text);
      for (const wake of this.waiters.splice(0)) wake();
    }
  }
}
