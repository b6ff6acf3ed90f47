/** A StopCmd for every device, alone: fake devices that answer (or not), a simulated clock. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor, fromCallback, SimulatedClock, type AnyActorRef } from 'xstate';
import type { DeviceEvent } from '../../machines/device/deviceTypes.js';
import { stopAllMachine } from '../../machines/stopAllMachine.js';
import { fakeSession } from './deviceHarness.js';

type Stop = Extract<DeviceEvent, { type: 'device.stop' }>;

/** A device that records its stops and answers each when `answer` is called. */
const fakeDevice = () => {
  const stops: Stop[] = [];
  const ref = createActor(fromCallback<Stop>(({ receive }) => receive((stop) => stops.push(stop)))).start();
  const answer = () => {
    for (const { reply } of stops.splice(0))
      reply?.replyTo.send({ type: 'server.message', message: { type: 'Ok', Id: reply.id } });
  };
  return { ref, stops, answer };
};

const stopAll = (devices: AnyActorRef[], session: AnyActorRef) => {
  const clock = new SimulatedClock();
  const input = { devices, outputs: true, inputs: true, session, id: 7, timeoutMs: 1_000 };
  return { clock, actor: createActor(stopAllMachine, { clock, input }).start() };
};

describe('the stop-all machine', () => {
  it('tells every device to stop and answers the client once the last one has written its stop', () => {
    const a = fakeDevice();
    const b = fakeDevice();
    const session = fakeSession();
    stopAll([a.ref, b.ref], session.ref);
    expect(a.stops).toMatchObject([{ type: 'device.stop', outputs: true, inputs: true, session: session.ref }]);
    a.answer();
    expect(session.heard).toEqual([]);
    b.answer();
    expect(session.heard).toEqual([{ type: 'Ok', Id: 7 }]);
  });

  it('answers anyway when a device never does (it went away meanwhile), at the timeout', () => {
    const gone = fakeDevice();
    const session = fakeSession();
    const { clock, actor } = stopAll([gone.ref], session.ref);
    clock.increment(999);
    expect(session.heard).toEqual([]);
    clock.increment(1);
    expect(session.heard).toEqual([{ type: 'Ok', Id: 7 }]);
    expect(actor.getSnapshot().status).toBe('done');
  });

  it('answers once, after the last of any number of devices answers in any order, or at the timeout', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }).chain((count) =>
          fc.record({
            count: fc.constant(count),
            order: fc.shuffledSubarray([...Array(count).keys()], { minLength: 0, maxLength: count }),
          }),
        ),
        ({ count, order }) => {
          const devices = Array.from({ length: count }, fakeDevice);
          const session = fakeSession();
          const { clock } = stopAll(
            devices.map((device) => device.ref),
            session.ref,
          );
          for (const [n, i] of order.entries()) {
            expect(session.heard).toEqual([]);
            devices[i]!.answer();
            expect(session.heard).toHaveLength(n + 1 === count ? 1 : 0);
          }
          clock.increment(1_000);
          expect(session.heard).toEqual([{ type: 'Ok', Id: 7 }]);
        },
      ),
    );
  });

  it('ignores messages that answer none of its devices', () => {
    const device = fakeDevice();
    const session = fakeSession();
    const { actor } = stopAll([device.ref], session.ref);
    for (const Id of [0, 2, -1, 1.5]) actor.send({ type: 'server.message', message: { type: 'Ok', Id } });
    expect(session.heard).toEqual([]);
    device.answer();
    expect(session.heard).toEqual([{ type: 'Ok', Id: 7 }]);
  });

  it('does the same small work for each answer however many devices there are (nothing copied per answer)', () => {
    const devices = Array.from({ length: 200 }, fakeDevice);
    const session = fakeSession();
    const { actor } = stopAll(
      devices.map((device) => device.ref),
      session.ref,
    );
    for (const device of devices.slice(0, -1)) {
      const before = actor.getSnapshot().context as unknown as Record<string, unknown>;
      device.answer();
      const after = actor.getSnapshot().context as unknown as Record<string, unknown>;
      // Only a count moves: no per-device structure is rebuilt on each answer (that was quadratic).
      const changed = Object.keys(after).filter((key) => after[key] !== before[key]);
      expect(changed).toEqual(['waiting']);
      expect(typeof after['waiting']).toBe('number');
    }
  });

  it('answers at once when there is no device', () => {
    const session = fakeSession();
    stopAll([], session.ref);
    expect(session.heard).toEqual([{ type: 'Ok', Id: 7 }]);
  });
});
