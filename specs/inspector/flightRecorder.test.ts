/** The flight recorder: a bounded JSONL recording that replays to what the engine did. */
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ButtplugServer } from '../../actors/engine/buttplugServer.js';
import { SimulatedDcm } from '../../hardware/simulated/simulatedDcm.js';
import { InspectionRecorder, recordOnFailure } from '../../transports/inspector/flightRecorder.js';
import { parseRecording, RECORDING_FORMAT } from '../../transports/inspector/inspectionRecords.js';
import { PageStore } from '../../transports/inspector/page/pageStore.js';
import { scanFor, startEngine } from '../support/engine.js';
import { ButtplugClient } from '../../actors/client/buttplugClient.js';
import { EmbeddedConnector } from '../../transports/embeddedConnector.js';

const replay = (text: string): PageStore => {
  const store = new PageStore();
  for (const record of parseRecording(text).records) store.apply(record);
  return store;
};

describe('the flight recorder', () => {
  it('replays to the engine as it was: every actor, its state, its device levels', async () => {
    const recorder = new InspectionRecorder({ title: 'two toys' });
    const engine = startEngine({
      dcm: { devices: [{ name: 'LVS-Edge' }, { name: 'LVS-Nora' }] },
      server: { inspector: recorder },
    });
    const client = await engine.connectClient();
    const devices = await scanFor(client, 2);
    await devices[0]!.vibrate({ steps: 13 });
    await devices[1]!.sendOutputs([{ featureIndex: 1, command: { Rotate: { Value: 4 } } }]);

    const text = recorder.text();
    const { header, records } = parseRecording(text);
    expect(header).toMatchObject({ format: RECORDING_FORMAT, version: 1, from: 0, title: 'two toys' });
    expect(records.length).toBeGreaterThan(50);
    const store = replay(text);
    for (const entry of recorder.model.actors()) {
      const view = store.actors.get(entry.key);
      expect(view?.id).toBe(entry.id);
      expect(view?.status).toBe(entry.status);
      expect(view?.value).toEqual((entry.snapshot as { value?: unknown }).value);
    }
    const levels = [...store.devices.values()].map((d) => [d.index, d.outputs.map((o) => o.value)]);
    expect(levels).toEqual(
      expect.arrayContaining([
        [0, [13, 13]],
        [1, [0, 4]],
      ]),
    );
    // Contexts are recorded when they change, so a replay can show them.
    expect(
      store.actors.get([...recorder.model.actors()].find((a) => a.id === 'session-1')!.key)?.context,
    ).toMatchObject({
      clientName: 'test client',
    });
    await recorder.close();
  });

  it('stays within its bound, the latest stretch kept, each segment replayable on its own', async () => {
    const recorder = new InspectionRecorder({ maxBytes: 512 * 1024 });
    const engine = startEngine({ dcm: { devices: [{ name: 'LVS-Edge' }] }, server: { inspector: recorder } });
    const client = await engine.connectClient();
    const [edge] = await scanFor(client, 1);
    for (let i = 0; i < 300; i++) await edge!.vibrate({ steps: i % 20 });
    const text = recorder.text();
    // Two segments at most: the older and the current, each under half the bound plus one record.
    const headers = text.split('\n').filter((line) => line.includes(`"format":"${RECORDING_FORMAT}"`));
    expect(headers.length).toBe(2);
    expect(Buffer.byteLength(text)).toBeLessThan(512 * 1024 + 16 * 1024);
    const current = text.slice(text.lastIndexOf('{"format"'));
    const store = replay(current);
    expect(store.actors.size).toBe([...recorder.model.actors()].length);
    expect([...store.devices.values()][0]!.outputs[0]!.value).toBe(299 % 20);
    await recorder.close();
  });

  it('keeps the shrunk counterexample of a failing property, for the page to replay', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'inspector-')), 'counterexample.jsonl');
    // A property that fails from step 16 on: fast-check shrinks to 16, and the last failing run is recorded.
    const run = (steps: number) =>
      recordOnFailure(file, async (recorder) => {
        const dcm = new SimulatedDcm({ devices: [{ name: 'LVS-Edge' }] });
        const server = new ButtplugServer({ deviceCommunicationManagers: [dcm], inspector: recorder });
        const client = new ButtplugClient('property');
        try {
          await client.connect(new EmbeddedConnector(server));
          const [edge] = await scanFor(client, 1);
          await edge!.vibrate({ steps });
          expect(steps).toBeLessThan(16);
        } finally {
          await client.disconnect();
          await server.shutdown();
        }
      });
    await expect(
      fc.assert(fc.asyncProperty(fc.integer({ min: 0, max: 20 }), run), { numRuns: 40, seed: 7 }),
    ).rejects.toThrow(/Counterexample: \[16\]/);
    expect(existsSync(file)).toBe(true);
    const store = replay(readFileSync(file, 'utf8'));
    const levels = [...store.devices.values()].flatMap((device) => device.outputs.map((output) => output.value));
    // The engine stopped the toy at shutdown; the recording saw 16 on the way.
    const values = parseRecording(readFileSync(file, 'utf8')).records.flatMap((r) =>
      r.k === 'device' ? r.outputs.map((o) => o.value) : [],
    );
    expect(values).toContain(16);
    expect(Math.max(...values)).toBe(16);
    expect(levels.every((value) => value === 0)).toBe(true);
  });

  it('writes nothing when the body passes', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'inspector-')), 'none.jsonl');
    await expect(recordOnFailure(file, async () => 'fine')).resolves.toBe('fine');
    expect(existsSync(file)).toBe(false);
  });
});
