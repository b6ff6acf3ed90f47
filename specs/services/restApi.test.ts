import { describe, expect, it } from 'vitest';
import { RestApi, MAX_BODY_BYTES } from '../../actors/services/rest/restApi.js';
import { MAX_EVENT_STREAMS } from '../../actors/services/rest/restContext.js';
import { restOpenApiDocument } from '../../actors/services/rest/restOpenApi.js';
import { restV2Routes } from '../../actors/services/rest/restV2Routes.js';
import { rustDebugString } from '../../actors/services/rest/intifaceV1Routes.js';
import { builtinProtocols } from '../../protocols/devices/index.js';
import { onCleanup, startEngine, waitFor, type TestEngine } from '../support/engine.js';
import { probeProtocol } from '../support/probeProtocol.js';

const startApi = async (engine: TestEngine, options: { idleLimitMs?: number } = {}) => {
  const api = await RestApi.listen({ server: engine.server, port: 0, ...options });
  onCleanup(() => api.close());
  const call = async (method: string, path: string, body?: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${api.url}${path}`, {
      method,
      ...(body !== undefined ? { body, headers: { 'content-type': 'application/json', ...headers } } : { headers }),
    });
    return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
  };
  return { api, call };
};

/** A v2 error reply: its status and the `error` text. */
const errorOf = (reply: { status: number; type: string | null; text: string }) => ({
  status: reply.status,
  type: reply.type,
  error: (JSON.parse(reply.text) as { error: string }).error,
});

/** Reads a server-sent event stream into a list of raw events (the text between blank lines). */
const openEvents = async (url: string) => {
  const controller = new AbortController();
  const response = await fetch(url, { signal: controller.signal });
  const events: string[] = [];
  let ended = false;
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body!) {
        buffer += decoder.decode(chunk as Uint8Array, { stream: true });
        let cut;
        while ((cut = buffer.indexOf('\n\n')) !== -1) {
          events.push(buffer.slice(0, cut));
          buffer = buffer.slice(cut + 2);
        }
      }
    } catch {
      // aborted
    }
    ended = true;
  })();
  onCleanup(async () => controller.abort());
  return { response, events, ended: () => ended, abort: () => controller.abort() };
};

const edgeEngine = () => startEngine({ dcm: { devices: [{ name: 'LVS-Edge', address: 'EDGE' }] } });
const probeEngine = () =>
  startEngine({
    server: { protocols: [...builtinProtocols, probeProtocol] },
    dcm: { devices: [{ name: 'TEST-Probe-P1', address: 'P1' }] },
  });

const scan = async (call: Awaited<ReturnType<typeof startApi>>['call'], prefix = '/api/v1') => {
  await call(
    prefix === '/api/v1' ? 'GET' : 'POST',
    prefix === '/api/v1' ? '/api/v1/start-scanning' : '/api/v2/scanning/start',
  );
  const deadline = Date.now() + 3_000;
  while (Date.now() < deadline) {
    const { text } = await call('GET', `${prefix}/devices`);
    if (text !== '{}' && text !== '[]') return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('no device found');
};

describe("the REST API's /api/v1 (Intiface Engine's routes)", () => {
  it('scans, lists devices and features in Intiface JSON, and answers success with an empty 200', async () => {
    const engine = edgeEngine();
    const { call } = await startApi(engine);
    expect(await call('GET', '/api/v1/devices')).toEqual({ status: 200, type: 'application/json', text: '{}' });
    expect(await call('GET', '/api/v1/start-scanning')).toEqual({ status: 200, type: null, text: '' });
    await scan(call);
    const feature0 = '{"FeatureIndex":0,"FeatureDescription":"","Output":{"Vibrate":{"Value":[0,20]}}}';
    const devices = await call('GET', '/api/v1/devices');
    expect(devices.status).toBe(200);
    expect(
      devices.text.startsWith(`{"0":{"index":0,"name":"Lovense Edge","display_name":null,"features":{"0":${feature0},`),
    ).toBe(true);
    expect(await call('GET', '/api/v1/devices/0')).toMatchObject({
      status: 200,
      text: JSON.stringify(JSON.parse(devices.text)['0']),
    });
    const features = JSON.parse((await call('GET', '/api/v1/devices/0/features')).text) as Record<string, unknown>;
    expect(Object.keys(features)).toEqual(['0', '1', '2']);
    expect(await call('PUT', '/api/v1/devices/0/features/0/')).toEqual({
      status: 200,
      type: 'application/json',
      text: feature0,
    });
    expect(await call('GET', '/api/v1/stop-scanning')).toMatchObject({ status: 200, text: '' });
  });

  it('sets outputs from fractions as Intiface rounds them, per device and per feature, and stops', async () => {
    const engine = edgeEngine();
    const { call } = await startApi(engine);
    await scan(call);
    const hardware = engine.dcm.hardware('EDGE')!;
    expect(await call('PUT', '/api/v1/devices/0/outputs/Vibrate/0.5')).toEqual({ status: 200, type: null, text: '' });
    expect(hardware.writtenText.slice(-2)).toEqual(['Vibrate1:10;', 'Vibrate2:10;']);
    // serde's snake_case alias; 0.01 x 20 = 0.2 rounds up to one step.
    expect((await call('PUT', '/api/v1/devices/0/features/1/outputs/vibrate/0.01')).status).toBe(200);
    expect(hardware.writtenText.at(-1)).toBe('Vibrate2:1;');
    // A type the device lacks: nothing happens, 200 (as upstream).
    expect((await call('PUT', '/api/v1/devices/0/outputs/Rotate/0.5')).status).toBe(200);
    expect(await call('PUT', '/api/v1/devices/0/stop')).toMatchObject({ status: 200, text: '' });
    expect(hardware.writtenText.slice(-2)).toEqual(['Vibrate1:0;', 'Vibrate2:0;']);
    await call('PUT', '/api/v1/devices/0/outputs/Vibrate/1');
    expect(await call('PUT', '/api/v1/devices/stop')).toMatchObject({ status: 200, text: '' });
    expect(hardware.writtenText.slice(-2)).toEqual(['Vibrate1:0;', 'Vibrate2:0;']);
  });

  it("answers errors with Intiface's status codes and texts", async () => {
    const engine = edgeEngine();
    const { call } = await startApi(engine);
    await scan(call);
    const text = 'text/plain; charset=utf-8';
    expect(await call('GET', '/api/v1/devices/7')).toEqual({
      status: 500,
      type: text,
      text: 'Device index 7 does not refer to a currently connected device.',
    });
    expect(await call('PUT', '/api/v1/devices/0/features/9/')).toEqual({
      status: 500,
      type: text,
      text: 'Device index 0 feature index 9 does not refer to a valid device feature.',
    });
    expect(await call('GET', '/api/v1/devices/abc')).toEqual({
      status: 400,
      type: text,
      text: 'Invalid URL: Cannot parse `abc` to a `u32`',
    });
    expect(await call('PUT', '/api/v1/devices/0/outputs/Vibrate/lots')).toEqual({
      status: 400,
      type: text,
      text: 'Invalid URL: Cannot parse value at index 2 with value `lots` to a `f64`',
    });
    expect((await call('PUT', '/api/v1/devices/0/outputs/Wiggle/1')).text).toMatch(
      /^Invalid URL: unknown variant `Wiggle`, expected one of `Unknown`, `Vibrate`/,
    );
    expect(await call('PUT', '/api/v1/devices/0/outputs/Vibrate/1.5')).toEqual({
      status: 500,
      type: text,
      text: 'Library Error: Error converting output command: Float values must be between 0.0 and 1.0, received value was 1.5',
    });
    expect((await call('PUT', '/api/v1/devices/0/outputs/Vibrate/-0.5')).text).toBe(
      'Library Error: Error converting output command: -10 is larger than the maximum number of steps (20).',
    );
    // The wrong verb on a known path: 405 with Allow; the feature route needs its trailing slash.
    expect(await call('GET', '/api/v1/devices/stop')).toEqual({ status: 405, type: null, text: '' });
    expect(await call('GET', '/api/v1/devices/0/features/0/')).toMatchObject({ status: 405, text: '' });
    expect(await call('PUT', '/api/v1/devices/0/features/0')).toEqual({ status: 404, type: null, text: '' });
    expect(await call('GET', '/api/v1/nothing')).toEqual({ status: 404, type: null, text: '' });
    expect(engine.dcm.hardware('EDGE')!.writtenText.filter((line) => line.startsWith('Vibrate'))).toEqual([]);
  });

  it("streams the Rust client's events on /api/v1/events", async () => {
    const engine = edgeEngine();
    const { api, call } = await startApi(engine);
    const stream = await openEvents(`${api.url}/api/v1/events`);
    expect(stream.response.headers.get('content-type')).toBe('text/event-stream');
    await call('GET', '/api/v1/start-scanning');
    await waitFor(() => stream.events.length >= 2, 3_000, 'events');
    expect(stream.events).toContain('data: DeviceAdded(ButtplugClientDevice { name: "Lovense Edge", index: 0 })');
    expect(stream.events).toContain('data: ScanningFinished');
    expect(rustDebugString('a "b"\n\u0001é')).toBe('"a \\"b\\"\\n\\u{1}é"');
  });
});

describe("the REST API's /api/v2 (ours)", () => {
  it('drives outputs from JSON bodies with real status codes', async () => {
    const engine = probeEngine();
    const { call } = await startApi(engine);
    await scan(call, '/api/v2');
    const put = (path: string, body: unknown) => call('PUT', `/api/v2/devices/0${path}`, JSON.stringify(body));
    expect(await put('/features/0/outputs/Vibrate', { level: 0.5 })).toEqual({ status: 204, type: null, text: '' });
    expect(await put('/outputs/Rotate', { steps: -3 })).toMatchObject({ status: 204 });
    expect(await put('/features/2/outputs/HwPositionWithDuration', { level: 1, durationMs: 400 })).toMatchObject({
      status: 204,
    });
    const error = (status: number, message: RegExp) => ({
      status,
      type: 'application/json',
      error: expect.stringMatching(message),
    });
    expect(errorOf(await put('/features/2/outputs/HwPositionWithDuration', { level: 1 }))).toEqual(
      error(422, /needs "durationMs"/),
    );
    expect(errorOf(await put('/features/2/outputs/HwPositionWithDuration', { level: 1, durationMs: 9000 }))).toEqual(
      error(422, /duration 9000 ms is outside \[0, 5000\]/),
    );
    expect(errorOf(await put('/features/0/outputs/Vibrate', { level: 2 }))).toEqual(error(422, /expected \{"level"/));
    expect(await put('/features/0/outputs/Vibrate', { level: 0.5, extra: 1 })).toMatchObject({ status: 422 });
    expect(errorOf(await put('/features/0/outputs/Vibrate', { steps: 11 }))).toEqual(
      error(422, /11 steps is outside \[0, 10\]/),
    );
    expect(errorOf(await put('/features/0/outputs/Rotate', { level: 0.5 }))).toEqual(
      error(422, /feature 0 has no Rotate output/),
    );
    expect(errorOf(await put('/features/0/outputs/Wiggle', { level: 0.5 }))).toEqual(
      error(404, /no output type "Wiggle"/),
    );
    expect(errorOf(await put('/features/9/outputs/Vibrate', { level: 0.5 }))).toEqual(
      error(404, /device 0 has no feature 9/),
    );
    expect(errorOf(await call('PUT', '/api/v2/devices/5/outputs/Vibrate', '{"level":0.5}'))).toEqual(
      error(404, /no device with index 5/),
    );
    expect(errorOf(await call('PUT', '/api/v2/devices/0/outputs/Vibrate', '{"level":'))).toEqual(
      error(400, /not valid JSON/),
    );
    expect(
      errorOf(
        await call('PUT', '/api/v2/devices/0/outputs/Vibrate', '{"level":0.5}', { 'content-type': 'text/plain' }),
      ),
    ).toEqual(error(415, /as JSON/));
    const huge = JSON.stringify({ level: 0.5, pad: 'x'.repeat(MAX_BODY_BYTES) });
    expect(errorOf(await call('PUT', '/api/v2/devices/0/outputs/Vibrate', huge))).toEqual(
      error(413, /larger than 16384 bytes/),
    );
    expect(errorOf(await call('GET', '/api/v2/nope'))).toEqual(error(404, /no route GET \/api\/v2\/nope/));
    expect(await call('POST', '/api/v2/devices/0/stop')).toMatchObject({ status: 204 });
  });

  it('reads sensors, streams subscribed readings and devices as JSON events', async () => {
    const engine = probeEngine();
    const { api, call } = await startApi(engine);
    const stream = await openEvents(`${api.url}/api/v2/events`);
    await scan(call, '/api/v2');
    const devices = JSON.parse((await call('GET', '/api/v2/devices')).text) as { features: { index: number }[] }[];
    expect(devices[0]!.features.map((feature) => feature.index)).toEqual([0, 1, 2, 3, 4]);
    engine.dcm.hardware('P1')!.queueRead('rxblebattery', [64]);
    const battery = await call('GET', '/api/v2/devices/0/features/4/inputs/Battery');
    expect(battery.status, battery.text).toBe(200);
    expect(JSON.parse(battery.text)).toEqual({ value: 64 });
    expect((await call('GET', '/api/v2/devices/0/features/0/inputs/Battery')).status).toBe(422);
    expect(await call('POST', '/api/v2/devices/0/features/3/inputs/Pressure/subscribe')).toMatchObject({ status: 204 });
    engine.dcm.hardware('P1')!.notify('rxpressure', new Uint8Array([0x12, 0x34]));
    await waitFor(() => stream.events.some((event) => event.startsWith('event: inputreading')), 2_000, 'a reading');
    const added = stream.events.find((event) => event.startsWith('event: deviceadded'))!;
    expect(JSON.parse(added.split('\ndata: ')[1]!)).toMatchObject({ index: 0, name: expect.any(String) });
    const reading = stream.events.find((event) => event.startsWith('event: inputreading'))!;
    expect(JSON.parse(reading.split('\ndata: ')[1]!)).toEqual({
      deviceIndex: 0,
      featureIndex: 3,
      type: 'Pressure',
      value: 0x1234,
    });
  });

  it('documents every route in its OpenAPI document', async () => {
    const engine = startEngine();
    const { call } = await startApi(engine);
    const served = await call('GET', '/api/v2/openapi.json');
    expect(served.status).toBe(200);
    expect(JSON.parse(served.text)).toEqual(JSON.parse(JSON.stringify(restOpenApiDocument)));
    const documented = Object.entries(restOpenApiDocument.paths).flatMap(([path, verbs]) =>
      Object.keys(verbs).map((verb) => `${verb.toUpperCase()} ${path}`),
    );
    const routes = restV2Routes({} as never)
      .routes.filter((route) => route.method !== 'ALL')
      .map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`);
    expect(new Set(routes)).toEqual(new Set(documented));
  });
});

