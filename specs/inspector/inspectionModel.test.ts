import { describe, expect, it } from 'vitest';
import { InspectionModel } from '../../transports/inspector/inspectionModel.js';
import type { InspectionRecord } from '../../transports/inspector/inspectionRecords.js';
import { scanFor, startEngine, waitFor } from '../support/engine.js';

const recordsOf = (model: InspectionModel): InspectionRecord[] => {
  const seen: InspectionRecord[] = [];
  model.subscribe((record) => seen.push(model.finish(record, true)));
  return seen;
};

describe('the inspection model', () => {
  it('names every actor of the engine, with its parent and its machine', async () => {
    const model = new InspectionModel();
    const records = recordsOf(model);
    // MaxPingTime > 0: the session has its ping timer child.
    const engine = startEngine({
      dcm: { devices: [{ name: 'LVS-Edge' }] },
      server: { inspect: model.inspect, maxPingTime: 10_000 },
    });
    const client = await engine.connectClient();
    await scanFor(client, 1);

    const actors = [...model.actors()].filter((a) => a.status === 'active');
    const byId = (id: string) => actors.find((a) => a.id === id)!;
    expect(actors.map((a) => a.id)).toEqual(
      expect.arrayContaining([
        'server',
        'deviceManager',
        'dcm:simulated',
        'deviceGroup-1',
        'device-1',
        'session-1',
        'pingTimer',
      ]),
    );
    expect(byId('deviceManager').parent).toBe(byId('server').key);
    expect(byId('dcm:simulated').parent).toBe(byId('deviceManager').key);
    // Devices live in groups under the manager (issue 11): manager -> group -> device.
    expect(byId('deviceGroup-1').parent).toBe(byId('deviceManager').key);
    expect(byId('device-1').parent).toBe(byId('deviceGroup-1').key);
    expect(byId('session-1').parent).toBe(byId('server').key);
    expect(byId('pingTimer').parent).toBe(byId('session-1').key);
    for (const actor of actors) expect(actor.engine).toBe(byId('server').key);
    // Helpers (promises, callbacks) are named in events but are not actors on show.
    expect(actors.every((a) => a.logic === 'machine')).toBe(true);

    // Each machine is described once, before the first actor that runs it.
    const machines = records.filter((r) => r.k === 'machine').map((r) => (r as { graph: { key: string } }).graph.key);
    expect(new Set(machines).size).toBe(machines.length);
    for (const record of records) {
      if (record.k !== 'actor' || !record.graph) continue;
      const described = records.findIndex((r) => r.k === 'machine' && r.graph.key === record.graph);
      expect(described).toBeGreaterThanOrEqual(0);
      expect(described).toBeLessThan(records.indexOf(record));
    }
    // Snapshots carry the live value, whatever the states are called.
    const session = engine.server.actor.getSnapshot().children['session-1']!;
    const last = records.filter((r) => r.k === 'snapshot' && r.key === byId('session-1').key).at(-1);
    expect(last).toMatchObject({ value: session.getSnapshot().value });
  });

  it("keeps a device's output levels and the bytes it last wrote per endpoint", async () => {
    const model = new InspectionModel();
    const engine = startEngine({
      dcm: { devices: [{ name: 'LVS-Edge', address: 'EDGE' }] },
      server: { inspect: model.inspect },
    });
    const client = await engine.connectClient();
    const [edge] = await scanFor(client, 1);
    await edge!.sendOutputs([{ featureIndex: 1, command: { Vibrate: { Value: 7 } } }]);
    const device = [...model.actors()].find((a) => a.id === 'device-1')!;
    const hardware = engine.dcm.hardware('EDGE')!;
    await waitFor(() => (model.deviceRecord(device.key)?.writes.length ?? 0) > 0);
    const record = model.deviceRecord(device.key)!;
    expect(record).toMatchObject({ k: 'device', index: 0, name: 'Lovense Edge' });
    const { outputs, writes } = record;
    expect(outputs.filter((o) => o.type === 'Vibrate').map((o) => [o.feature, o.value, o.max])).toEqual([
      [0, 0, 20],
      [1, 7, 20],
    ]);
    const lastWrite = hardware.writes.at(-1)!;
    expect(writes).toEqual([
      expect.objectContaining({ endpoint: lastWrite.endpoint, hex: Buffer.from(lastWrite.data).toString('hex') }),
    ]);
  });

  it('records every event between actors, and the transitions each snapshot took', async () => {
    const model = new InspectionModel();
    const records = recordsOf(model);
    const engine = startEngine({ dcm: { devices: [{ name: 'LVS-Edge' }] }, server: { inspect: model.inspect } });
    const client = await engine.connectClient();
    await scanFor(client, 1);
    const events = records.filter((r): r is Extract<InspectionRecord, { k: 'event' }> => r.k === 'event');
    // The handshake arrives from outside; the session asks the device manager; the manager answers.
    const frame = events.find((e) => e.to === 'session-1' && e.type === 'frame');
    expect(frame).toBeDefined();
    expect(frame!.from).toBeUndefined();
    expect(events.some((e) => e.from === 'session-1' && e.to === 'deviceManager')).toBe(true);
    expect(events.some((e) => e.from === 'deviceManager' && e.to === 'session-1')).toBe(true);
    // Transitions are named by edges of the machine's graph.
    const session = [...model.actors()].find((a) => a.id === 'session-1')!;
    const graph = model.graph(session.graph!)!;
    const taken = records.flatMap((r) => (r.k === 'snapshot' && r.key === session.key ? (r.edges ?? []) : []));
    expect(taken.length).toBeGreaterThan(0);
    for (const id of taken) expect(graph.edges.map((e) => e.id)).toContain(id);
  });

  it('forgets ended actors beyond its limit, children with their parent', async () => {
    const model = new InspectionModel({ keepEnded: 1 });
    const records = recordsOf(model);
    const engine = startEngine({ server: { inspect: model.inspect } });
    for (let i = 0; i < 3; i++) await (await engine.connectClient(`client ${i}`)).disconnect();
    await waitFor(() => records.filter((r) => r.k === 'forget').length >= 2, 2_000, 'forgotten sessions');
    const sessions = [...model.actors()].filter((a) => a.id.startsWith('session-'));
    expect(sessions.filter((a) => a.status !== 'active').length).toBeLessThanOrEqual(1);
    const forgotten = new Set(records.flatMap((r) => (r.k === 'forget' ? [r.key] : [])));
    // A forgotten session's ping timer went with it.
    for (const entry of model.actors()) if (entry.parent) expect(forgotten.has(entry.parent)).toBe(false);
  });
});
