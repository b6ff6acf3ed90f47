/**
 * "One client at a time" across every way in (issue 9, Found 6): the REST API is one client of the
 * engine like a WebSocket or IPC app, over real HTTP, a real WebSocket server and a real IPC socket
 * serving one engine.
 */
import { describe, expect, it } from 'vitest';
import { RestApi } from '../../actors/services/rest/restApi.js';
import { ErrorCode } from '../../protocols/buttplug/errorCodes.js';
import { IpcServerTransport } from '../../transports/ipcServer.js';
import { WebSocketServerTransport } from '../../transports/websocketServer.js';
import { onCleanup, startEngine, waitFor } from '../support/engine.js';
import { rawIpc } from '../support/rawIpc.js';
import { handshakeFrame, RawWebSocket } from '../support/rawWebSocket.js';
import { tempSocketPath } from '../support/transports.js';

/** One engine with a simulated Lovense Edge behind WebSocket, IPC and the REST API. */
const startAll = async (rest: { releaseAfterMs?: number; idleLimitMs?: number } = {}) => {
  const engine = startEngine({ dcm: { devices: [{ name: 'LVS-Edge', address: 'EDGE' }] } });
  const websocket = await WebSocketServerTransport.listen({ server: engine.server, port: 0 });
  onCleanup(() => websocket.close());
  const ipc = await IpcServerTransport.listen({ server: engine.server, path: tempSocketPath() });
  onCleanup(() => ipc.close());
  const api = await RestApi.listen({ server: engine.server, port: 0, ...rest });
  onCleanup(() => api.close());
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${api.url}${path}`, {
      method,
      ...(body !== undefined ? { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } } : {}),
    });
    return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
  };
  const edge = () => engine.dcm.hardware('EDGE')!;
  /** The REST API scans until the Edge is listed (this takes the engine). */
  const restScan = async () => {
    expect((await call('POST', '/api/v2/scanning/start')).status).toBe(204);
    await waitFor(() => engine.dcm.hardware('EDGE') !== undefined, 3_000, 'the Edge');
    let listed = false;
    while (!listed) listed = (await call('GET', '/api/v2/devices')).text !== '[]';
  };
  const wsClient = async (name = 'raw test client') => {
    const socket = await RawWebSocket.open(websocket.url);
    onCleanup(async () => socket.socket.terminate());
    socket.send(handshakeFrame(1, name));
    return socket;
  };
  return { engine, websocket, ipc, api, call, edge, restScan, wsClient };
};

const busyOf = (reply: { status: number; type: string | null; text: string }) => ({
  status: reply.status,
  type: reply.type,
  ...(JSON.parse(reply.text) as { error: string; holder: string }),
});

describe('the REST API and the other clients: one client at a time', () => {
  it('refuses REST requests with 409 naming the WebSocket client that holds the engine, which drives on undisturbed', async () => {
    const { call, wsClient, edge, engine } = await startAll();
    const app = await wsClient('Game');
    await app.log.next('ServerInfo');
    app.send(JSON.stringify([{ StartScanning: { Id: 2 } }]));
    await waitFor(() => engine.dcm.hardware('EDGE') !== undefined, 3_000, 'the Edge');
    await app.log.next('DeviceList', (body) => Object.keys(body.Devices as object).length === 1);
    app.send(
      JSON.stringify([{ OutputCmd: { Id: 3, DeviceIndex: 0, FeatureIndex: 0, Command: { Vibrate: { Value: 7 } } } }]),
    );
    await app.log.next('Ok', (body) => body.Id === 3);

    for (const [method, path] of [
      ['GET', '/api/v1/devices'],
      ['PUT', '/api/v1/devices/stop'],
      ['PUT', '/api/v1/devices/0/outputs/Vibrate/0'],
      ['GET', '/api/v2/devices'],
      ['POST', '/api/v2/devices/stop'],
      ['GET', '/api/v2/events'],
      ['GET', '/api/v1/events'],
    ] as const) {
      const busy = busyOf(await call(method, path));
      expect(busy, `${method} ${path}`).toMatchObject({
        status: 409,
        type: expect.stringContaining('application/json'),
        holder: expect.stringMatching(/^a WebSocket client \("Game", 127\.0\.0\.1:\d+\)$/),
      });
      expect(busy.error).toContain(
        `the engine is in use by ${busy.holder}, and this server takes one client at a time`,
      );
    }
    expect(JSON.parse((await call('GET', '/api/v2/session')).text)).toEqual({
      holder: expect.stringMatching(/^a WebSocket client \("Game"/),
      heldByRestApi: false,
    });
    // DELETE /session lets go of the REST API's own session only: the app keeps the engine and its toy.
    expect((await call('DELETE', '/api/v2/session')).status).toBe(204);
    expect(edge().writtenText.at(-1)).toBe('Vibrate1:7;');
    app.send(JSON.stringify([{ Ping: { Id: 4 } }]));
    await app.log.next('Ok', (body) => body.Id === 4);
    expect(app.log.messages.some((message) => message.Error !== undefined)).toBe(false);

    // The app leaves: its toy stops, and the REST API may take the engine.
    app.socket.close();
    await waitFor(() => /^Vibrate2?:0;$/.test(edge().writtenText.at(-1)!), 2_000, "the app's toy to stop");
    await waitFor(() => engine.server.devices.length === 1, 2_000, 'the device');
    expect((await call('PUT', '/api/v1/devices/0/outputs/Vibrate/0.5')).status).toBe(200);
    expect(edge().writtenText.slice(-2)).toEqual(['Vibrate1:10;', 'Vibrate2:10;']);
  });

  it('refuses WebSocket and IPC clients with a spec Error naming the REST API while it holds the engine', async () => {
    const { call, wsClient, ipc, restScan, edge } = await startAll();
    await restScan();
    expect((await call('PUT', '/api/v2/devices/0/outputs/Vibrate', { level: 0.5 })).status).toBe(204);
    expect(JSON.parse((await call('GET', '/api/v2/session')).text)).toEqual({
      holder: 'the REST API',
      heldByRestApi: true,
    });

    const app = await wsClient();
    const refusal = await app.log.next('Error');
    expect(refusal).toEqual({
      Id: 1,
      ErrorCode: ErrorCode.Init,
      ErrorMessage:
        'the server is busy: the REST API is using the engine (this server takes one client at a time; ' +
        'it lets go 60 s after its last request once no event stream is open, or at once on DELETE /api/v2/session)',
    });
    await app.closed;
    expect(app.log.messages.some((message) => message.ServerInfo !== undefined)).toBe(false);

    const ipcApp = await rawIpc(ipc.path);
    onCleanup(async () => void ipcApp.socket.destroy());
    ipcApp.socket.write(`${handshakeFrame(5, 'ipc app')}\n`);
    expect(await ipcApp.log.next('Error')).toMatchObject({ Id: 5, ErrorCode: ErrorCode.Init });
    await ipcApp.closed;

    // The REST API was not disturbed: its toy runs and it still commands it.
    expect(edge().writtenText.slice(-2)).toEqual(['Vibrate1:10;', 'Vibrate2:10;']);
    expect((await call('PUT', '/api/v2/devices/0/outputs/Vibrate', { level: 1 })).status).toBe(204);
    expect(edge().writtenText.slice(-2)).toEqual(['Vibrate1:20;', 'Vibrate2:20;']);

    // DELETE /api/v2/session: the REST API lets go, its toy stops, and the next app gets in.
    expect(await call('DELETE', '/api/v2/session')).toMatchObject({ status: 204 });
    expect(edge().writtenText.slice(-2)).toEqual(['Vibrate1:0;', 'Vibrate2:0;']);
    expect(JSON.parse((await call('GET', '/api/v2/session')).text)).toEqual({ holder: null, heldByRestApi: false });
    const next = await wsClient('next');
    expect(await next.log.next('ServerInfo')).toMatchObject({ Id: 1 });
  });

  it('names an IPC client that holds the engine', async () => {
    const { call, ipc } = await startAll();
    const app = await rawIpc(ipc.path);
    onCleanup(async () => void app.socket.destroy());
    app.socket.write(`${handshakeFrame(1, 'ipc app')}\n`);
    await app.log.next('ServerInfo');
    expect(busyOf(await call('GET', '/api/v1/devices'))).toMatchObject({
      status: 409,
      holder: expect.stringMatching(/^an IPC client \("ipc app", ipc#\d+\)$/),
    });
  });

  it('lets go when idle: no request for the release time and no event stream open; its toy stops and a WebSocket client gets in', async () => {
    const { api, call, wsClient, restScan, edge } = await startAll({ releaseAfterMs: 300 });
    await restScan();
    // An open event stream holds the engine as an open connection does, however long no request comes.
    const controller = new AbortController();
    onCleanup(async () => controller.abort());
    const stream = await fetch(`${api.url}/api/v2/events`, { signal: controller.signal });
    expect(stream.status).toBe(200);
    expect((await call('PUT', '/api/v2/devices/0/outputs/Vibrate', { level: 0.5 })).status).toBe(204);
    const writes = edge().writtenText.length;
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(edge().writtenText.length).toBe(writes);
    const refused = await wsClient();
    expect(await refused.log.next('Error')).toMatchObject({ ErrorCode: ErrorCode.Init });
    await refused.closed;

    // The stream closes, and the last request is older than the release time: the REST API lets go at once.
    controller.abort();
    await waitFor(() => edge().writtenText.at(-1) === 'Vibrate2:0;', 2_000, 'the REST toy to stop');
    expect(edge().writtenText.slice(writes)).toEqual(['Vibrate1:0;', 'Vibrate2:0;']);
    const app = await wsClient('after REST');
    expect(await app.log.next('ServerInfo')).toMatchObject({ Id: 1 });
  });

  it('without an event stream, lets go the release time after its last request', async () => {
    const { call, wsClient, restScan, edge } = await startAll({ releaseAfterMs: 300 });
    await restScan();
    expect((await call('PUT', '/api/v1/devices/0/outputs/Vibrate/1')).status).toBe(200);
    await waitFor(() => edge().writtenText.at(-1) === 'Vibrate2:0;', 2_000, 'the idle release');
    const app = await wsClient();
    expect(await app.log.next('ServerInfo')).toMatchObject({ Id: 1 });
    // Now the app holds the engine, and REST is refused until it leaves.
    expect((await call('PUT', '/api/v1/devices/0/outputs/Vibrate/1')).status).toBe(409);
  });

  it('with --max-ping-time, requests must keep coming even while an event stream is open', async () => {
    const { api, call, wsClient, restScan, edge } = await startAll({ idleLimitMs: 300 });
    await restScan();
    const controller = new AbortController();
    onCleanup(async () => controller.abort());
    expect((await fetch(`${api.url}/api/v2/events`, { signal: controller.signal })).status).toBe(200);
    expect((await call('PUT', '/api/v2/devices/0/outputs/Vibrate', { level: 0.5 })).status).toBe(204);
    await waitFor(() => edge().writtenText.at(-1) === 'Vibrate2:0;', 2_000, 'the idle stop');
    const app = await wsClient();
    expect(await app.log.next('ServerInfo')).toMatchObject({ Id: 1 });
  });
});
