/**
 * One client's connection to an engine, between the host's transport and the engine's session actor:
 * frames in (bounded before anything else, traced, noted by the safety monitor, handed to the session or,
 * once it is connected, to its wire), messages out (one batch per turn, `tickOutbox.ts`), and the rules
 * that keep a broken connection from leaving devices running: a transport that throws ends the session,
 * and once closed the transport hears nothing more. A class rather than closures: an idle session's
 * connection is a few small objects (issue 11).
 */
import type { AnyActorRef } from 'xstate';
import { boundFrame, type FrameLimits } from '../../protocols/buttplug/frameLimits.js';
import { encodeFrame, type TaggedMessage } from '../../protocols/buttplug/frame.js';
import { messageOf } from '../../protocols/core/errorText.js';
import { failureFields, framePreview, type Logger } from '../../protocols/core/logger.js';
import { frameReceiver, type SessionTransport } from '../../machines/sessionMachine.js';
import type { SafetyMonitor } from './safetyMonitor.js';
import { tickOutboxFor, type TickOutbox } from './tickOutbox.js';

/** One client's session as the host sees it: feed it what the client sent, or tell it the client left. */
export interface ServerSession {
  readonly id: string;
  /**
   * A text frame, or an already-parsed frame (an array of `{"Name": {...}}` messages). Checked against
   * the frame limits before anything else: a frame over them gets an Error (code 3).
   */
  receive(frame: string | readonly unknown[]): void;
  /** The client's connection is gone: every device stops. */
  close(reason?: string): void;
}

/** What a connection needs of its engine: one per engine, shared by its connections. */
export interface ConnectionEngine {
  readonly logger: Logger;
  readonly monitor: SafetyMonitor | undefined;
  readonly frameLimits: FrameLimits;
  /** Connections of open sessions: told and closed by the engine if its actor system fails. */
  readonly openTransports: Set<SessionTransport>;
  /** The session actor with this id, while it runs. */
  session(id: string): AnyActorRef | undefined;
  connected(sessionId: string): void;
  disconnected(sessionId: string, reason: string): void;
}

/** A client frame as trace text: a value only once it is known to be within bounds (never a throw). */
const traceText = (frame: unknown, withinBounds: boolean): string => {
  if (typeof frame === 'string') return frame;
  if (!withinBounds) return '(a value over the frame limits)';
  try {
    return JSON.stringify(frame) ?? String(frame);
  } catch (error) {
    return `(a value that does not serialize: ${messageOf(error)})`;
  }
};

/** The engine's side: its session sends through this (`send`, `close`); the host's side is `hostSide`. */
export class ClientConnection implements SessionTransport {
  readonly hostSide: ServerSession;
  readonly #outbox: TickOutbox;
  #open = true;
  #handshaken = false;
  /** `--log trace` only: every frame in and out, with the session it belongs to. */
  readonly #trace: Logger | undefined;

  constructor(
    readonly id: string,
    private readonly transport: SessionTransport,
    private readonly engine: ConnectionEngine,
  ) {
    this.hostSide = new HostSide(this);
    this.#outbox = tickOutboxFor(this);
    this.#trace = (engine.logger.isLevelEnabled?.('trace') ?? true) ? engine.logger.child({ session: id }) : undefined;
    engine.openTransports.add(this);
  }

  /** What the session says in one turn of the event loop reaches the transport in one send (one frame). */
  send(messages: readonly TaggedMessage[]): void {
    if (this.#open) this.#outbox.send(messages);
  }

  /** The engine ends the session: what waits goes out first, then the transport hears nothing more. */
  close(reason: string): void {
    if (!this.#open) return;
    this.#outbox.flush();
    // A transport that threw on that last batch has already been closed.
    if (!this.#open) return;
    this.#shut();
    this.#closeTransport(reason);
    this.#ended(reason);
  }

  /** The outbox's batch for this turn. */
  deliver(messages: readonly TaggedMessage[]): void {
    if (!this.#open) return;
    const { engine, id } = this;
    this.#trace?.trace({ direction: 'out', frame: framePreview(encodeFrame(messages)) }, 'frame to client');
    engine.monitor?.noteReplies(id, messages);
    try {
      this.transport.send(messages);
    } catch (error) {
      // A client we cannot talk to must not keep its devices running: the session ends.
      engine.logger.error({ session: id, ...failureFields(error) }, "the host's transport threw: closing the session");
      this.#shut();
      queueMicrotask(() => engine.session(id)?.send({ type: 'transport.closed', reason: 'the connection failed' }));
      this.#closeTransport('the connection failed');
      this.#ended('the connection failed');
      return;
    }
    if (!this.#handshaken && messages.some((message) => message.type === 'ServerInfo')) {
      this.#handshaken = true;
      // The session has stored the client's name by the end of this step.
      queueMicrotask(() => engine.connected(id));
    }
  }

  receive(frame: string | readonly unknown[]): void {
    if (!this.#open) return;
    const { engine, id } = this;
    // Bounded before any real work: nothing below ever sees a frame over the limits.
    const bounded = boundFrame(frame, engine.frameLimits);
    // Traced only once bounded: a value from a host may be nested without limit or cyclic.
    this.#trace?.trace({ direction: 'in', frame: framePreview(traceText(frame, bounded.ok)) }, 'frame from client');
    if (bounded.ok) engine.monitor?.noteRequests(id, bounded.frame);
    else engine.monitor?.noteRequests(id, undefined, bounded.id);
    const session = engine.session(id);
    if (bounded.ok) frameReceiver(session)?.send({ type: 'frame', frame: bounded.frame });
    else session?.send({ type: 'frame.refused', id: bounded.id, failure: bounded.failure });
  }

  /** The client's connection is gone: every device stops. */
  clientLeft(reason?: string): void {
    if (!this.#open) return;
    this.#shut();
    this.engine.session(this.id)?.send({ type: 'transport.closed', ...(reason ? { reason } : {}) });
    this.#ended(reason ?? 'the client left');
  }

  #shut(): void {
    this.#open = false;
    this.engine.openTransports.delete(this);
    this.engine.monitor?.endSession(this.id);
  }

  /** The transport is the host's code: if it throws, the connection is broken, never the engine. */
  #closeTransport(reason: string): void {
    try {
      this.transport.close(reason);
    } catch (error) {
      this.engine.logger.error(
        { session: this.id, ...failureFields(error) },
        "the host's transport threw while closing",
      );
    }
  }

  #ended(reason: string): void {
    if (!this.#handshaken) return;
    this.#handshaken = false;
    this.engine.disconnected(this.id, reason);
  }
}

/** What the host holds: the frames it feeds and the end of its connection. */
class HostSide implements ServerSession {
  constructor(private readonly connection: ClientConnection) {}

  get id(): string {
    return this.connection.id;
  }

  receive(frame: string | readonly unknown[]): void {
    this.connection.receive(frame);
  }

  close(reason?: string): void {
    this.connection.clientLeft(reason);
  }
}
