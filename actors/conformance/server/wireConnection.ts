/**
 * Server mode's client: a raw WebSocket connection to the server under test that sends exactly what a
 * check asks for (malformed frames included) and keeps a timed record of both directions, from which
 * the checks and the oracles judge the server.
 */
import WebSocket from 'ws';
import { messageOf } from '../../../protocols/core/errorText.js';
import { frameOf, messageId, messageName, parseFrame, wireMessage, type WireBody, type WireMessage } from '../wire.js';

export interface Received {
  readonly at: number;
  readonly message: WireMessage;
}

export interface Sent {
  readonly at: number;
  /** Parsed messages of the frame (empty for a malformed one). */
  readonly messages: readonly WireMessage[];
  readonly text: string;
}

export interface Closed {
  readonly at: number;
  readonly code: number;
  readonly reason: string;
  readonly byUs: boolean;
}

export class WireConnection {
  readonly sent: Sent[] = [];
  readonly received: Received[] = [];
  /** Frames from the server that were not a JSON array of messages. */
  readonly badFrames: { readonly at: number; readonly text: string; readonly reason: string }[] = [];
  closed: Closed | undefined;
  private readonly waiters = new Set<() => void>();
  private nextId = 1;
  private closing = false;

  private constructor(
    private readonly socket: WebSocket,
    readonly url: string,
    readonly timeoutMs: number,
  ) {
    socket.on('message', (data, isBinary) => {
      const at = performance.now();
      const text = String(data);
      const parsed = isBinary ? { error: 'a binary frame' } : parseFrame(text);
      if ('messages' in parsed) for (const message of parsed.messages) this.received.push({ at, message });
      else this.badFrames.push({ at, text: text.slice(0, 200), reason: parsed.error });
      this.wake();
    });
    socket.on('close', (code, reason) => {
      this.closed = { at: performance.now(), code, reason: reason.toString(), byUs: this.closing };
      this.wake();
    });
  }

  /** Opens a connection; rejects with a readable reason if the server cannot be reached. */
  static async open(url: string, timeoutMs: number): Promise<WireConnection> {
    // No Origin header: servers may (rightly) refuse browsers' cross-site connections.
    const socket = new WebSocket(url, { handshakeTimeout: timeoutMs, perMessageDeflate: false });
    socket.on('error', () => {});
    const connection = new WireConnection(socket, url, timeoutMs);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', (error) => reject(new Error(`cannot connect to ${url}: ${messageOf(error)}`)));
      socket.once('close', () => reject(new Error(`${url} closed the connection before it opened`)));
    });
    return connection;
  }

  get open(): boolean {
    return this.closed === undefined && this.socket.readyState === WebSocket.OPEN;
  }

  /** The Id the next `request` will use. */
  takeId(): number {
    return this.nextId++;
  }

  /** Sends a frame as given (text is sent verbatim, so checks can send broken frames). */
  send(frame: string | readonly WireMessage[]): void {
    const text = typeof frame === 'string' ? frame : frameOf(frame);
    const parsed = parseFrame(text);
    this.sent.push({ at: performance.now(), messages: 'messages' in parsed ? parsed.messages : [], text });
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(text);
  }

  /** Sends one message with a fresh Id (unless it has one) and resolves with the first reply carrying it. */
  async request(name: string, body: WireBody = {}, timeoutMs = this.timeoutMs): Promise<WireMessage | undefined> {
    const id = typeof body['Id'] === 'number' ? body['Id'] : this.takeId();
    const from = this.received.length;
    this.send([wireMessage(name, { Id: id, ...body })]);
    const reply = await this.waitFor((m) => messageId(m) === id, timeoutMs, from);
    return reply?.message;
  }

  /** The first message from index `from` on that satisfies `predicate`, waiting up to `timeoutMs`. */
  async waitFor(
    predicate: (message: WireMessage) => boolean,
    timeoutMs: number,
    from = 0,
  ): Promise<Received | undefined> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const found = this.received.slice(from).find((r) => predicate(r.message));
      if (found) return found;
      const left = deadline - performance.now();
      if (left <= 0 || this.closed) return undefined;
      await this.sleep(left);
    }
  }

  /** Resolves once the connection is closed (by either side) or `timeoutMs` has passed. */
  async waitForClose(timeoutMs: number): Promise<Closed | undefined> {
    const deadline = performance.now() + timeoutMs;
    while (!this.closed) {
      const left = deadline - performance.now();
      if (left <= 0) return undefined;
      await this.sleep(left);
    }
    return this.closed;
  }

  /** Messages received so far of one type (from index `from`). */
  all(name: string, from = 0): Received[] {
    return this.received.slice(from).filter((r) => messageName(r.message) === name);
  }

  /** Closes from our side and waits (briefly) for the close to complete; the server sees the client leave. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closing = true;
    this.socket.close(1000, 'conformance check done');
    if (!(await this.waitForClose(1_000))) this.socket.terminate();
    await this.waitForClose(500);
  }

  /** Gone without a goodbye: the TCP connection just ends. */
  terminate(): void {
    this.closing = true;
    this.socket.terminate();
  }

  /** Waits for the next frame or close, at most `ms`. */
  sleep(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.waiters.add(done);
    });
  }

  private wake(): void {
    for (const wake of [...this.waiters]) wake();
  }
}
