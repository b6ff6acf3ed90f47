/** A bare WebSocket client for benchmarks: sends frames and waits for replies by Id, nothing else. */
import WebSocket from 'ws';

type Message = Record<string, Record<string, unknown>>;

export class FrameProbe {
  private readonly waiting = new Map<number, (message: Message) => void>();
  private readonly events: Message[] = [];

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => {
      for (const message of JSON.parse(String(data)) as Message[]) {
        const id = Object.values(message)[0]!['Id'] as number;
        const resolve = this.waiting.get(id);
        if (resolve && id !== 0) {
          this.waiting.delete(id);
          resolve(message);
        } else this.events.push(message);
      }
    });
  }

  static open(url: string): Promise<FrameProbe> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url);
      socket.once('open', () => resolve(new FrameProbe(socket)));
      socket.once('error', reject);
    });
  }

  /** Sends one message and resolves with the reply carrying its Id. */
  request(name: string, body: Record<string, unknown> & { Id: number }): Promise<Message> {
    return new Promise((resolve) => {
      this.waiting.set(body.Id, resolve);
      this.socket.send(JSON.stringify([{ [name]: body }]));
    });
  }

  /** Sends several messages in one frame and resolves with the reply to the last one. */
  requestAll(
    messages: readonly { readonly name: string; readonly body: Record<string, unknown> & { Id: number } }[],
  ): Promise<Message> {
    return new Promise((resolve) => {
      this.waiting.set(messages.at(-1)!.body.Id, resolve);
      this.socket.send(JSON.stringify(messages.map(({ name, body }) => ({ [name]: body }))));
    });
  }

  /** Forgets the events seen so far (a long run would keep every answer otherwise). */
  clearEvents(): void {
    this.events.length = 0;
  }

  /** The events seen so far, forgotten here. */
  takeEvents(): Message[] {
    return this.events.splice(0);
  }

  async waitForEvent(predicate: (message: Message) => boolean, timeoutMs = 10_000): Promise<Message> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.events.find(predicate);
      if (found) return found;
      if (Date.now() > deadline) throw new Error('benchmark: expected event did not come');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.socket.once('close', () => resolve());
      this.socket.close();
    });
  }
}
