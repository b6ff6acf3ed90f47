/**
 * The inspector page in a real headless Chromium: it loads from the engine alone, follows a client's
 * session through its handshake, moves a device's meter, stops everything from STOP ALL, refuses a
 * missing or wrong token, and replays a recording.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { WebSocket } from 'ws';
import { InspectionRecorder } from '../../transports/inspector/flightRecorder.js';
import type { Json } from '../../transports/inspector/inspectionRecords.js';
import { activeNodeIds } from '../../transports/inspector/statechartQueries.js';
import { WebSocketServerTransport } from '../../transports/websocketServer.js';
import { onCleanup, scanFor, startEngine, waitFor } from '../support/engine.js';
import { startInspected, type Inspected } from '../support/inspected.js';
import { launchBrowser } from '../support/realBrowser.js';

/** A raw WebSocket client, so each step of its handshake can be watched. */
const rawClient = async (url: string) => {
  const socket = new WebSocket(url);
  const received: string[] = [];
  socket.on('message', (data) => received.push(String(data)));
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  onCleanup(async () => socket.close());
  return { socket, received, send: (messages: unknown[]) => socket.send(JSON.stringify(messages)) };
};

describe('the inspector page in a real browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  }, 60_000);
  afterAll(() => browser?.close());

  const open = async (engine: Inspected, path = '') => {
    const page = await browser.newPage();
    onCleanup(() => page.close());
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${engine.inspector.url}${path}`);
    return { page, requests, errors };
  };

  it('loads with no request leaving 127.0.0.1, and shows a client session following its handshake', async () => {
    // It asks for pings, so its session has a ping timer to show (the raw client never pings; the test
    // ends long before a minute).
    const engine = await startInspected({
      dcm: { devices: [{ name: 'LVS-Edge' }] },
      server: { maxPingTime: 60_000 },
    });
    const transport = await WebSocketServerTransport.listen({ server: engine.server, port: 0 });
    onCleanup(() => transport.close());
    const { page, requests, errors } = await open(engine);
    await page.locator('[data-actor-id="deviceManager"]').waitFor();

    const client = await rawClient(transport.url);
    const session = page.locator('[data-actor-id="session-1"]');
    await session.waitFor();
    const engineState = () =>
      JSON.stringify(engine.server.actor.getSnapshot().children['session-1']!.getSnapshot().value);
    // Before the handshake the row shows the session's state as the engine has it...
    const waiting = engineState();
    await expect.poll(() => session.getAttribute('data-actor-state')).toBe(waiting);
    client.send([
      { RequestServerInfo: { Id: 1, ClientName: 'browser test', ProtocolVersionMajor: 4, ProtocolVersionMinor: 0 } },
    ]);
    await waitFor(() => client.received.some((text) => text.includes('ServerInfo')), 2_000, 'ServerInfo');
    // ...and after it, the new one; the session's ping timer appears beneath it.
    const connected = engineState();
    expect(connected).not.toBe(waiting);
    await expect.poll(() => session.getAttribute('data-actor-state')).toBe(connected);
    await page.locator('[data-actor-id="pingTimer"]').waitFor();

    // Selecting it draws its statechart, its active states marked.
    await session.click();
    const active = page.locator('svg.chart [data-active="true"]');
    await expect.poll(() => active.count()).toBeGreaterThan(1);
    const entry = engine.actor('session-1');
    const expected = activeNodeIds(engine.inspector.model.graph(entry.graph!)!, JSON.parse(connected) as Json);
    await expect
      .poll(async () => (await active.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-state-id')))).sort())
      .toEqual([...expected].sort());

    const origin = new URL(engine.inspector.url).origin;
    expect(requests.length).toBeGreaterThan(0);
    for (const url of requests) expect(url.startsWith(`${origin}/${engine.inspector.token}/`), url).toBe(true);
    expect(errors).toEqual([]);
  });

  it("moves a device's meter when a client vibrates it, and STOP ALL stops it", async () => {
    const engine = await startInspected({ dcm: { devices: [{ name: 'LVS-Edge', address: 'EDGE' }] } });
    const { page } = await open(engine);
    const client = await engine.connectClient();
    const [edge] = await scanFor(client, 1);
    const meter = page.locator('.meter[data-device-index="0"][data-feature-index="0"]');
    await meter.waitFor();
    expect(await meter.getAttribute('data-output-value')).toBe('0');

    await edge!.vibrate({ steps: 15 });
    await expect.poll(() => meter.getAttribute('data-output-value')).toBe('15');
    const hardware = engine.dcm.hardware('EDGE')!;
    expect(hardware.writtenText.at(-1)).toMatch(/:15;$/);

    await page.getByTestId('stop-all').click();
    await expect.poll(() => hardware.writtenText.at(-1)).toMatch(/:0;$/);
    await expect.poll(() => meter.getAttribute('data-output-value')).toBe('0');
    await expect.poll(() => page.locator('#stop-result').textContent()).toMatch(/every device stopped/);
  });

  it('tells apart the engines of concurrent sessions, whose actors share ids', async () => {
    // One engine per connection (--concurrent-sessions): each has its own deviceManager, session-1, device-1.
    const first = await startInspected({ dcm: { devices: [{ name: 'LVS-Edge', address: 'EDGE-A' }] } });
    const second = startEngine({
      dcm: { devices: [{ name: 'LVS-Edge', address: 'EDGE-B' }] },
      server: { inspector: first.inspector },
    });
    const { page, errors } = await open(first);
    await scanFor(await first.connectClient(), 1);
    await scanFor(await second.connectClient(), 1);

    // The DOM contract holds: data-actor-id is still the actor's own id, one row per engine...
    for (const id of ['deviceManager', 'session-1', 'device-1']) {
      const rows = page.locator(`.actor-row[data-actor-id="${id}"]`);
      await expect.poll(() => rows.count(), { message: id, timeout: 10_000 }).toBe(2);
      const engines = await rows.evaluateAll((found) => found.map((row) => (row as HTMLElement).dataset['engine']));
      expect(new Set(engines).size, id).toBe(2);
      // ...and each row says which engine it belongs to.
      const titles = await rows.evaluateAll((found) => found.map((row) => (row as HTMLElement).title));
      expect(titles.sort(), id).toEqual([`engine 1 · ${id}`, `engine 2 · ${id}`]);
    }
    // Each engine's root is labelled, and its whole subtree carries its engine key.
    const roots = page.locator('.actor-row:has(.engine:not([hidden]))');
    await expect.poll(() => roots.allTextContents()).toHaveLength(2);
    const labels = await roots.locator('.engine').allTextContents();
    expect(labels.sort()).toEqual(['engine 1', 'engine 2']);
    const firstEngine = await page
      .locator('.actor-row[data-actor-id="deviceManager"]')
      .first()
      .getAttribute('data-engine');
    const subtree = await page
      .locator(`.actor-row[data-engine="${firstEngine}"]`)
      .evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset['actorId']));
    expect(subtree.filter((id) => id === 'device-1')).toHaveLength(1);
    expect(subtree.filter((id) => id === 'session-1')).toHaveLength(1);
    // The device cards too: two devices with index 0, one per engine.
    const cards = page.locator('.device[data-device-index="0"]');
    await expect.poll(() => cards.count()).toBe(2);
    const names = await cards.locator('.name').allTextContents();
    expect(names.map((name) => name.split(' · ')[0]).sort()).toEqual(['engine 1', 'engine 2']);
    expect(errors).toEqual([]);
  });

  it('sends an event from the payload editor, as a client would', async () => {
    const engine = await startInspected({ dcm: { devices: [{ name: 'LVS-Edge', address: 'EDGE' }] } });
    const { page } = await open(engine);
    await scanFor(await engine.connectClient(), 1);
    await page.locator('[data-actor-id="device-1"]').click();
    const request = page.locator('button[data-event-type="device.request"]');
    await expect.poll(() => request.isEnabled()).toBe(true);
    // Internal events are listed and not offered.
    const internal = page.locator('button[data-route="internal"]');
    expect(await internal.count()).toBeGreaterThan(0);
    expect(await internal.first().isDisabled()).toBe(true);
    await request.click();
    await page
      .locator('#payload')
      .fill(JSON.stringify({ OutputCmd: { DeviceIndex: 0, FeatureIndex: 1, Command: { Vibrate: { Value: 8 } } } }));
    await page.locator('#send').click();
    await expect.poll(() => page.locator('#send-result').textContent()).toMatch(/Ok/);
    expect(engine.dcm.hardware('EDGE')!.writtenText.at(-1)).toBe('Vibrate2:8;');
    const meter = page.locator('.meter[data-device-index="0"][data-feature-index="1"]');
    await expect.poll(() => meter.getAttribute('data-output-value')).toBe('8');
    // Past the feature's range: the engine's own answer.
    await page
      .locator('#payload')
      .fill(JSON.stringify({ OutputCmd: { DeviceIndex: 0, FeatureIndex: 1, Command: { Vibrate: { Value: 21 } } } }));
    await page.locator('#send').click();
    await expect.poll(() => page.locator('#send-result').getAttribute('data-ok')).toBe('false');
    expect(engine.dcm.hardware('EDGE')!.writtenText.at(-1)).toBe('Vibrate2:8;');
  });

  it('zooms the statechart with the wheel, pans it by dragging, and shows it whole on a double click', async () => {
    const engine = await startInspected({ dcm: { devices: [{ name: 'LVS-Edge' }] } });
    const { page, errors } = await open(engine);
    await scanFor(await engine.connectClient(), 1);
    await page.locator('[data-actor-id="device-1"]').click();
    const chart = page.locator('#chart svg.chart');
    await chart.waitFor();
    const viewBox = async () => (await chart.getAttribute('viewBox'))!.split(' ').map(Number) as number[];
    const whole = await viewBox();
    const box = (await chart.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 4);
    await page.mouse.wheel(0, -300);
    await expect.poll(async () => (await viewBox())[2]).toBeLessThan(whole[2]! * 0.6);
    const zoomed = await viewBox();
    // The point under the pointer stays put: the view shrank towards it, not towards the corner.
    expect(zoomed[0]).toBeGreaterThan(whole[0]!);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 100, box.y + box.height / 4 - 40, { steps: 4 });
    await page.mouse.up();
    const panned = await viewBox();
    expect(panned[0]).toBeGreaterThan(zoomed[0]!);
    expect(panned[1]).toBeGreaterThan(zoomed[1]!);
    expect(panned[2]).toBeCloseTo(zoomed[2]!);
    await chart.dblclick();
    expect(await viewBox()).toEqual(whole);
    expect(errors).toEqual([]);
  });

  it('answers 403 to a missing or wrong token', async () => {
    const engine = await startInspected();
    const page = await browser.newPage();
    onCleanup(() => page.close());
    const origin = new URL(engine.inspector.url).origin;
    expect((await page.goto(`${origin}/`))!.status()).toBe(403);
    expect((await page.goto(`${origin}/not-the-token/`))!.status()).toBe(403);
    expect((await page.goto(`${origin}/${engine.inspector.token.slice(1)}x/`))!.status()).toBe(403);
    expect((await page.goto(engine.inspector.url))!.status()).toBe(200);
  });

  it('replays a recording, from ?recording= and from the file picker', async () => {
    // A run recorded in memory: a client vibrates a toy at 11, then stops it.
    const recorder = new InspectionRecorder({ title: 'recorded run' });
    const recorded = startEngine({ dcm: { devices: [{ name: 'LVS-Edge' }] }, server: { inspector: recorder } });
    const [edge] = await scanFor(await recorded.connectClient(), 1);
    await edge!.vibrate({ steps: 11 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await edge!.stop();
    const file = join(mkdtempSync(join(tmpdir(), 'inspector-')), 'run.jsonl');
    writeFileSync(file, recorder.text());

    // Served by an engine recording itself, the page replays that recording by name.
    const engine = await startInspected({
      dcm: { devices: [{ name: 'LVS-Nora' }] },
      inspector: { record: join(mkdtempSync(join(tmpdir(), 'inspector-')), 'live.jsonl') },
    });
    await scanFor(await engine.connectClient(), 1);
    const { page: own, errors } = await open(engine, '?recording=recording.jsonl');
    await own.locator('#replay:not([hidden])').waitFor();
    await own.locator('[data-actor-id="device-1"]').waitFor();
    expect(await own.locator('.device .name').first().textContent()).toMatch(/Nora/);
    expect(errors).toEqual([]);

    // Any recording opens from the file picker; the slider moves through it.
    const { page } = await open(engine);
    await page.locator('#recording-file').setInputFiles(file);
    await page.locator('#replay:not([hidden])').waitFor();
    const meter = page.locator('.meter[data-device-index="0"][data-feature-index="0"]');
    await expect.poll(() => meter.getAttribute('data-output-value')).toBe('0');
    const slider = page.locator('#replay-slider');
    const [min, max] = await slider.evaluate((input: HTMLInputElement) => [Number(input.min), Number(input.max)]);
    const records = recorder
      .text()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { k?: string; t?: number; outputs?: { value: number }[] });
    const vibrating = records.find((r) => r.k === 'device' && r.outputs?.some((o) => o.value === 11))!;
    const seek = (t: number) =>
      slider.evaluate((input: HTMLInputElement, value) => {
        input.value = String(value);
        input.dispatchEvent(new Event('input'));
      }, t);
    await seek(vibrating.t!);
    await expect.poll(() => meter.getAttribute('data-output-value')).toBe('11');
    await seek(min);
    await expect.poll(() => meter.count()).toBe(0);
    await seek(max);
    await expect.poll(() => meter.getAttribute('data-output-value')).toBe('0');
    await recorder.close();
  });
});
