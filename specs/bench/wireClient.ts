/**
 * A bare Buttplug client for the benchmarks: frames out, replies matched by Id, and a tally of what the
 * server sent (frames, messages and bytes by message type), nothing else.
 */
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';

type Message = Record<string, Record<string, unknown>>;

export interface Tally {
  frames: number;
  messages: number;
  bytes: number;
}

export class WireClient {
  /** What arrived, by the type of the frame's first message. */
  readonly received = new Map<string, Tally>();
  private readonly waiting = new Map<number, (message: Message) => void>();
  private readonly watchers = new Set<(message: Message, at: number, bytes: number) => void>();
  private nextId = 1;

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const at = performance.now();
      const text = String(data);
      const messages = JSON.parse(text) as Message[];
      const type = Object.keys(messages[0] ?? {})[0] ?? 'none';
      const tally = this.received.get(type) ?? { frames: 0, messages: 0, bytes: 0 };
      tally.frames++;
      tally.messages += messages.length;
      tally.bytes += text.length;
      this.received.set(type, tally);
      for (const message of messages) {
        for (const watcher of this.watchers) watcher(message, at, text.length);
        const id = Object.values(message)[0]!['Id'] as number;
        const resolve = id !== 0 ? this.waiting.get(id) : undefined;
        if (!resolve) continue;
        this.waiting.delete(id);
        resolve(message);
      }
    });
  }

  static async open(url: string, handshake = true): Promise<WireClient> {
    const socket = new WebSocket(url, { perMessageDeflate: false });
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    const client = new WireClient(socket);
    if (handshake)
      await client.request('RequestServerInfo', {
        ClientName: 'bench',
        ProtocolVersionMajor: 4,
        ProtocolVersionMinor: 0,
      });
    return client;
  }

  /** A fresh message Id. */
  id(): number {
    return this.nextId++;
  }

  /** Sends one message in a frame of its own and resolves with the reply carrying its Id. */
  request(name: string, body: Record<string, unknown> = {}): Promise<Message> {
    const id = this.id();
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.socket.send(`[${JSON.stringify({ [name]: { Id: id, ...body } })}]`);
    });
  }

  /** Sends a frame and does not wait for anything. */
  post(text: string): void {
    this.socket.send(text);
  }

  /** Calls back for every message the server sends, until the returned function is called. */
  watch(watcher: (message: Message, at: number, frameBytes: number) => void): () => void {
    this.watchers.add(watcher);
    return () => this.watchers.delete(watcher);
  }

  /** Resolves with the first message (from now on) that `predicate` accepts. */
  until(predicate: (message: Message) => boolean, timeoutMs = 60_000): Promise<{ message: Message; at: number }> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`benchmark: the expected message did not come within ${timeoutMs} ms`));
      }, timeoutMs);
      const stop = this.watch((message, at) => {
        if (!predicate(message)) return;
        clearTimeout(timer);
        stop();
        resolve({ message, at });
      });
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (this.socket.readyState === WebSocket.CLOSED) return resolve();
      this.socket.once('close', () => resolve());
      this.socket.close();
    });
  }
}

/** `[{"OutputCmd":{...}}]` for a Vibrate level on feature 0 of a device. */
export const vibrateFrame = (id: number, deviceIndex: number, level: number): string =>
  `[{"OutputCmd":{"Id":${id},"DeviceIndex":${deviceIndex},"FeatureIndex":0,"Command":{"Vibrate":{"Value":${level}}}}}]`;
