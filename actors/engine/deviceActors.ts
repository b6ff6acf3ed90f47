/**
 * The I/O behind `deviceMachine`: connecting, protocol exchanges, writes, hardware events and timed
 * motions, each bounded by a timeout. `liveDeviceMachine` is the machine with these provided.
 */
import { fromCallback, fromPromise, type AnyActorRef, type EventObject } from 'xstate';
import type { Hardware, HardwareEvent } from '../../hardware/hardware.js';
import { liveHardware } from '../../hardware/liveHardware.js';
import { stopOutputs } from '../../protocols/config/commandChecks.js';
import { deviceMachine } from '../../machines/device/deviceMachine.js';
import {
  type CloseInput,
  type ConnectInput,
  type IdentifyInput,
  type InitializeInput,
  type InputTaskInput,
  type MotionInput,
  type StartWriteParams,
  type WriteBatchInput,
  type DeviceEvent,
} from '../../machines/device/deviceTypes.js';
import type {
  AnyDeviceProtocol,
  Identification,
  ProtocolDevice,
} from '../../protocols/devices/shared/deviceProtocol.js';
import type { ProtocolScript, WriteRequest } from '../../protocols/devices/shared/hardwareRequests.js';
import { errorFields } from '../../protocols/core/logger.js';
import { runProtocolScript } from './protocolScriptRunner.js';
import { TimeoutError, withTimeout } from '../../protocols/core/timeouts.js';
import { clockOf, unrefTimer, type Clock } from '../../protocols/core/clock.js';
import { messageOf } from '../../protocols/core/errorText.js';

/**
 * The writes that stop every stoppable output of a ready device, from its own protocol's encoder. A
 * device whose stop cannot be worked out is not driven at all.
 */
const stopWrites = (protocol: AnyDeviceProtocol, state: unknown, device: ProtocolDevice): WriteRequest[] => {
  const zeros = device.definition.features.flatMap(stopOutputs);
  if (zeros.length === 0) return [];
  const stop = protocol.encodeOutputs(state, zeros, device);
  if (!stop.ok) throw new Error(`the ${protocol.name} protocol cannot stop this device: ${stop.reason}`);
  return stop.writes.filter((write) => !write.delayMs);
};

/** Hardware notifications and the drop, as device events. */
const deviceEventOf = (event: HardwareEvent): DeviceEvent =>
  event.type === 'notification'
    ? { type: 'hardware.notification', endpoint: event.endpoint, data: event.data }
    : { type: 'hardware.disconnected', reason: event.reason };

/**
 * A device actor listening to its hardware (`watchHardware`). An object, not a pair of closures: a
 * device keeps one for as long as it is connected, so 1,000 devices would each hold the closures' scopes.
 */
class HardwareWatch {
  readonly #device: AnyActorRef;
  readonly #unsubscribe: () => void;

  constructor(device: AnyActorRef, hardware: Hardware) {
    this.#device = device;
    this.#unsubscribe = hardware.onEvent((event) => this.hear(event));
  }

