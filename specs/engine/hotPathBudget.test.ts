/**
 * The hot path's shape, counted rather than timed (issue 11): an OutputCmd to a ready device costs a
 * fixed number of XState events and starts no actor, however many are sent. Its CPU cost follows these
 * counts (see BENCHMARKS.md, Profiles); a change that adds an event or a child actor per command fails here.
 */
import type { AnyActorRef, InspectionEvent } from 'xstate';
import { describe, expect, it } from 'vitest';
import { startEngine } from '../support/engine.js';
import { textSession } from '../support/textSession.js';

/**
 * The session's frame (taken by its wire), the request the wire hands straight to the device (marked as
 * the frame's last, so no end-of-frame event), the hardware's one answer, the reply to the wire. The
 * device manager sees none of them (machines/deviceRoutes.ts), the session's statechart neither
 * (machines/sessionWire.ts).
 */
const EVENTS_PER_OUTPUT = 4;
/**
 * One microstep per device event: the request (queued and written in one step) and the answer (back to
 * idle in the same step). No eventless hop; the session's wire is a transition actor, which takes no
 * statechart step (this was 4, with the session's two macrosteps).
 */
const MICROSTEPS_PER_OUTPUT = 2;
const EVENT_TYPES_PER_OUTPUT = ['device.request', 'frame', 'server.message', 'write.done'];
const MAX_CONTEXT_KEYS = 19;

const countedEngine = async () => {
  const counts = { events: 0, microsteps: 0, actors: 0, types: new Map<string, number>() };
  const actors = new Map<string, AnyActorRef>();
  const { server } = startEngine({
    dcm: { devices: [{ name: 'LVS-Edge', address: 'BUDGET000001' }] },
    server: {
      maxPingTime: 0,
      inspect: (event: InspectionEvent) => {
        if (event.type === '@xstate.event') {
          counts.events++;
          counts.types.set(event.event.type, (counts.types.get(event.event.type) ?? 0) + 1);
        }
        if (event.type === '@xstate.microstep') counts.microsteps++;
        if (event.type === '@xstate.actor') {
          counts.actors++;
          const actor = event.actorRef as AnyActorRef;
          actors.set(actor.id, actor);
        }
      },
    },
  });
  const { send, handshake, scanUntil } = textSession(server);
  await handshake('budget');
  await scanUntil('"ScanningFinished"');
  const vibrate = (level: number) =>
    send(
      (id) => `[{"OutputCmd":{"Id":${id},"DeviceIndex":0,"FeatureIndex":0,"Command":{"Vibrate":{"Value":${level}}}}}]`,
    );
  return { counts, actors, vibrate, ping: () => send((id) => `[{"Ping":{"Id":${id}}}]`) };
};

describe('the hot path, counted', () => {
  it(`an OutputCmd written and answered costs ${EVENTS_PER_OUTPUT} XState events, ${MICROSTEPS_PER_OUTPUT} microsteps, and starts no actor`, async () => {
    const engine = await countedEngine();
    await engine.vibrate(1); // the first write may arm what later ones reuse
    const before = { ...engine.counts, types: new Map(engine.counts.types) };
    for (let i = 0; i < 50; i++) await engine.vibrate(2 + (i % 18));
    expect((engine.counts.events - before.events) / 50).toBe(EVENTS_PER_OUTPUT);
    expect((engine.counts.microsteps - before.microsteps) / 50).toBe(MICROSTEPS_PER_OUTPUT);
    expect(engine.counts.actors - before.actors).toBe(0);
    // Each one exactly once per command: a routing hop, an end-of-frame or a second write event shows here.
    const perCommand = [...engine.counts.types]
      .filter(([type, count]) => count !== (before.types.get(type) ?? 0))
      .map(([type, count]) => `${type} x${(count - (before.types.get(type) ?? 0)) / 50}`)
      .sort();
    expect(perCommand).toEqual(EVENT_TYPES_PER_OUTPUT.map((type) => `${type} x1`));
  });

  it('the session and the device keep contexts V8 can copy as fast objects', async () => {
    // Every assign copies the context (Object.assign into {}); past about 19 keys V8 makes each copy a
    // slow dictionary object, and every context read on the hot path gets slower with it.
    const engine = await countedEngine();
    for (let i = 0; i < 5; i++) await engine.vibrate(1 + i);
    const keys = (id: string) => Object.keys((engine.actors.get(id)!.getSnapshot() as { context: object }).context);
    expect(keys('device-1').length).toBeLessThanOrEqual(MAX_CONTEXT_KEYS);
    expect(keys('session-1').length).toBeLessThanOrEqual(MAX_CONTEXT_KEYS);
  });

  it('a device whose protocol needs no keepalive runs no keepalive timer', async () => {
    const engine = await countedEngine();
    await engine.vibrate(1);
    const children = (engine.actors.get('device-1')!.getSnapshot() as { children: object }).children;
    expect(Object.keys(children)).toEqual([]);
  });

  it('a Ping costs the session one event', async () => {
    const engine = await countedEngine();
    const before = engine.counts.events;
    for (let i = 0; i < 20; i++) await engine.ping();
    expect(engine.counts.events - before).toBe(20);
  });
});
