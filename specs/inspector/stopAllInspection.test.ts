/**
 * STOP ALL from the page with many devices: what the inspector records and serialises for one
 * StopCmd grows linearly with the devices (a fixed cost per device), so a thousand devices cost a
 * thousand times one device, not a million. Counted, not timed: the records each device adds from 16 to
 * 64 devices are about those it adds from 4 to 16 (quadratic growth would be four times as many).
 */
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { RawRecord } from '../../transports/inspector/inspectionModel.js';
import { scanFor } from '../support/engine.js';
import { startInspected } from '../support/inspected.js';

/** Records the inspector emits, and contexts or payloads it serialises, during each of two STOP ALLs. */
const stopAllCost = async (devices: number) => {
  const engine = await startInspected({
    dcm: { devices: Array.from({ length: devices }, (_, i) => ({ name: 'LVS-Edge', address: `EDGE-${i}` })) },
  });
  // A page watching, so the live stream collects (and coalesces) what the model emits.
  const page = new WebSocket(`${engine.inspector.url.replace('http:', 'ws:')}stream`);
  await new Promise((resolve, reject) => page.once('open', resolve).once('error', reject));
  /** The stream's next batch: everything recorded until now has been serialised for the page. */
  const nextBatch = () =>
    new Promise<void>((resolve) => {
      const onMessage = (data: unknown) => {
        if (!String(data).startsWith('{"m":"batch"')) return;
        page.off('message', onMessage);
        resolve();
      };
      page.on('message', onMessage);
    });
  const client = await engine.connectClient();
  const found = await scanFor(client, devices);
  // The vibrations' batch goes out first: only the stops are counted.
  const vibrated = nextBatch();
  await Promise.all(found.map((device) => device.vibrate({ steps: 5 })));
  await vibrated;
  const model = engine.inspector.model;
  const kinds = new Map<RawRecord['k'], number>();
  const unsubscribe = model.subscribe((record) => kinds.set(record.k, (kinds.get(record.k) ?? 0) + 1));
  const sanitize = model.sanitize.bind(model);
  let serialised = 0;
  model.sanitize = (...args) => {
    serialised++;
    return sanitize(...args);
  };
  const costs: { records: number; serialised: number; byKind: string }[] = [];
  for (let round = 0; round < 2; round++) {
    kinds.clear();
    serialised = 0;
    expect(await engine.post('api/stop-all', {})).toMatchObject({ ok: true });
    // Every record of the stop is in (the answer came last); the stream serialises them in its next batch.
    await nextBatch();
    const records = [...kinds.values()].reduce((a, b) => a + b, 0);
    const byKind = [...kinds]
      .sort()
      .map(([kind, n]) => `${kind}:${n}`)
      .join(' ');
    costs.push({ records, serialised, byKind });
  }
  unsubscribe();
  page.close();
  return costs;
};

describe('STOP ALL from the inspector, with many devices', () => {
  it('costs the inspector a fixed number of records per device', async () => {
    const [few, more, many] = [await stopAllCost(4), await stopAllCost(16), await stopAllCost(64)];
    for (const round of [0, 1]) {
      const [a, b, c] = [few[round]!, more[round]!, many[round]!];
      const what = `round ${round + 1}: ${a.byKind} | ${b.byKind} | ${c.byKind}`;
      // Linear: a fixed cost per device (which batch an answer lands in moves a record or two).
      const perDevice = (b.records - a.records) / 12;
      expect(perDevice, what).toBeGreaterThan(0);
      expect((c.records - b.records) / 48, what).toBeLessThanOrEqual(1.5 * perDevice);
      // Serialising is bounded by what was recorded (the stream serialises what it kept, once).
      expect(c.serialised, what).toBeLessThanOrEqual(c.records);
    }
  }, 60_000);
});