  hear(event: HardwareEvent): void {
    // A device actor stopped from outside (its failure contained, its engine gone) runs no exit
    // action: its listener ends itself at the hardware's next word.
    if (this.#device.getSnapshot().status !== 'active') return this.stop();
    this.#device.send(deviceEventOf(event));
  }

  stop(): void {
    this.#unsubscribe();
    if (hardwareWatches.get(this.#device) === this) hardwareWatches.delete(this.#device);
  }
}

/** The hardware each device actor watches now. */
const hardwareWatches = new WeakMap<AnyActorRef, HardwareWatch>();

const unwatchHardware = (device: AnyActorRef): void => hardwareWatches.get(device)?.stop();

const watchHardware = (device: AnyActorRef, hardware: Hardware): void => {
  unwatchHardware(device);
  hardwareWatches.set(device, new HardwareWatch(device, hardware));
};

const writeAll = async (input: WriteBatchInput, clock: Clock): Promise<void> => {
  for (const write of input.writes) {
    await withTimeout(
      input.hardware.write(write.endpoint, write.data, write.withResponse),
      input.timeoutMs,
      `write to ${write.endpoint}`,
      clock,
    );
  }
};

/**
 * A device actor's writes (`startWrite`): a batch's writes one after another, each bounded by the
 * batch's `timeoutMs`, then one `write.done` or `write.failed` naming the batch (its `seq`). This is
 * the hot path, so one writer per device is reused: one deadline timer re-armed rather than one
 * created per write, and the same two callbacks on every write while no timed-out write is pending.
 */
class HardwareWriter {
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
    if (id !== this.#timerFor) {
      // Started after the timer was armed: it waits the rest of its own time (never more than all of it).
      const batch = this.#batch!;
      const rest = Math.min(Math.max(this.#deadline - this.#clock.now(), 0), batch.timeoutMs);
      this.#timer = this.#clock.setTimeout(this.#timeUp, rest);
      this.#timerFor = id;
      return;
    }
    const batch = this.#batch!;
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

/** The writer of each device actor, made at its first write. */
const hardwareWriters = new WeakMap<AnyActorRef, HardwareWriter>();

/** Keeps a real timer holding the process open again (test clocks hand back plain ids: nothing to do). */
const refTimer = (handle: unknown): void => {
  (handle as { ref?: () => void } | undefined)?.ref?.();
};

export const liveDeviceMachine = deviceMachine.provide({
  actors: {
    // Reaching the device: connecting, the protocol's identification and initialisation exchanges.
    connectHardware: fromPromise<Hardware, ConnectInput>(async ({ input, signal, system }) => {
      const connecting = input.discovered.connect(input.specifier, { timeoutMs: input.timeoutMs, signal });
      // A connection that completes after the device gave up on it (timeout, engine shutdown) is hung up.
      const hangUpLate = () => connecting.then((late) => late.disconnect()).catch(() => {});
      try {
        const hardware = await withTimeout(
          connecting,
          input.timeoutMs,
          `connecting to ${input.discovered.info.name}`,
          clockOf(system),
        );
        if (signal.aborted) throw new Error('connection no longer wanted');
        // Live until released: an emergency stop (actors/engine/buttplugServer.ts) reaches it from here.
        liveHardware.connected(hardware, { owner: input.discovered, scope: system });
        return hardware;
      } catch (error) {
        void hangUpLate();
        throw error;
      }
    }),
    identifyDevice: fromPromise<Identification, IdentifyInput>(({ input, system }) => {
      const { hardware, protocol } = input;
      const script = protocol.identify
        ? protocol.identify({
            hardwareName: hardware.name,
            address: hardware.address,
            endpoints: hardware.endpoints,
            ...(input.manufacturerData ? { manufacturerData: input.manufacturerData } : {}),
          })
        : undefined;
      // Protocols without an identification exchange are identified by the advertised name.
      return script
        ? runProtocolScript(script, hardware, { timeoutMs: input.timeoutMs, clock: clockOf(system) })
        : Promise.resolve(hardware.name);
    }),
    initializeDevice: fromPromise<unknown, InitializeInput>(async ({ input, system }) => {
      const script = input.protocol.initialize?.(input.device, input.state);
      const state = script
        ? await runProtocolScript(script, input.hardware, { timeoutMs: input.timeoutMs, clock: clockOf(system) })
        : input.state;
      // Ready from here on: arm its stop for the emergency stop.
      liveHardware.armStop(input.hardware, stopWrites(input.protocol, state, input.device));
      return state;
    }),
    closeHardware: fromPromise<void, CloseInput>(async ({ input, system }) => {
      const clock = clockOf(system);
      try {
        await writeAll(input, clock);
      } finally {
        await withTimeout(input.hardware.disconnect(), input.timeoutMs, 'disconnecting', clock).catch(() => {});
        liveHardware.released(input.hardware);
      }
    }),
    inputTask: fromCallback<EventObject, InputTaskInput>(({ input, sendBack, system }) => {
      const { protocol, state, device, feature, type, command, token, otherStreams } = input;
      const request = { feature, type, command, otherStreams };
      const script =
        command === 'Read'
          ? protocol.readInput?.(state, request, device)
          : command === 'Subscribe'
            ? protocol.subscribeInput?.(state, request, device)
            : protocol.unsubscribeInput?.(state, request, device);
      if (!script) {
        sendBack({ type: 'input.failed', token, error: `the ${protocol.name} protocol cannot ${command} ${type}` });
        return;
      }
      let cancelled = false;
      runProtocolScript<unknown>(script as ProtocolScript<unknown>, input.hardware, {
        timeoutMs: input.timeoutMs,
        clock: clockOf(system),
      }).then(
        (value) => {
          if (!cancelled) sendBack({ type: 'input.done', token, ...(typeof value === 'number' ? { value } : {}) });
        },
        (error: unknown) => {
          if (!cancelled) sendBack({ type: 'input.failed', token, error: messageOf(error) });
        },
      );
      return () => {
        cancelled = true;
      };
    }),
    motion: fromCallback<EventObject, MotionInput>(({ input, system }) => {
      // Plays writes at their offsets; stopping the actor (new command, stop) cancels what is left.
      const clock = clockOf(system);
      const timers = input.writes.map((write) =>
        clock.setTimeout(() => {
          // Stopped in an emergency (its device actor failed and cannot cancel this any more): nothing more.
          if (!liveHardware.isLive(input.hardware)) return;
          // In a timer, a synchronous throw would be an uncaught exception: make it a failed write.
          withTimeout(
            Promise.resolve().then(() => input.hardware.write(write.endpoint, write.data, write.withResponse)),
            input.timeoutMs,
            'motion write',
            clock,
          ).catch((error: unknown) => input.logger.warn(errorFields(error), 'motion write failed'));
        }, write.delayMs ?? 0),
      );
      return () => timers.forEach((timer) => clock.clearTimeout(timer));
    }),
  },
  actions: {
    watchHardware: ({ self }, hardware: Hardware) => watchHardware(self, hardware),
    unwatchHardware: ({ self }) => unwatchHardware(self),
    // The write cycle's I/O: one answer back to the device, naming the write it answers.
    startWrite: ({ self, system }, params: StartWriteParams) => {
      let writer = hardwareWriters.get(self);
      if (!writer) hardwareWriters.set(self, (writer = new HardwareWriter(self, clockOf(system))));
      writer.start(params);
    },
    closeSilently: ({ context }) => {
      context.hardware?.disconnect().catch(() => {});
    },
  },
});
