/**
 * A local HTTP server that behaves like the Lovense Connect app: `GET /GetToys` lists its toys in the
 * app's JSON shape, any other path is a command that it records and answers `{"type":"OK","code":200}`.
 * Tests can change the toys, make commands fail, hold them (a command in flight), or take the app down.
 * Also a fake of Lovense's lookup service that points at such apps.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';

export interface FakeToy {
  id: string;
  name: string;
  nickName?: string;
  status: number | string | boolean;
  version?: string;
  battery: number | string | null;
}

export interface ReceivedCommand {
  /** `Vibrate`, `AirAuto`... */
  readonly command: string;
  readonly params: Record<string, string>;
  /** The path and query as received. */
  readonly path: string;
}

const servers: Server[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) await closeServer(server);
});

const closeServer = (server: Server) =>
  new Promise<void>((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
    server.closeAllConnections();
  });

const listen = async (
  handler: (request: IncomingMessage, response: ServerResponse) => void,
): Promise<{ server: Server; url: string }> => {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
};

const json = (response: ServerResponse, status: number, body: unknown) => {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
};

export class FakeLovenseConnectApp {
  readonly toys = new Map<string, FakeToy>();
  readonly commands: ReceivedCommand[] = [];
  /** How many times the toy list was asked for. */
  toyListRequests = 0;
  /** Commands answer with this HTTP status instead of 200. */
  commandStatus = 200;
  /** Commands get no answer (they stay in flight until `goDown()` cuts them off). */
  holdCommands = false;
  private readonly waiters: (() => void)[] = [];

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(toys: FakeToy[] = []): Promise<FakeLovenseConnectApp> {
    const { server, url } = await listen((request, response) => app.handle(request, response));
    const app = new FakeLovenseConnectApp(server, url);
    for (const toy of toys) app.toys.set(toy.id, toy);
    return app;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** Resolves once `count` commands have arrived. */
  async waitForCommands(count: number, timeoutMs = 3_000): Promise<ReceivedCommand[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.commands.length < count) {
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(
          `only ${this.commands.length} of ${count} commands arrived: ${JSON.stringify(this.commands.map((c) => c.path))}`,
        );
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.commands.slice(0, count);
  }

  /** The app quits: open connections are cut and nothing answers any more. */
  goDown(): Promise<void> {
    return closeServer(this.server);
  }

  private handle(request: IncomingMessage, response: ServerResponse): void {
    const url = new URL(request.url ?? '/', this.url);
    const command = url.pathname.replace(/^\//, '');
    if (command === 'GetToys') {
      this.toyListRequests++;
      return json(response, 200, { type: 'OK', code: 200, data: Object.fromEntries(this.toys) });
    }
    this.commands.push({ command, params: Object.fromEntries(url.searchParams), path: `${command}${url.search}` });
    for (const wake of this.waiters.splice(0)) wake();
    if (this.holdCommands) return;
    if (this.commandStatus === 200) json(response, 200, { type: 'OK', code: 200 });
    else json(response, this.commandStatus, { type: 'error', code: this.commandStatus });
  }
}

/** Lovense's lookup service, naming the given apps the way the real one does (`127-0-0-1.lovense.club`). */
export const startFakeLookupService = async (
  apps: FakeLovenseConnectApp[],
): Promise<{ url: string; requests: () => number }> => {
  let requests = 0;
  const { url } = await listen((_request, response) => {
    requests++;
    json(
      response,
      200,
      Object.fromEntries(
        apps.map((app) => [
          `127-0-0-1.lovense.club`,
          {
            domain: '127-0-0-1.lovense.club',
            httpPort: String(app.port),
            wsPort: 34567,
            httpsPort: 30010,
            wssPort: 34568,
            toys: {},
          },
        ]),
      ),
    );
  });
  return { url: `${url}/api/lan/getToys`, requests: () => requests };
};