describe('the REST API keeps devices safe', () => {
  it('stops what it started when it closes, and ends its event streams', async () => {
    const engine = edgeEngine();
    const { api, call } = await startApi(engine);
    await scan(call);
    const stream = await openEvents(`${api.url}/api/v2/events`);
    await call('PUT', '/api/v1/devices/0/outputs/Vibrate/1');
    const hardware = engine.dcm.hardware('EDGE')!;
    const before = hardware.writtenText.length;
    await api.close();
    expect(hardware.writtenText.slice(before)).toEqual(['Vibrate1:0;', 'Vibrate2:0;']);
    await waitFor(() => stream.ended(), 1_000, 'the event stream to end');
  });

  it('with an idle limit, stops every device when requests stop coming, and serves again on the next one', async () => {
    const engine = edgeEngine();
    const { call } = await startApi(engine, { idleLimitMs: 300 });
    await scan(call);
    await call('PUT', '/api/v1/devices/0/outputs/Vibrate/1');
    const hardware = engine.dcm.hardware('EDGE')!;
    await waitFor(() => hardware.writtenText.at(-1) === 'Vibrate2:0;', 2_000, 'the idle stop');
    expect(await call('PUT', '/api/v1/devices/0/outputs/Vibrate/0.5')).toMatchObject({ status: 200 });
    expect(hardware.writtenText.slice(-2)).toEqual(['Vibrate1:10;', 'Vibrate2:10;']);
  });

  it('listens on 127.0.0.1 by default and bounds its event streams', async () => {
    const engine = startEngine();
    const { api } = await startApi(engine);
    expect(api.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const streams = await Promise.all(
      Array.from({ length: MAX_EVENT_STREAMS }, () => openEvents(`${api.url}/api/v2/events`)),
    );
    expect(streams.every((stream) => stream.response.status === 200)).toBe(true);
    const refused = await fetch(`${api.url}/api/v1/events`);
    expect(refused.status).toBe(503);
    await refused.text();
  });
});
