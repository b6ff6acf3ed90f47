/**
 * The state-visualizer page, served by the engine: `http://127.0.0.1:PORT/TOKEN/`.
 *
 * - Local only: it listens on 127.0.0.1 and answers only requests addressed to 127.0.0.1 or
 *   localhost (a page elsewhere cannot reach it by rebinding a name).
 * - Every request and the stream carry the random token as the first path segment; any other gets
 *   403. Pages get `Content-Security-Policy: default-src 'self'`, and every file is in the package:
 *   it works with the network unplugged.
 * - The page watches every engine attached to it (`new ButtplugServer({ inspector })`) and acts on
 *   them only as a client would (engineCommands.ts, sendPolicy.ts); STOP ALL is a request of its own.
 *
 *   const inspector = await InspectorServer.listen({ port: 12346 });
 *   const server = new ButtplugServer({ inspector, ... });
 *   console.log(`inspect at ${inspector.url}`);
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type { InspectionEvent } from 'xstate';
import { WebSocketServer } from 'ws';
import type { ButtplugServer, EngineInspector } from '../../actors/engine/buttplugServer.js';
import { errorFields, silentLogger, type Logger } from '../../protocols/core/logger.js';
import { messageOf } from '../../protocols/core/errorText.js';
import { EngineCommands } from './engineCommands.js';
import { FileStorage, FlightRecorder } from './flightRecorder.js';
import type { CommandResult } from './inspectionRecords.js';
import { InspectionModel } from './inspectionModel.js';
import { LiveStream } from './liveStream.js';
import { loadPageAssets, type PageAssets } from './pageAssets.js';
import { StatelyBridge } from './statelyBridge.js';

export const DEFAULT_INSPECTOR_PORT = 12346;
/** Largest request body accepted (a payload from the page's editor). */
const MAX_BODY_BYTES = 64 * 1024;

export interface InspectorServerOptions {
  /** Default 12346; 0 picks a free port (read it back from `port` or `url`). */
  readonly port?: number;
  /** Also record the inspection stream to this JSONL file (the flight recorder). */
  readonly record?: string;
  /** The recording's bound in bytes (default 64 MiB, in two segments). */
  readonly recordMaxBytes?: number;
  /** How often the page gets a batch of changes (default 100 ms). */
  readonly flushIntervalMs?: number;
  readonly logger?: Logger;
}

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': "default-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
  'cross-origin-resource-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
};

const TYPES: Readonly<Record<keyof PageAssets, string>> = {
  'index.html': 'text/html; charset=utf-8',
  'inspector.js': 'text/javascript; charset=utf-8',
  'inspector.css': 'text/css; charset=utf-8',
  'favicon.svg': 'image/svg+xml',
};

const sameToken = (given: string, token: string): boolean => {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
};

export class InspectorServer implements EngineInspector {
  readonly model = new InspectionModel();
  readonly token = randomBytes(18).toString('base64url');
  private readonly commands = new EngineCommands(this.model);
  private readonly stream: LiveStream;
  private readonly sockets = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  private readonly bridge: StatelyBridge;
  private readonly recorder: FlightRecorder | undefined;
  private readonly logger: Logger;
  private http!: Server;
  private closing: Promise<void> | undefined;

  private constructor(private readonly options: InspectorServerOptions) {
    this.logger = (options.logger ?? silentLogger).child({ transport: 'inspector' });
    this.recorder = options.record
      ? new FlightRecorder(this.model, new FileStorage(options.record), {
          ...(options.recordMaxBytes !== undefined ? { maxBytes: options.recordMaxBytes } : {}),
        })
      : undefined;
    this.stream = new LiveStream(this.model, {
      accepts: (key) => this.commands.accepts(key),
      ...(options.flushIntervalMs !== undefined ? { flushIntervalMs: options.flushIntervalMs } : {}),
      ...(options.record ? { recording: 'recording.jsonl' } : {}),
    });
    this.bridge = new StatelyBridge(this.model);
  }

  /** Starts serving on 127.0.0.1; rejects if the port cannot be bound. */
  static async listen(options: InspectorServerOptions = {}): Promise<InspectorServer> {
    const inspector = new InspectorServer(options);
    // Load (or, from the sources, bundle) the page now, without holding the engine's start up for it.
    loadPageAssets().catch((error: unknown) =>
      inspector.logger.error(errorFields(error), 'the inspector page could not be loaded'),
    );
    inspector.http = createServer((request, response) => void inspector.handle(request, response));
    inspector.http.on('upgrade', (request, socket, head) => inspector.upgrade(request, socket, head));
    inspector.http.on('clientError', (_error, socket) => socket.destroy());
    try {
      await new Promise<void>((resolve, reject) => {
        inspector.http.once('error', reject);
        inspector.http.listen(options.port ?? DEFAULT_INSPECTOR_PORT, '127.0.0.1', () => {
          inspector.http.off('error', reject);
          resolve();
        });
      });
    } catch (error) {
      await inspector.shutDownParts();
      throw error;
    }
    inspector.http.on('error', (error) => inspector.logger.error(errorFields(error), 'inspector server error'));
    return inspector;
  }

  get port(): number {
    return (this.http.address() as AddressInfo).port;
  }

  /** The page, token included: give it to the user. */
  get url(): string {
    return `http://127.0.0.1:${this.port}/${this.token}/`;
  }

  attach(server: ButtplugServer): (event: InspectionEvent) => void {
    this.commands.attach(server);
    return this.model.inspect;
  }

  /** STOP ALL from the host, as the page's button does it. */
  stopAll(): Promise<CommandResult> {
    return this.commands.stopAll();
  }

