/**
 * Turns connections into engine sessions, for every server transport (WebSocket, IPC). Two modes:
 *
 * - one engine, one session at a time (the default, like Intiface Engine): the engine and its devices
 *   outlive each client; a second connection while one is active is refused with an `Error` (code 1)
 *   and closed, and the first is untouched. The refusal answers the newcomer's RequestServerInfo (with
 *   its Id), because that is the reply every client waits for; one that says nothing within
 *   `REFUSAL_WAIT_MS` gets it with Id 0;
 * - concurrent sessions: each connection gets its own engine from a factory (its own device managers
 *   and devices), shut down when that connection ends.
 *
 * Either way, when a connection ends for any reason its session closes and its devices stop. Other
 * clients of a shared engine that do not come through a host (the REST API) take it with `claimEngine`,
 * under the same rule: whoever holds it first keeps it until they let go.
 */
import { frameTransport, type ButtplugServer, type ServerSession } from '../actors/engine/buttplugServer.js';
import { errorFields, guardedLogger, silentLogger, type Logger } from '../protocols/core/logger.js';
import { ErrorCode } from '../protocols/buttplug/errorCodes.js';
import { encodeFrame, parseJson, readableId } from '../protocols/buttplug/frame.js';
import type { MessageV4 } from '../protocols/buttplug/messages.js';
import { messageOf } from '../protocols/core/errorText.js';

/** How long a refused connection may take to send its handshake before it is told and closed. */
export const REFUSAL_WAIT_MS = 500;

/** The default largest frame a server transport accepts: 1 MiB. */
export const DEFAULT_MAX_FRAME_BYTES = 1024 * 1024;

/** Where sessions come from. */
export type SessionSource =
  /** One long-lived engine, one client at a time. */
  | { readonly server: ButtplugServer }
  /** A new engine per connection, several clients at once. */
  | { readonly createServer: () => ButtplugServer };

/** One client connection as the host sees it. */
export interface Connection {
  /** Sends one text frame (dropped if the connection is already closing). */
  send(text: string): void;
  /** Ends the connection; the reason is for the peer and the logs. */
  close(reason: string): void;
}

/** What a transport tells the host about an accepted connection. */
export interface HostedConnection {
  /** A complete text frame from the client. */
  receive(text: string): void;
  /** A frame the transport could not accept (too large, binary, not UTF-8): answered with Error code 3, Id 0. */
  refuse(reason: string): void;
  /** The connection is gone: the session closes and its devices stop. */
  closed(reason: string): void;
}

/** A spec Error frame (Id 0 for a frame the transport could not read). */
export const errorFrame = (code: ErrorCode, message: string, id = 0): string => {
  const error: MessageV4<'Error'> = { type: 'Error', Id: id, ErrorCode: code, ErrorMessage: message };
  return encodeFrame([error]);
};

/** The Id of a frame's first message, if it has a readable one. */
const firstId = (text: string): number => {
  const frame = parseJson(text);
  return frame.ok && Array.isArray(frame.value) ? readableId(frame.value[0]) : 0;
};

/** Whoever holds a shared engine now. */
interface Holder {
  /** Who it is, for the refusal others get ("a WebSocket client (\"App\", 127.0.0.1:50000)"). */
  describe(): string;
  /** What a client refused because of it should be told, when this is not a connection like its own. */
  readonly refusal?: () => string;
}

interface ActiveSession extends Holder {
  readonly connection: Connection;
  /** Set as soon as the engine opened it. */
  session?: ServerSession;
  /** The engine this connection owns (concurrent mode only). */
  readonly ownServer?: ButtplugServer;
  /** The name the client gave in its handshake. */
  clientName?: string;
  /** Stops following the engine's events for this session. */
  unlisten?: () => void;
}

/**
 * Who holds each shared engine, over every transport serving it and the REST API: "one client at a
 * time" holds across all of them together, not per transport.
 */
const occupancy = new WeakMap<ButtplugServer, Set<Holder>>();

const occupants = (server: ButtplugServer): Set<Holder> => {
  let set = occupancy.get(server);
  if (!set) occupancy.set(server, (set = new Set()));
  return set;
};

/** Who holds a shared engine now, in words ("a WebSocket client (\"App\", 127.0.0.1:50000)"), if anyone does. */
export const engineHolder = (server: ButtplugServer): string | undefined => {
  for (const holder of occupancy.get(server) ?? []) return holder.describe();
  return undefined;
};

/** A client's hold on a shared engine, from `claimEngine`. */
export interface EngineClaim {
  /** Lets the engine go (again: nothing); the next client may take it. */
  release(): void;
}

/**
 * Takes a shared engine for a client that does not come through a `SessionHost` (the REST API), under
 * the same rule as connections: undefined when another client holds it. While the claim lasts, new
 * connections are refused with `refusal()` as their Error's message.
 */
