/**
 * A device's writes (actors/engine/hardwareWriter.ts) on xstate's `SimulatedClock`: every write is
 * bounded, every failure (rejected, thrown, timed out) is answered as `write.failed`, each answer names
 * its batch, and a timed-out write's late answer is ignored. The writer is reused across writes, so
 * these pin down its one deadline timer and its shared callbacks too.
 */
import { describe, expect, it } from 'vitest';
import { SimulatedClock, type AnyActorRef } from 'xstate';
import { HardwareWriter } from '../../actors/engine/hardwareWriter.js';
import type { Hardware } from '../../hardware/hardware.js';
import type { DeviceEvent, StartWriteParams } from '../../machines/device/deviceTypes.js';
import { asClock, type Clock } from '../../protocols/core/clock.js';
import type { Endpoint } from '../../protocols/config/endpoints.js';

const TIMEOUT_MS = 100;

/** Lets every settled promise run its callbacks. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

interface PendingWrite {
  readonly endpoint: Endpoint;
  readonly data: number;
  resolve(): void;
  reject(error: Error): void;
}

/** Hardware whose writes settle when the test says (or throw, when told to). */
const controlledHardware = () => {
  const writes: PendingWrite[] = [];
  let throwNext: Error | undefined;
  const hardware = {
    write(endpoint: Endpoint, data: Uint8Array): Promise<void> {
      if (throwNext) {
        const error = throwNext;
        throwNext = undefined;
        throw error;
      }
      return new Promise<void>((resolve, reject) => writes.push({ endpoint, data: data[0]!, resolve, reject }));
    },
  } as unknown as Hardware;
  return {
    hardware,
    writes,
    throwOnNextWrite: (error: Error) => (throwNext = error),
  };
};

const setup = (clock: Clock = asClock(new SimulatedClock())) => {
  const answers: DeviceEvent[] = [];
  let status: 'active' | 'stopped' = 'active';
  const device = {
    getSnapshot: () => ({ status }),
    send: (event: DeviceEvent) => answers.push(event),
  } as unknown as AnyActorRef;
  const writer = new HardwareWriter(device, clock);
  const hw = controlledHardware();
  const batch = (seq: number, ...data: number[]): StartWriteParams => ({
    seq,
    hardware: hw.hardware,
    timeoutMs: TIMEOUT_MS,
    writes: data.map((byte) => ({
      op: 'write' as const,
      endpoint: 'tx' as Endpoint,
      data: Uint8Array.of(byte),
      withResponse: false,
    })),
  });
  return { answers, writer, batch, ...hw, stop: () => (status = 'stopped') };
};

const simulated = () => {
  const simulatedClock = new SimulatedClock();
  return { simulatedClock, clock: asClock(simulatedClock) };
};

/** The write of batch `seq` fails after exactly `TIMEOUT_MS` more on the clock, not a millisecond sooner. */
const expectTimeoutAfterItsWholeTimeout = async (clock: SimulatedClock, answers: DeviceEvent[], seq: number) => {
  clock.increment(TIMEOUT_MS - 1);
  await settle();
  expect(answers).toEqual([]);
  clock.increment(1);
  await settle();
  expect(answers).toEqual([{ type: 'write.failed', seq, error: `write to tx timed out after ${TIMEOUT_MS} ms` }]);
};

describe('a device write', () => {
  it('landed: answered with write.done naming its batch, never inside the call that started it', async () => {
    const { answers, writer, batch, writes } = setup();
    writer.start(batch(7, 1));
    writes[0]!.resolve();
    expect(answers).toEqual([]);
    await settle();
    expect(answers).toEqual([{ type: 'write.done', seq: 7 }]);
  });

  it('rejected: answered with write.failed and the hardware’s reason', async () => {
    const { answers, writer, batch, writes } = setup();
    writer.start(batch(1, 1));
    writes[0]!.reject(new Error('radio hiccup'));
    await settle();
    expect(answers).toEqual([{ type: 'write.failed', seq: 1, error: 'radio hiccup' }]);
  });

  it('thrown synchronously: answered with write.failed a microtask later, and the next write works', async () => {
    const { answers, writer, batch, writes, throwOnNextWrite } = setup();
    throwOnNextWrite(new Error('synchronous failure'));
    writer.start(batch(1, 1));
    expect(answers).toEqual([]);
    await settle();
    expect(answers).toEqual([{ type: 'write.failed', seq: 1, error: 'synchronous failure' }]);
    writer.start(batch(2, 2));
    writes[0]!.resolve();
    await settle();
    expect(answers.at(-1)).toEqual({ type: 'write.done', seq: 2 });
  });

  it('never settling: fails after exactly its timeout on the simulated clock', async () => {
    const { simulatedClock, clock } = simulated();
    const { answers, writer, batch } = setup(clock);
    writer.start(batch(3, 1));
    await expectTimeoutAfterItsWholeTimeout(simulatedClock, answers, 3);
  });

  it('started after an earlier write armed the timer: still gets its whole timeout, counted from its own start', async () => {
    const { simulatedClock, clock } = simulated();
    const { answers, writer, batch, writes } = setup(clock);
    writer.start(batch(1, 1));
    writes[0]!.resolve();
    await settle();
    simulatedClock.increment(60);
    writer.start(batch(2, 2));
    simulatedClock.increment(TIMEOUT_MS - 60);
    await settle();
    expect(answers).toEqual([{ type: 'write.done', seq: 1 }]);
    simulatedClock.increment(59);
    await settle();
    expect(answers).toHaveLength(1);
    simulatedClock.increment(1);
    await settle();
    expect(answers.at(-1)).toEqual({
      type: 'write.failed',
      seq: 2,
      error: `write to tx timed out after ${TIMEOUT_MS} ms`,
    });
  });

  it('timed out, then answering late: the late answer is ignored and later writes are answered as their own', async () => {
    const { simulatedClock, clock } = simulated();
    const { answers, writer, batch, writes } = setup(clock);
    writer.start(batch(1, 1));
    simulatedClock.increment(TIMEOUT_MS);
    await settle();
    expect(answers).toEqual([{ type: 'write.failed', seq: 1, error: `write to tx timed out after ${TIMEOUT_MS} ms` }]);
    // The next batch is written while the first write is still out.
    writer.start(batch(2, 2));
    writes[0]!.reject(new Error('late failure of the first write'));
    await settle();
    expect(answers).toHaveLength(1);
    writes[1]!.resolve();
    await settle();
    expect(answers.at(-1)).toEqual({ type: 'write.done', seq: 2 });
    // Everything settled: the next write answers as itself again.
    writer.start(batch(3, 3));
    writes[2]!.reject(new Error('third fails'));
    await settle();
    expect(answers.at(-1)).toEqual({ type: 'write.failed', seq: 3, error: 'third fails' });
  });

  it('timed out, with the late answer coming after the next write’s: each answer goes to its own write', async () => {
    const { simulatedClock, clock } = simulated();
    const { answers, writer, batch, writes } = setup(clock);
    writer.start(batch(1, 1));
    simulatedClock.increment(TIMEOUT_MS);
    writer.start(batch(2, 2));
    writes[1]!.reject(new Error('second fails'));
    await settle();
    expect(answers.at(-1)).toEqual({ type: 'write.failed', seq: 2, error: 'second fails' });
    writes[0]!.resolve();
    writer.start(batch(3, 3));
    await settle();
    expect(answers).toHaveLength(2);
    simulatedClock.increment(TIMEOUT_MS);
    await settle();
    expect(answers.at(-1)).toEqual({
      type: 'write.failed',
      seq: 3,
      error: `write to tx timed out after ${TIMEOUT_MS} ms`,
    });
  });
});

