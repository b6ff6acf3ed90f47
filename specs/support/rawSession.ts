/** A session driven with raw frames, recording what the server sends back (in wire form). */
import type { ButtplugServer, ServerSession } from '../../actors/engine/buttplugServer.js';
import { encodeFrame, toWire, type TaggedMessage } from '../../protocols/buttplug/frame.js';

export interface RawSession {
  readonly session: ServerSession;
  /** Every message received, as `{"Name": {...}}`. */
  readonly received: Record<string, Record<string, unknown>>[];
  readonly closed: { reason?: string };
  send(frame: string | readonly TaggedMessage[]): void;
  /** Resolves with the first received message matching, waiting up to `timeoutMs`. */
  waitFor(
    predicate: (message: Record<string, Record<string, unknown>>) => boolean,
    timeoutMs?: number,
  ): Promise<Record<string, Record<string, unknown>>>;
  /** The reply with this Id. */
  reply(id: number, timeoutMs?: number): Promise<Record<string, Record<string, unknown>>>;
}

const bodyOf = (message: Record<string, Record<string, unknown>>) => Object.values(message)[0]!;

export const rawSession = (server: ButtplugServer): RawSession => {
  const received: Record<string, Record<string, unknown>>[] = [];
  const closed: { reason?: string } = {};
  const session = server.connect({
    send: (messages) => received.push(...(messages.map(toWire) as Record<string, Record<string, unknown>>[])),
    close: (reason) => {
      closed.reason = reason;
    },
  });
  const waitFor: RawSession['waitFor'] = async (predicate, timeoutMs = 2_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = received.find(predicate);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no matching message; received ${JSON.stringify(received)}`);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  };
  return {
    session,
    received,
    closed,
    send: (frame) => session.receive(typeof frame === 'string' ? frame : encodeFrame(frame)),
    waitFor,
    reply: (id, timeoutMs) => waitFor((m) => bodyOf(m)['Id'] === id, timeoutMs),
  };
};

export const handshakeV4 = (id = 1, name = 'raw client') =>
  JSON.stringify([
    { RequestServerInfo: { Id: id, ClientName: name, ProtocolVersionMajor: 4, ProtocolVersionMinor: 0 } },
  ]);
