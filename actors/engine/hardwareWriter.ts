/**
 * The write cycle's I/O of one device actor (`startWrite` in actors/engine/deviceActors.ts).
 */
import type { AnyActorRef } from 'xstate';
import type { DeviceEvent, StartWriteParams } from '../../machines/device/deviceTypes.js';
import { unrefTimer, type Clock } from '../../protocols/core/clock.js';
import { messageOf } from '../../protocols/core/errorText.js';
import { TimeoutError } from '../../protocols/core/timeouts.js';

/**
 * A device actor's writes (`startWrite`): a batch's writes one after another, each bounded by the
 * batch's `timeoutMs`, then one `write.done` or `write.failed` naming the batch (its `seq`). This is
 * the hot path, so one writer per device is reused: one deadline timer re-armed rather than one
 * created per write, and the same two callbacks on every write while no timed-out write is pending.
 */
export class HardwareWriter {
  readonly #device: AnyActorRef;
  readonly #clock: Clock;
  #batch: StartWriteParams | undefined;
  /** The batch's next write. */
  #next = 0;
  /** Names every write started, so a late answer is told from the awaited one; 0 is none. */
  #started = 0;
  #inFlight = 0;
  /** Whether the write in flight answers through `#landed`/`#refused`, the callbacks every write shares. */
  #inFlightShares = false;
  /** Timed-out writes still to answer through the shared callbacks: those answers are ignored. */
  #abandoned = 0;
  #deadline = 0;
  #timer: unknown = undefined;
  /** The write in flight when the timer was armed: that one times out when it fires. */
  #timerFor = 0;

  constructor(device: AnyActorRef, clock: Clock) {
    this.#device = device;
    this.#clock = clock;
  }

  start(batch: StartWriteParams): void {
    // The device answers a batch before it starts the next; anything still in flight is no longer awaited.
    this.#abandon();
    this.#batch = batch;
    this.#next = 0;
    if (batch.writes.length === 0) {
      // Answered from a promise, as every batch is: never inside the transition that started it.
      void Promise.resolve().then(() => this.#answer({ type: 'write.done', seq: batch.seq }));
      this.#batch = undefined;
      return;
    }
    this.#writeNext(batch);
  }

  #writeNext(batch: StartWriteParams): void {
    const write = batch.writes[this.#next++]!;
    const id = ++this.#started;
    this.#inFlight = id;
    this.#deadline = this.#clock.now() + batch.timeoutMs;
    if (this.#timer === undefined) {
      this.#timer = this.#clock.setTimeout(this.#timeUp, batch.timeoutMs);
      this.#timerFor = id;
    } else refTimer(this.#timer);
    let written: Promise<void>;
    try {
      written = batch.hardware.write(write.endpoint, write.data, write.withResponse);
    } catch (error) {
      // A write that throws instead of rejecting fails the same way, a microtask later.
      written = Promise.reject(error);
    }
    this.#inFlightShares = this.#abandoned === 0;
    if (this.#inFlightShares) void Promise.resolve(written).then(this.#landed, this.#refused);
    else
      void Promise.resolve(written).then(
        () => this.#settled(id, undefined, false),
        (error: unknown) => this.#settled(id, error, true),
      );
  }

  readonly #landed = (): void => this.#sharedAnswer(undefined, false);
  readonly #refused = (error: unknown): void => this.#sharedAnswer(error, true);

  #sharedAnswer(error: unknown, failed: boolean): void {
    // While a timed-out write is pending, no new write shares these callbacks: the answer is its.
    if (this.#abandoned > 0) {
      this.#abandoned--;
      return;
    }
    this.#settled(this.#inFlight, error, failed);
  }

  #settled(id: number, error: unknown, failed: boolean): void {
    if (id !== this.#inFlight || id === 0) return;
    this.#inFlight = 0;
    const batch = this.#batch!;
    if (failed) return this.#finish(batch, { type: 'write.failed', seq: batch.seq, error: messageOf(error) });
    // A device stopped meanwhile (its stop written from the registry) is sent nothing more.
    if (this.#next < batch.writes.length && this.#isActive()) return this.#writeNext(batch);
    this.#finish(batch, { type: 'write.done', seq: batch.seq });
  }

  readonly #timeUp = (): void => {
    this.#timer = undefined;
    const id = this.#inFlight;
    if (id === 0) return;
    const batch = this.#batch!;
    const rest = Math.min(this.#deadline - this.#clock.now(), batch.timeoutMs);
    if (id !== this.#timerFor && rest > 0) {
      // Started after the timer was armed: it waits the rest of its own time (never more than all of it).
      this.#timer = this.#clock.setTimeout(this.#timeUp, rest);
      this.#timerFor = id;
      return;
    }
    const write = batch.writes[this.#next - 1]!;
    this.#abandon();
    const error = new TimeoutError(`write to ${write.endpoint} timed out after ${batch.timeoutMs} ms`);
    this.#finish(batch, { type: 'write.failed', seq: batch.seq, error: messageOf(error) });
  };

  /** The write in flight is no longer awaited: its answer, when it comes, is ignored. */
  #abandon(): void {
    if (this.#inFlight !== 0 && this.#inFlightShares) this.#abandoned++;
    this.#inFlight = 0;
  }

  #finish(batch: StartWriteParams, answer: DeviceEvent): void {
    if (this.#batch === batch) this.#batch = undefined;
    // Nothing to wait for: the timer may lapse without holding the process open.
    unrefTimer(this.#timer);
    this.#answer(answer);
  }

  #isActive(): boolean {
    return this.#device.getSnapshot().status === 'active';
  }

  #answer(event: DeviceEvent): void {
    if (this.#isActive()) this.#device.send(event);
  }
}

/** Keeps a real timer holding the process open again (test clocks hand back plain ids: nothing to do). */
const refTimer = (handle: unknown): void => {
  (handle as { ref?: () => void } | undefined)?.ref?.();
};
