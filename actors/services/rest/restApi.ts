/**
 * `--rest-api-port`: an HTTP server beside the WebSocket server, with Intiface Engine's REST API at
 * `/api/v1` and ours at `/api/v2`, both driving the engine through one embedded Buttplug session,
 * which holds the engine as any client does (one client at a time, see `restSession.ts`). Bound to
 * 127.0.0.1 unless asked for another address.
 *
 * Bounded everywhere: request bodies (16 KiB), connections (64), header and request time (10 s,
 * 30 s), event streams (16). Closing ends the event streams, the session (every device it drives
 * stops) and every connection.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ButtplugServer } from '../../engine/buttplugServer.js';
import { errorFields, silentLogger, type Logger } from '../../../protocols/core/logger.js';
import { intifaceV1Routes } from './intifaceV1Routes.js';
import { RestContext } from './restContext.js';
import { RestEvents } from './restEvents.js';
import { DEFAULT_RELEASE_AFTER_MS, RestSession } from './restSession.js';
import { restV2Routes } from './restV2Routes.js';

export const MAX_BODY_BYTES = 16 * 1024;
export const MAX_CONNECTIONS = 64;

export interface RestApiOptions {
  readonly server: ButtplugServer;
  /** 0 picks a free port (read it back from `port`). */
  readonly port: number;
  /** Default 127.0.0.1. */
  readonly host?: string;
  /** With a limit (the engine's ping limit), the REST session ends (every device stops) after this long without a request; 0: none. */
  readonly idleLimitMs?: number;
  /**
   * Without an idle limit, the REST API lets the engine go (its session ends, every device it drove
   * stops) this long after its last request once no event stream is open; 0: never. Default 60 s.
   */
  readonly releaseAfterMs?: number;
  readonly logger?: Logger;
}

export class RestApi {
  private readonly sockets = new Set<Socket>();
  private closing: Promise<void> | undefined;

  private constructor(
    private readonly http: Server,
    private readonly context: RestContext,
    private readonly logger: Logger,
  ) {
    http.on('connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.once('close', () => this.sockets.delete(socket));
    });
  }

  /** Starts listening; rejects if the address cannot be bound. */
  static async listen(options: RestApiOptions): Promise<RestApi> {
    const logger = (options.logger ?? silentLogger).child({ service: 'rest' });
    const session = new RestSession(
      options.server,
      { idleLimitMs: options.idleLimitMs ?? 0, releaseAfterMs: options.releaseAfterMs ?? DEFAULT_RELEASE_AFTER_MS },
      logger,
    );
    const context = new RestContext(session, new RestEvents(session));
    const app = new Hono();
    const limitBody = bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => c.json({ error: `the body is larger than ${MAX_BODY_BYTES} bytes` }, 413),
    });
    // A request with neither length nor chunked encoding has no body (HTTP/1.1), as `curl -X DELETE`
    // sends it: the limit's reader would fail on its empty stream, so there is nothing to limit.
    app.use('*', (c, next) =>
      c.req.raw.headers.has('content-length') || c.req.raw.headers.has('transfer-encoding')
        ? limitBody(c, next)
        : next(),
    );
    app.route('/api/v1', intifaceV1Routes(context));
    app.route('/api/v2', restV2Routes(context));
    // Intiface answers unknown routes with an empty 404; ours say what was asked.
    app.notFound((c) => {
      const path = new URL(c.req.url).pathname;
      return path.startsWith('/api/v2/')
        ? c.json({ error: `no route ${c.req.method} ${path}` }, 404)
        : c.body(null, 404);
    });
    app.onError((error, c) => {
      logger.error(errorFields(error), 'REST request failed');
      return c.json({ error: 'internal error' }, 500);
    });
    const http = createServer(
      { requestTimeout: 30_000, headersTimeout: 10_000, keepAliveTimeout: 5_000, maxHeaderSize: 16 * 1024 },
      getRequestListener(app.fetch, { overrideGlobalObjects: false }),
    );
    http.maxConnections = MAX_CONNECTIONS;
    http.maxHeadersCount = 64;
    await new Promise<void>((resolve, reject) => {
      http.once('error', reject);
      http.listen(options.port, options.host ?? '127.0.0.1', () => {
        http.off('error', reject);
        resolve();
      });
    });
    http.on('error', (error) => logger.error(errorFields(error), 'REST server error'));
    const api = new RestApi(http, context, logger);
    // Intiface's REST API connects its client at start, because there it replaces the WebSocket server.
    // Here it is one client beside the others: it takes the engine on the first request that needs it.
    logger.debug({ url: api.url }, 'listening');
    return api;
  }

  get port(): number {
    return (this.http.address() as AddressInfo).port;
  }

  get url(): string {
    const { address, family } = this.http.address() as AddressInfo;
    const host = address === '0.0.0.0' || address === '::' ? '127.0.0.1' : family === 'IPv6' ? `[${address}]` : address;
    return `http://${host}:${this.port}`;
  }

  /** Ends the event streams and the session (its devices stop), then every connection. */
  close(): Promise<void> {
    this.closing ??= this.closeNow();
    return this.closing;
  }

  private async closeNow(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.http.close(() => resolve()));
    await this.context.closeStreams();
    await this.context.session.close();
    this.http.closeIdleConnections();
    // Requests still running get a moment; then their connections go.
    const timer = setTimeout(() => this.sockets.forEach((socket) => socket.destroy()), 500);
    timer.unref();
    await closed;
    clearTimeout(timer);
    this.logger.debug('stopped listening');
  }
}