  /** Stops serving; sessions the page opened end (their devices stop); the recording is flushed. */
  close(): Promise<void> {
    return (this.closing ??= (async () => {
      for (const client of this.sockets.clients) client.terminate();
      await new Promise<void>((resolve) => {
        this.http.close(() => resolve());
        this.http.closeAllConnections();
      });
      await this.shutDownParts();
    })());
  }

  private async shutDownParts(): Promise<void> {
    this.stream.close();
    this.bridge.close();
    this.commands.closeClients();
    this.sockets.close();
    await this.recorder?.close();
  }

  /**
   * The path after the token, or undefined when the request may not be answered. Only the Stately
   * bridge may be opened from another origin (Stately's own page): it only watches.
   */
  private route(request: IncomingMessage): string | undefined {
    const host = request.headers.host ?? '';
    if (host !== `127.0.0.1:${this.port}` && host !== `localhost:${this.port}`) return undefined;
    const path = (request.url ?? '/').split('?')[0]!;
    const match = /^\/([^/]+)(\/.*)?$/.exec(path);
    if (!match || !sameToken(match[1]!, this.token)) return undefined;
    const rest = match[2] ?? '';
    const origin = request.headers.origin;
    const local =
      origin === undefined || origin === `http://127.0.0.1:${this.port}` || origin === `http://localhost:${this.port}`;
    return local || rest === '/stately' ? rest : undefined;
  }

  private refuse(response: ServerResponse, status: number, text: string): void {
    response.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
    response.end(`${text}\n`);
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    try {
      const path = this.route(request);
      if (path === undefined) return this.refuse(response, 403, 'forbidden: this page needs the URL with its token');
      // The page's own URL must end in a slash, so its files resolve under the token.
      if (path === '') {
        response.writeHead(308, { ...SECURITY_HEADERS, location: `/${this.token}/` });
        return void response.end();
      }
      if (request.method === 'POST') return await this.command(path, request, response);
      if (request.method !== 'GET' && request.method !== 'HEAD')
        return this.refuse(response, 405, 'method not allowed');
      const name = path === '/' ? 'index.html' : path.slice(1);
      if (name === 'recording.jsonl') return this.serveRecording(response);
      const assets = await loadPageAssets();
      if (!(name in TYPES)) return this.refuse(response, 404, 'not found');
      const body = assets[name as keyof PageAssets];
      response.writeHead(200, { ...SECURITY_HEADERS, 'content-type': TYPES[name as keyof PageAssets] });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch (error) {
      this.logger.warn(errorFields(error), 'inspector request failed');
      if (!response.headersSent) this.refuse(response, 500, `the inspector failed: ${messageOf(error)}`);
      else response.destroy();
    }
  }

  /** The flight recorder's file (older segment first), for `?recording=recording.jsonl`. */
  private serveRecording(response: ServerResponse): void {
    const path = this.options.record;
    if (!path) return this.refuse(response, 404, 'not recording (start with --inspect-record FILE)');
    response.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'application/x-ndjson; charset=utf-8' });
    const parts = [`${path}.1`, path].filter((part) => existsSync(part));
    const next = () => {
      const part = parts.shift();
      if (!part) return void response.end();
      createReadStream(part)
        .on('error', () => response.destroy())
        .on('end', next)
        .pipe(response, { end: false });
    };
    next();
  }

  private async command(path: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
    const reply = (status: number, result: CommandResult) => {
      response.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8' });
      response.end(JSON.stringify(result));
    };
    if (path !== '/api/stop-all' && path !== '/api/send') return reply(404, { ok: false, message: 'not found' });
    if (!(request.headers['content-type'] ?? '').startsWith('application/json'))
      return reply(415, { ok: false, message: 'send JSON (content-type: application/json)' });
    const body = await this.readBody(request);
    if (body === undefined) {
      response.setHeader('connection', 'close');
      response.on('finish', () => request.destroy());
      return reply(413, { ok: false, message: `the request is larger than ${MAX_BODY_BYTES} bytes` });
    }
    if (path === '/api/stop-all') {
      const result = await this.commands.stopAll();
      this.logger.info({ ok: result.ok }, `STOP ALL from the inspector page: ${result.message}`);
      return reply(200, result);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return reply(400, { ok: false, message: 'the request is not JSON' });
    }
    const { actor, type, payload } = (parsed ?? {}) as { actor?: unknown; type?: unknown; payload?: unknown };
    if (typeof actor !== 'string' || typeof type !== 'string')
      return reply(400, { ok: false, message: 'expected {"actor": KEY, "type": EVENT, "payload": ...}' });
    const result = await this.commands.send(actor, type, payload);
    this.logger.info({ actor, event: type, ok: result.ok }, `event from the inspector page: ${result.message}`);
    // Nobody is watching (a bare HTTP call): nothing it started may run on unattended.
    if (this.stream.pageCount === 0) this.commands.closeClients();
    return reply(200, result);
  }

  private readBody(request: IncomingMessage): Promise<string | undefined> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      request.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY_BYTES) {
          // Answer now (the caller says 413) and stop reading: the connection closes after the answer.
          request.pause();
          resolve(undefined);
        } else chunks.push(chunk);
      });
      request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      request.on('error', reject);
    });
  }

  private upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    socket.on('error', () => socket.destroy());
    const path = this.route(request);
    if (path !== '/stream' && path !== '/stately') {
      socket.end(`HTTP/1.1 ${path === undefined ? '403 Forbidden' : '404 Not Found'}\r\nconnection: close\r\n\r\n`);
      return;
    }
    this.sockets.handleUpgrade(request, socket, head, (ws) => {
      if (path === '/stately') return this.bridge.add(ws);
      this.stream.add(ws, (remaining) => {
        // The last page is gone: whatever it started stops with its sessions.
        if (remaining === 0) this.commands.closeClients();
      });
    });
  }
}
