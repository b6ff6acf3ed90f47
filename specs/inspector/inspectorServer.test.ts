/** The page's server: local, token-guarded, strict about what it serves and accepts. */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { InspectorServer } from '../../transports/inspector/inspectorServer.js';

/** A raw request, so the Host and Origin headers are ours to choose. */
const raw = (
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> =>
  new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers },
      (response) => {
        let body = '';
        response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });

const upgradeStatus = (url: string, headers: Record<string, string> = {}): Promise<number> =>
  new Promise((resolve) => {
    const socket = new WebSocket(url, { headers });
    socket.once('open', () => {
      socket.close();
      resolve(101);
    });
    socket.once('unexpected-response', (_req, response) => resolve(response.statusCode ?? 0));
    socket.once('error', () => resolve(0));
  });

describe('the inspector server', () => {
  let inspector: InspectorServer;
  beforeAll(async () => {
    inspector = await InspectorServer.listen({ port: 0 });
  });
  afterAll(() => inspector.close());

  it('listens on 127.0.0.1 and prints a URL with a long random token', () => {
    expect(inspector.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/[A-Za-z0-9_-]{24}\/$/);
    expect(inspector.url).toContain(inspector.token);
  });

  it('serves the page with its CSP, and its files, under the token', async () => {
    const page = await raw(inspector.port, `/${inspector.token}/`);
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toMatch(/^default-src 'self'/);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    // Every file the page loads is relative: it comes from here.
    const references = [...page.body.matchAll(/<(?:script|link)[^>]*(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(references.sort()).toEqual(['favicon.svg', 'inspector.css', 'inspector.js']);
    for (const file of references) {
      const asset = await raw(inspector.port, `/${inspector.token}/${file}`);
      expect(asset.status).toBe(200);
      expect(asset.headers['content-security-policy']).toMatch(/^default-src 'self'/);
    }
    expect((await raw(inspector.port, `/${inspector.token}`)).status).toBe(308);
    expect((await raw(inspector.port, `/${inspector.token}/nothing.js`)).status).toBe(404);
  });

  it('answers 403 to a missing or wrong token, another Host, or a foreign Origin', async () => {
    const wrong = inspector.token.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'));
    expect((await raw(inspector.port, '/')).status).toBe(403);
    expect((await raw(inspector.port, '/inspector.js')).status).toBe(403);
    expect((await raw(inspector.port, `/${wrong}/`)).status).toBe(403);
    expect((await raw(inspector.port, `/${inspector.token}x/`)).status).toBe(403);
    expect(
      (await raw(inspector.port, `/${inspector.token}/`, { headers: { host: `evil.example:${inspector.port}` } }))
        .status,
    ).toBe(403);
    const foreign = await raw(inspector.port, `/${inspector.token}/api/stop-all`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://evil.example' },
      body: '{}',
    });
    expect(foreign.status).toBe(403);
  });

  it('opens the stream only with the token and from its own origin', async () => {
    const base = inspector.url.replace('http:', 'ws:');
    expect(await upgradeStatus(`${base}stream`)).toBe(101);
    expect(await upgradeStatus(`ws://127.0.0.1:${inspector.port}/stream`)).toBe(403);
    expect(await upgradeStatus(`ws://127.0.0.1:${inspector.port}/${inspector.token}nope/stream`)).toBe(403);
    expect(await upgradeStatus(`${base}stream`, { origin: 'http://evil.example' })).toBe(403);
    // Stately's hosted UI may watch (its page has another origin); it still needs the token.
    expect(await upgradeStatus(`${base}stately`, { origin: 'https://stately.ai' })).toBe(101);
    expect(await upgradeStatus(`ws://127.0.0.1:${inspector.port}/stately`, { origin: 'https://stately.ai' })).toBe(403);
  });

  it('takes commands only as bounded JSON', async () => {
    const path = `/${inspector.token}/api/send`;
    expect((await raw(inspector.port, path, { method: 'POST', body: '{}' })).status).toBe(415);
    const large = await raw(inspector.port, path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ actor: 'a1', type: 'x', payload: 'x'.repeat(100_000) }),
    });
    expect(large.status).toBe(413);
    const bad = await raw(inspector.port, path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{',
    });
    expect(bad.status).toBe(400);
    expect((await raw(inspector.port, `/${inspector.token}/`, { method: 'DELETE' })).status).toBe(405);
    // No engine attached: STOP ALL says so instead of pretending.
    const stop = await raw(inspector.port, `/${inspector.token}/api/stop-all`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(JSON.parse(stop.body)).toMatchObject({ ok: false });
  });

  it('refuses a port that is taken', async () => {
    await expect(InspectorServer.listen({ port: inspector.port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });
});
