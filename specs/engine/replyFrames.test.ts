import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { frameTransport } from '../../actors/engine/buttplugServer.js';
import { tickOutbox } from '../../actors/engine/tickOutbox.js';
import type { TaggedMessage } from '../../protocols/buttplug/frame.js';
import { startEngine } from '../support/engine.js';
import { handshakeV4 } from '../support/rawSession.js';

afterEach(() => {
  vi.useRealTimers();
});

/** The microtasks queued so far have run. */
const endOfTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

const ok = (id: number): TaggedMessage => ({ type: 'Ok', Id: id }) as TaggedMessage;

describe('the tick outbox', () => {
  it('delivers everything sent in one turn as one batch, in order, at the end of the turn', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(fc.nat(1_000), { maxLength: 5 }), { maxLength: 8 }), async (sends) => {
        const delivered: number[][] = [];
        const outbox = tickOutbox((messages) =>
          delivered.push(messages.map((m) => (m as unknown as { Id: number }).Id)),
        );
        for (const ids of sends) outbox.send(ids.map(ok));
        expect(delivered).toEqual([]);
        await endOfTurn();
        const all = sends.flat();
        expect(delivered).toEqual(all.length > 0 ? [all] : []);
      }),
    );
  });

  it('flush sends what waits at once, and the end of the turn then sends nothing twice', async () => {
    const delivered: number[][] = [];
    const outbox = tickOutbox((messages) => delivered.push(messages.map((m) => (m as unknown as { Id: number }).Id)));
    outbox.send([ok(1), ok(2)]);
    outbox.flush();
    expect(delivered).toEqual([[1, 2]]);
    await endOfTurn();
    expect(delivered).toEqual([[1, 2]]);
    outbox.send([ok(3)]);
    await endOfTurn();
    expect(delivered).toEqual([[1, 2], [3]]);
  });
  it('outboxes of several sessions each deliver their own turn, and one whose transport throws holds up none', async () => {
    const delivered: string[] = [];
    const uncaught: unknown[] = [];
    const onUncaught = (error: unknown) => uncaught.push(error);
    process.on('uncaughtException', onUncaught);
    try {
      const outboxes = ['a', 'b', 'c'].map((name) =>
        tickOutbox((messages) => {
          if (name === 'b') throw new Error('transport b broke');
          delivered.push(`${name}:${messages.map((m) => (m as unknown as { Id: number }).Id).join(',')}`);
        }),
      );
      outboxes.forEach((outbox, i) => outbox.send([ok(i)]));
      outboxes[0]!.send([ok(9)]);
      await endOfTurn();
      expect(delivered).toEqual(['a:0,9', 'c:2']);
      expect(uncaught).toEqual([new Error('transport b broke')]);
      // Nothing is stuck: the next turn delivers again.
      outboxes[2]!.send([ok(5)]);
      await endOfTurn();
      expect(delivered).toEqual(['a:0,9', 'c:2', 'c:5']);
    } finally {
      process.off('uncaughtException', onUncaught);
    }
  });

  it('a DeviceList ends its batch (the official client reads nothing after one), and order is kept', async () => {
    const list = (id: number): TaggedMessage => ({ type: 'DeviceList', Id: id }) as TaggedMessage;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }), async (isList) => {
        const delivered: TaggedMessage[][] = [];
        const outbox = tickOutbox((messages) => delivered.push([...messages]));
        isList.forEach((listed, id) => outbox.send([listed ? list(id) : ok(id)]));
        await endOfTurn();
        expect(delivered.flat().map((m) => (m as unknown as { Id: number }).Id)).toEqual(isList.map((_, id) => id));
        for (const batch of delivered) {
          expect(batch.length).toBeGreaterThan(0);
          expect(batch.slice(0, -1).some((m) => m.type === 'DeviceList')).toBe(false);
        }
        // No more batches than DeviceLists need: a batch ends only at a DeviceList or at the end of the turn.
        expect(delivered.slice(0, -1).every((batch) => batch.at(-1)!.type === 'DeviceList')).toBe(true);
      }),
    );
  });
});

describe('reply frames', () => {
  it('the replies to one frame leave as one frame (the spec allows several messages per frame)', async () => {
    const { server } = startEngine({ server: { maxPingTime: 0 } });
    const frames: string[] = [];
    const session = server.connect(
      frameTransport(
        (text) => frames.push(text),
        () => {},
      ),
    );
    session.receive(handshakeV4(1));
    await vi.waitFor(() => expect(frames.join()).toContain('ServerInfo'));
    frames.length = 0;
    session.receive('[{"Ping":{"Id":2}},{"Ping":{"Id":3}},{"Bogus":{"Id":4}},{"RequestDeviceList":{"Id":5}}]');
    await vi.waitFor(() => expect(frames.join()).toContain('"Id":5'));
    expect(frames).toHaveLength(1);
    const ids = (JSON.parse(frames[0]!) as Record<string, { Id: number }>[]).map((m) => Object.values(m)[0]!.Id);
    expect(ids).toEqual([2, 3, 4, 5]);
  });

  it('what waits is sent before the transport closes', async () => {
    const { server } = startEngine({ server: { maxPingTime: 0 } });
    const events: string[] = [];
    const session = server.connect(
      frameTransport(
        (text) => events.push(text),
        (reason) => events.push(`close: ${reason}`),
      ),
    );
    session.receive(handshakeV4(1));
    await vi.waitFor(() => expect(events.join()).toContain('ServerInfo'));
    events.length = 0;
    session.receive(
      '[{"Ping":{"Id":2}},{"RequestServerInfo":{"Id":3,"ClientName":"again","ProtocolVersionMajor":4,"ProtocolVersionMinor":0}}]',
    );
    session.receive('[{"Disconnect":{"Id":4}}]');
    await vi.waitFor(() => expect(events.some((e) => e.startsWith('close'))).toBe(true));
    const close = events.findIndex((e) => e.startsWith('close'));
    expect(events.slice(0, close).join()).toContain('"Id":4');
    expect(events.slice(close + 1)).toEqual([]);
  });
});
