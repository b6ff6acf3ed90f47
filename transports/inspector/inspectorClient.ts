/**
 * The page's hands on an engine: a client session of its own (spec v4, client name "Inspector"), so
 * whatever the page asks for passes the checks any client's request passes (validation, feature
 * ranges, the user's limits) and nothing else. It opens on the first request, pings when the engine
 * wants pings, and closes when the last page goes away; closing ends the session like any client's,
 * so every device stops and nothing the page started runs unattended.
 */
import type { ButtplugServer, ServerSession } from '../../actors/engine/buttplugServer.js';
import type { TaggedMessage } from '../../protocols/buttplug/frame.js';
import type { CommandResult, Json } from './inspectionRecords.js';

export const INSPECTOR_CLIENT_NAME = 'Inspector';
/** How long a request may wait for the engine's answer. */
export const REQUEST_TIMEOUT_MS = 5_000;

type Reply = TaggedMessage & { readonly Id?: number; readonly [field: string]: unknown };

const toJson = (message: Reply): Json => {
  const { type, ...fields } = message;
  return JSON.parse(JSON.stringify({ [type]: fields })) as Json;
};

const describe = (message: Reply): CommandResult =>
  message.type === 'Error'
    ? { ok: false, message: String(message['ErrorMessage'] ?? 'the engine refused'), reply: toJson(message) }
    : { ok: true, message: message.type, reply: toJson(message) };

export class InspectorClient {
  private session: ServerSession | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, (reply: Reply) => void>();
  private pinger: ReturnType<typeof setInterval> | undefined;

  constructor(readonly server: ButtplugServer) {}

  get connected(): boolean {
    return this.session !== undefined;
  }

  /**
   * Sends one Buttplug v4 message (`{ "OutputCmd": { ... } }`, its Id is ours) and resolves with the
   * engine's answer; never rejects.
   */
  async request(name: string, fields: Readonly<Record<string, unknown>>): Promise<CommandResult> {
    const session = await this.open();
    if (!session) return { ok: false, message: 'the engine has stopped' };
    return this.exchange(session, name, fields);
  }

  /** Ends the session: the engine stops every device, as for any client that leaves. */
  close(): void {
    clearInterval(this.pinger);
    this.pinger = undefined;
    const session = this.session;
    this.session = undefined;
    session?.close('the inspector page closed');
    this.failPending('the inspector session closed');
  }

  private exchange(session: ServerSession, name: string, fields: Readonly<Record<string, unknown>>) {
    const id = this.nextId++;
    return new Promise<CommandResult>((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        resolve({ ok: false, message: `no answer from the engine within ${REQUEST_TIMEOUT_MS} ms` });
      }, REQUEST_TIMEOUT_MS);
      this.pending.set(id, (reply) => {
        clearTimeout(timer);
        resolve(describe(reply));
      });
      session.receive([{ [name]: { ...fields, Id: id } }]);
    });
  }

  private async open(): Promise<ServerSession | undefined> {
    if (this.session) return this.session;
    if (this.server.actor.getSnapshot().status !== 'active') return undefined;
    const session = this.server.connect({
      send: (messages) => {
        for (const message of messages as readonly Reply[]) {
          const answer = message.Id !== undefined ? this.pending.get(message.Id) : undefined;
          if (answer && message.Id !== 0) {
            this.pending.delete(message.Id!);
            answer(message);
          }
        }
      },
      close: () => {
        if (this.session === session) {
          this.session = undefined;
          clearInterval(this.pinger);
          this.pinger = undefined;
          this.failPending('the engine closed the inspector session');
        }
      },
    });
    this.session = session;
    const handshake = await this.exchange(session, 'RequestServerInfo', {
      ClientName: INSPECTOR_CLIENT_NAME,
      ProtocolVersionMajor: 4,
      ProtocolVersionMinor: 0,
    });
    if (!handshake.ok || this.session !== session) {
      if (this.session === session) this.close();
      return undefined;
    }
    // An engine with a ping watchdog would stop every device when the page's session went quiet.
    const maxPingTime = Number((handshake.reply as { ServerInfo?: { MaxPingTime?: unknown } }).ServerInfo?.MaxPingTime);
    if (maxPingTime > 0) {
      this.pinger = setInterval(() => void this.exchange(session, 'Ping', {}), Math.max(10, maxPingTime / 3));
      this.pinger.unref?.();
    }
    return session;
  }

  private failPending(reason: string): void {
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const answer of pending) answer({ type: 'Error', ErrorMessage: reason });
  }
}
