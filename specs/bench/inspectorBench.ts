/**
 * The inspector page with a thousand simulated devices, in a real headless Chromium, each figure
 * against the same page watching a single device in the same run:
 *
 * - time to first paint: from navigation until every device's row and meters are drawn;
 * - responsiveness: the 95th percentile interval between animation frames while every device is
 *   driven as fast as the engine takes it (a frame interval near 16 ms is a page that answers clicks);
 * - update rate: device levels the page applied per second, against the levels the engine wrote;
 * - STOP ALL: click to answer, while the page is busy.
 */
import type { Page } from 'playwright-core';
import { launchBrowser } from '../support/realBrowser.js';
import { startEngineProcess, type BenchProcess } from './benchProcesses.js';
import { FrameProbe } from './frameProbe.js';

type Report = (name: string, baseline: string, engine: string, relative: string) => void;

const DRIVE_MS = 5_000;

interface Watched {
  readonly engine: BenchProcess;
  readonly probe: FrameProbe;
  readonly devices: number;
}

let nextId = 1;

const watchedEngine = async (devices: number): Promise<Watched> => {
  const flags = Array.from({ length: devices }, () => ['--simulate', 'LVS-Edge']).flat();
  // No WebSocket keepalive: a thousand devices on a loaded machine can hold the engine's loop past a ping.
  const engine = await startEngineProcess('--inspect-port', '0', '--websocket-ping-interval', '0', ...flags);
  const probe = await FrameProbe.open(engine.url);
  await probe.request('RequestServerInfo', {
    Id: nextId++,
    ClientName: 'bench',
    ProtocolVersionMajor: 4,
    ProtocolVersionMinor: 0,
  });
  await probe.request('StartScanning', { Id: nextId++ });
  // Every device added sends the whole list (1000 lists of up to 1000 devices): look at the latest, keep none.
  const deadline = Date.now() + 600_000;
  for (let seen = 0; seen < devices;) {
    if (Date.now() > deadline) throw new Error(`benchmark: only ${seen} of ${devices} devices came up`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    seen = Math.max(
      seen,
      ...probe.takeEvents().map((m) => Object.keys((m['DeviceList']?.['Devices'] as object | undefined) ?? {}).length),
    );
  }
  return { engine, probe, devices };
};

/** Milliseconds from navigation until every device has its row and its meters. */
const firstPaint = async (page: Page, watched: Watched): Promise<number> => {
  await page.goto(watched.engine.inspectorUrl!);
  await page.waitForFunction(
    (count) =>
      document.querySelectorAll('.actor-row[data-machine="device"]').length >= count &&
      document.querySelectorAll('.meter').length >= 2 * count,
    watched.devices,
    { timeout: 120_000, polling: 'raf' },
  );
  return page.evaluate('performance.now()');
};

// In-page scripts are strings: tsx would otherwise wrap their inner functions in helpers the page lacks.

/** Frame intervals (ms) over `ms`, and what the page applied meanwhile. */
const observe = (page: Page, ms: number): Promise<{ p95: number; updatesPerSecond: number }> =>
  page.evaluate(`(async () => {
    const duration = ${ms};
    const stats = window.inspectorStats;
    const before = stats.deviceUpdates;
    const intervals = [];
    let last = performance.now();
    const end = last + duration;
    await new Promise((resolve) => {
      const tick = (now) => {
        intervals.push(now - last);
        last = now;
        if (now < end) requestAnimationFrame(tick);
        else resolve();
      };
      requestAnimationFrame(tick);
    });
    intervals.sort((a, b) => a - b);
    return {
      p95: intervals[Math.floor(intervals.length * 0.95)] ?? 0,
      updatesPerSecond: ((stats.deviceUpdates - before) * 1000) / duration,
    };
  })()`);

/** Drives every device (one frame of OutputCmds per round, each round answered) for `ms`; levels written per second. */
const drive = async (watched: Watched, ms: number): Promise<number> => {
  const end = performance.now() + ms;
  let written = 0;
  for (let round = 1; performance.now() < end; round++) {
    const messages = Array.from({ length: watched.devices }, (_, index) => ({
      name: 'OutputCmd',
      body: { Id: nextId++, DeviceIndex: index, FeatureIndex: 0, Command: { Vibrate: { Value: 1 + (round % 20) } } },
    }));
    await watched.probe.requestAll(messages);
    written += watched.devices;
    watched.probe.clearEvents();
  }
  return (written * 1000) / ms;
};

/** Click on STOP ALL until the page shows the engine's answer; a failure (a timeout) is no answer. */
const stopAllMs = async (page: Page): Promise<number> => {
  const { ms, ok, text } = await page.evaluate<{ ms: number; ok: string; text: string }>(`(async () => {
    const result = document.getElementById('stop-result');
    result.textContent = '';
    delete result.dataset.ok;
    const started = performance.now();
    document.querySelector('[data-testid="stop-all"]').click();
    while (result.dataset.ok === undefined) await new Promise((resolve) => setTimeout(resolve, 1));
    return { ms: performance.now() - started, ok: result.dataset.ok, text: result.textContent };
  })()`);
  if (ok !== 'true') throw new Error(`benchmark: STOP ALL failed after ${ms.toFixed(0)} ms: ${text}`);
  return ms;
};

const measure = async (page: Page, watched: Watched, progress: (line: string) => void) => {
  const paint = await firstPaint(page, watched);
  progress(`    first paint after ${paint.toFixed(0)} ms`);
  const idle = await observe(page, 1_000);
  const stopIdle = await stopAllMs(page);
  progress(
    `    idle: frame p95 ${idle.p95.toFixed(1)} ms, STOP ALL ${stopIdle.toFixed(0)} ms; driving every device...`,
  );
  const [busy, writtenPerSecond, stopBusy] = await Promise.all([
    observe(page, DRIVE_MS),
    drive(watched, DRIVE_MS),
    new Promise<number>((resolve) => setTimeout(() => resolve(stopAllMs(page)), DRIVE_MS / 2)),
  ]);
  return { paint, idle, busy, writtenPerSecond, stopIdle, stopBusy };
};

export const benchInspector = async (progress: (line: string) => void, report: Report): Promise<void> => {
  const browser = await launchBrowser();
  const results: Record<string, Awaited<ReturnType<typeof measure>>> = {};
  try {
    for (const devices of [1, 1_000]) {
      progress(`  engine with ${devices} simulated device(s), page in headless Chromium...`);
      const watched = await watchedEngine(devices);
      progress(`    ${devices} device(s) up; opening the page`);
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      try {
        results[devices] = await measure(page, watched, progress);
      } finally {
        await page.close();
        await watched.probe.close();
        await watched.engine.stop();
      }
    }
  } finally {
    await browser.close();
  }
  const one = results[1]!;
  const many = results[1_000]!;
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
  report(
    'Inspector page, time to first paint (baseline: 1 device; engine: 1000 devices)',
    ms(one.paint),
    ms(many.paint),
    ratio(many.paint, one.paint),
  );
  report(
    'Inspector page, frame interval p95 while 1000 devices are driven (baseline: idle page)',
    ms(many.idle.p95),
    ms(many.busy.p95),
    ratio(many.busy.p95, many.idle.p95),
  );
  report(
    'Inspector page, device levels shown per second (baseline: levels the engine wrote per second)',
    many.writtenPerSecond.toFixed(0),
    many.busy.updatesPerSecond.toFixed(0),
    ratio(many.busy.updatesPerSecond, many.writtenPerSecond),
  );
  report(
    'Inspector page, STOP ALL click to answer with 1000 devices (baseline: idle page)',
    ms(many.stopIdle),
    ms(many.stopBusy),
    ratio(many.stopBusy, many.stopIdle),
  );
};
