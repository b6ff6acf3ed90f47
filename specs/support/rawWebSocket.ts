/** Test helper: a bare WebSocket peer that sends any bytes and collects the server's messages. */
import { WebSocket, type ClientOptions } from 'ws';

export type WireMessage = Record<string, Record<string, unknown>>;

export const handshakeFrame = (id = 1, name = 'raw test client') =>
  JSON.stringify([
    { RequestServerInfo: { Id: id, ClientName: name, ProtocolVersionMajor: 4, ProtocolVersionMinor: 0 } },
  ]);

/** Collects every message the server sends (frames flattened) and waits for the ones a test expects. */
export class MessageLog {
  readonly messages: WireMessage[] = [];
  private readonly waiters = new Set<() => void>();

  add(frame: string): void {
    const parsed = JSON.parse(frame) as WireMessage[];
    this.messages.push(...parsed);
    for (const waiter of [...this.waiters]) waiter();
  }

  /** Resolves with the first message (from `from` on) of that type that passes the check. */
  next(
    type: string,
    check: (body: Record<string, unknown>) => boolean = () => true,
    timeoutMs = 2_000,
    from = 0,
  ): Promise<Record<string, unknown>> {
    return new Promise((resolve, reject) => {
      const look = () => {
        const found = this.messages.slice(from).find((m) => m[type] !== undefined && check(m[type]!));
        if (!found) return false;
        this.waiters.delete(waiter);
        clearTimeout(timer);
        resolve(found[type]!);
        return true;
      };
      const waiter = () => void look();
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`no ${type} within ${timeoutMs} ms; got ${JSON.stringify(this.messages).slice(0, 500)}`));
      }, timeoutMs);
      this.waiters.add(waiter);
      look();
    });
  }
}

export class RawWebSocket {
  readonly log = new MessageLog();
  readonly closed: Promise<{ code: number; reason: string }>;

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data, isBinary) => {
      if (!isBinary) this.log.add(data.toString());
    });
    socket.on('error', () => {});
    this.closed = new Promise((resolve) =>
      socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );
  }

  static open(url: string, options: ClientOptions = {}): Promise<RawWebSocket> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url, options);
      const raw = new RawWebSocket(socket);
      socket.once('open', () => resolve(raw));
      socket.once('error', reject);
    });
  }

  send(data: string | Uint8Array, binary = false): void {
    this.socket.send(data, { binary });
  }

  /** Handshakes and waits for ServerInfo. */
  async handshake(): Promise<Record<string, unknown>> {
    this.send(handshakeFrame());
    return this.log.next('ServerInfo');
  }
}