describe('a batch of writes', () => {
  it('writes one after another, each with its own timeout, and answers once', async () => {
    const { simulatedClock, clock } = simulated();
    const { answers, writer, batch, writes } = setup(clock);
    writer.start(batch(4, 1, 2, 3));
    expect(writes.map((w) => w.data)).toEqual([1]);
    simulatedClock.increment(80);
    writes[0]!.resolve();
    await settle();
    expect(writes.map((w) => w.data)).toEqual([1, 2]);
    writes[1]!.resolve();
    await settle();
    // The third write started at 80 ms: it times out at 180, not at the first write's 100.
    await expectTimeoutAfterItsWholeTimeout(simulatedClock, answers, 4);
  });

  it('stops at the first failure', async () => {
    const { answers, writer, batch, writes } = setup();
    writer.start(batch(5, 1, 2));
    writes[0]!.reject(new Error('first fails'));
    await settle();
    expect(writes).toHaveLength(1);
    expect(answers).toEqual([{ type: 'write.failed', seq: 5, error: 'first fails' }]);
  });

  it('empty: answered done a microtask later', async () => {
    const { answers, writer, batch } = setup();
    writer.start(batch(6));
    expect(answers).toEqual([]);
    await settle();
    expect(answers).toEqual([{ type: 'write.done', seq: 6 }]);
  });

  it('of a device stopped meanwhile: nothing more is written and nothing is sent to it', async () => {
    const { answers, writer, batch, writes, stop } = setup();
    writer.start(batch(6, 1, 2));
    stop();
    writes[0]!.resolve();
    await settle();
    expect(writes).toHaveLength(1);
    expect(answers).toEqual([]);
  });
});

describe('the deadline timer', () => {
  /** A clock handing out timers that count their refs, as Node's do. */
  const countingClock = () => {
    const simulatedClock = new SimulatedClock();
    const timers: { refed: boolean; cleared: boolean }[] = [];
    const clock: Clock = {
      setTimeout: (fn, ms) => {
        const timer = {
          refed: true,
          cleared: false,
          ref: () => (timer.refed = true),
          unref: () => (timer.refed = false),
          id: simulatedClock.setTimeout(fn, ms),
        };
        timers.push(timer);
        return timer;
      },
      clearTimeout: (handle) => simulatedClock.clearTimeout((handle as { id: number }).id),
      now: () => simulatedClock.now(),
    };
    return { simulatedClock, clock, timers };
  };

  it('is one per device for any number of writes, holding the process open only while a write is out', async () => {
    const { clock, timers } = countingClock();
    const { answers, writer, batch, writes } = setup(clock);
    for (let seq = 1; seq <= 50; seq++) {
      writer.start(batch(seq, seq));
      expect(timers.at(-1)!.refed).toBe(true);
      writes[seq - 1]!.resolve();
      await settle();
      expect(timers.at(-1)!.refed).toBe(false);
    }
    expect(answers).toHaveLength(50);
    expect(timers).toHaveLength(1);
  });

  it('lapses when it fires with nothing out, and the next write arms a new one', async () => {
    const { simulatedClock, clock, timers } = countingClock();
    const { answers, writer, batch, writes } = setup(clock);
    writer.start(batch(1, 1));
    writes[0]!.resolve();
    await settle();
    simulatedClock.increment(TIMEOUT_MS);
    writer.start(batch(2, 2));
    expect(timers).toHaveLength(2);
    simulatedClock.increment(TIMEOUT_MS);
    await settle();
    expect(answers).toEqual([
      { type: 'write.done', seq: 1 },
      { type: 'write.failed', seq: 2, error: `write to tx timed out after ${TIMEOUT_MS} ms` },
    ]);
  });
});