export const claimEngine = (
  server: ButtplugServer,
  holder: { readonly describe: () => string; readonly refusal: () => string },
): EngineClaim | undefined => {
  const set = occupants(server);
  if (set.size > 0) return undefined;
  const entry: Holder = { describe: holder.describe, refusal: holder.refusal };
  set.add(entry);
  return { release: () => void set.delete(entry) };
};

/** The Error a connection refused because the engine is held gets. */
const BUSY = 'the server is busy: another client is connected (this server takes one client at a time)';

export class SessionHost {
  private readonly active = new Set<ActiveSession>();
  private readonly shutdowns = new Set<Promise<void>>();

  private readonly logger: Logger;

  /**
   * @param transport what the transport's clients are ("a WebSocket client"), to name one that holds
   *   the engine to the engine's other clients
   */
  constructor(
    private readonly source: SessionSource,
    logger: Logger = silentLogger,
    private readonly transport = 'a client',
  ) {
    this.logger = guardedLogger(logger);
  }

  /** Sessions open now. */
  get sessionCount(): number {
    return this.active.size;
  }

  /** Opens a session for a new connection, or refuses it when the engine is busy. */
  accept(connection: Connection, peer: string): HostedConnection {
    const holder = 'server' in this.source ? [...occupants(this.source.server)][0] : undefined;
    if (holder && 'server' in this.source) {
      const reason = holder.refusal?.() ?? BUSY;
      this.logger.warn({ peer, holder: holder.describe() }, 'connection refused: another client holds the engine');
      this.source.server.emit('clientrejected', { reason });
      return this.refuse(connection, reason, ErrorCode.Init);
    }
    let ownServer: ButtplugServer | undefined;
    try {
      ownServer = 'createServer' in this.source ? this.source.createServer() : undefined;
    } catch (error) {
      this.logger.error({ peer, ...errorFields(error) }, 'could not create an engine for a new connection');
      return this.refuse(connection, `the server could not start a session: ${messageOf(error)}`, ErrorCode.Unknown);
    }
    const server = ownServer ?? (this.source as { server: ButtplugServer }).server;
    const transport = this.transport;
    const entry: ActiveSession = {
      connection,
      ...(ownServer ? { ownServer } : {}),
      describe() {
        return `${transport} (${this.clientName ? `${JSON.stringify(this.clientName)}, ` : ''}${peer})`;
      },
    };
    this.active.add(entry);
    if (!ownServer) occupants(server).add(entry);
    // The engine ends the session (Disconnect, ping timeout, shutdown; even at once): close the connection too.
    const session = server.connect(
      frameTransport(
        (text) => connection.send(text),
        (reason) => {
          this.release(entry);
          connection.close(reason);
        },
      ),
    );
    entry.session = session;
    const onConnected = (client: { readonly sessionId: string; readonly clientName: string }) => {
      if (client.sessionId === session.id) entry.clientName = client.clientName;
    };
    server.on('clientconnected', onConnected);
    entry.unlisten = () => server.off('clientconnected', onConnected);
    const log = this.logger.child({ session: session.id });
    log.info({ peer }, 'connection opened');
    return {
      receive: (text) => session.receive(text),
      refuse: (reason) => {
        log.warn({ reason }, 'frame refused');
        connection.send(errorFrame(ErrorCode.Message, reason));
      },
      closed: (reason) => {
        if (!this.active.has(entry)) return;
        log.info({ reason }, 'connection closed');
        session.close(reason);
        this.release(entry);
      },
    };
  }

  /** A connection the engine cannot take: answer its first frame with an Error, then close it. */
  private refuse(connection: Connection, reason: string, code: ErrorCode): HostedConnection {
    let open = true;
    const refuseWith = (id: number) => {
      if (!open) return;
      open = false;
      clearTimeout(timer);
      connection.send(errorFrame(code, reason, id));
      connection.close(reason);
    };
    const timer = setTimeout(() => refuseWith(0), REFUSAL_WAIT_MS);
    return {
      receive: (text) => refuseWith(firstId(text)),
      refuse: () => refuseWith(0),
      closed: () => {
        open = false;
        clearTimeout(timer);
      },
    };
  }

  /** Closes every connection (their sessions close and devices stop) and waits for per-connection engines to stop. */
  async closeAll(reason: string): Promise<void> {
    for (const entry of [...this.active]) {
      entry.session?.close(reason);
      this.release(entry);
      entry.connection.close(reason);
    }
    await Promise.all([...this.shutdowns]);
  }

  private release(entry: ActiveSession): void {
    if ('server' in this.source) occupants(this.source.server).delete(entry);
    entry.unlisten?.();
    if (!this.active.delete(entry) || !entry.ownServer) return;
    const server = entry.ownServer;
    // Not synchronously: we may be inside one of the engine's own actions (its session closing the connection).
    const shutdown = Promise.resolve()
      .then(() => server.shutdown())
      .catch((error: unknown) => {
        this.logger.error(errorFields(error), 'a per-connection engine did not shut down cleanly');
      });
    this.shutdowns.add(shutdown);
    void shutdown.finally(() => this.shutdowns.delete(shutdown));
  }
}
