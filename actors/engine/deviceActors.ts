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
import { HardwareWriter } from './hardwareWriter.js';
import { withTimeout } from '../../protocols/core/timeouts.js';
import { clockOf, type Clock } from '../../protocols/core/clock.js';
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

/** The writer of each device actor, made at its first write. */
const hardwareWriters = new WeakMap<AnyActorRef, HardwareWriter>();

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
