/**
 * Everything that crossed one client connection in client mode, with times: what the client sent (or
 * the harness sent in its name, in harness-driven mode), what the engine answered, and how it ended.
 * Steps judge the client from this record.
 */
import { messageId, messageName, type WireMessage } from '../wire.js';

export interface ClientMessage {
  readonly at: number;
  readonly message: WireMessage;
  /** Sent by the harness on the client's behalf (harness-driven mode). */
  readonly injected: boolean;
}

export interface ServerMessage {
  readonly at: number;
  readonly message: WireMessage;
  /** False for replies to injected requests, which the client never sees. */
  readonly delivered: boolean;
}

export interface Exchange {
  readonly request: ClientMessage;
  readonly reply?: ServerMessage;
}

export class ObservedConnection {
  readonly fromClient: ClientMessage[] = [];
  readonly toClient: ServerMessage[] = [];
  /** Frames from the client that were not a JSON array of messages. */
  readonly badFrames: { readonly at: number; readonly text: string; readonly reason: string }[] = [];
  closedAt: number | undefined;
  closedBy: 'client' | 'server' | undefined;

  constructor(readonly openedAt: number) {}

  get open(): boolean {
    return this.closedAt === undefined;
  }

  /**
   * Requests of this type (and shape) paired with their replies: the k-th request with an Id gets the
   * k-th reply with that Id (the spec lets clients reuse Ids).
   */
  exchanges(name: string, matches: (body: Readonly<Record<string, unknown>>) => boolean = () => true): Exchange[] {
    const seen = new Map<number, number>();
    const result: Exchange[] = [];
    for (const request of this.fromClient) {
      const id = messageId(request.message);
      if (id === undefined) continue;
      const nth = seen.get(id) ?? 0;
      seen.set(id, nth + 1);
      if (messageName(request.message) !== name || !matches(request.message[name]!)) continue;
      const reply = this.toClient.filter((m) => messageId(m.message) === id)[nth];
      result.push(reply ? { request, reply } : { request });
    }
    return result;
  }

  /** Messages the client received (not replies to injected requests), of one type. */
  delivered(name: string): ServerMessage[] {
    return this.toClient.filter((m) => m.delivered && messageName(m.message) === name);
  }
}
