/**
 * The device machine alone, with fakes for everything the live system provides and a simulated
 * clock: a parent records what the device tells the device manager, sessions record their answers,
 * the fake hardware records writes and can drop. Nothing waits on real time: `settle()` only lets
 * already-resolved promises (the fake I/O) finish.
 */
import {
  createActor,
  fromCallback,
  fromPromise,
  setup,
  SimulatedClock,
  type AnyActorRef,
  type AnyEventObject,
  type EventObject,
} from 'xstate';
import type { DiscoveredDevice, Hardware, HardwareEvent } from '../../hardware/hardware.js';
import { deviceMachine } from '../../machines/device/deviceMachine.js';
import {
  defaultDeviceTimeouts,
  type ConnectInput,
  type DeviceContext,
  type DeviceEvent,
  type IdentifyInput,
  type InitializeInput,
  type DeviceTimeouts,
  type InputTaskInput,
  type StartWriteParams,
  type WriteBatchInput,
} from '../../machines/device/deviceTypes.js';
import type { ServerMessageV4 } from '../../protocols/buttplug/messages.js';
import { silentLogger } from '../../protocols/core/logger.js';
import type { DeviceKey, ProtocolConfig } from '../../protocols/config/deviceDefinitions.js';
import type { Endpoint } from '../../protocols/config/endpoints.js';
import type { ResolvedDevice } from '../../protocols/config/resolvedDevice.js';
import { encoded, type DeviceProtocol, type Identification } from '../../protocols/devices/shared/deviceProtocol.js';
import { write } from '../../protocols/devices/shared/hardwareRequests.js';
import { protocolDevice } from '../support/protocolDevices.js';

/** Lets promises that are already settled (the fakes' I/O) run their continuations. */
export const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

const config: ProtocolConfig = {
  name: 'test-vibe',
  communication: [{ transport: 'btle', names: ['TestVibe'], services: {} }],
  defaults: {
    id: 'test-vibe',
    name: 'Test Vibe',
    identifiers: [],
    messageGapMs: 100,
    features: [
      { id: 'motor', index: 0, description: 'motor', output: { Vibrate: { value: [0, 20] } } },
      {
        id: 'pressure',
        index: 1,
        description: 'pressure',
        input: { Pressure: { value: [[0, 100]], command: ['Read', 'Subscribe'] } },
      },
    ],
  },
  configurations: [],
};

/** One byte per output on `tx`; resends its last packet after a second of silence (so it stops on connect). */
export const testProtocol: DeviceProtocol<null> = {
  name: 'test-vibe',
  config,
  createState: () => null,
  encodeOutputs: (state, outputs) =>
    outputs.some((output) => output.value === 13)
      ? { ok: false, reason: 'this toy cannot do 13' }
      : encoded(
          state,
          outputs.map((output) => write('tx', [output.value])),
        ),
  keepalive: { kind: 'repeatLastWrite', intervalMs: 1_000 },
};

export const definition: ResolvedDevice = protocolDevice(testProtocol, config.defaults).definition;

export class FakeHardware implements Hardware {
  readonly endpoints: readonly Endpoint[] = ['tx', 'rx'];
  readonly messageGapMs = 0;
  readonly requiresKeepalive = false;
  private readonly listeners = new Set<(event: HardwareEvent) => void>();
  constructor(
    readonly name: string,
    readonly address = 'ADDR',
  ) {}
  async write() {}
  async read() {
    return new Uint8Array();
  }
  async subscribe() {}
  async unsubscribe() {}
  async disconnect() {}
  onEvent(listener: (event: HardwareEvent) => void) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  drop(reason: string) {
    for (const listener of [...this.listeners]) listener({ type: 'disconnected', reason });
  }
  notify(endpoint: Endpoint, bytes: number[]) {
    for (const listener of [...this.listeners])
      listener({ type: 'notification', endpoint, data: Uint8Array.from(bytes) });
  }
}

/** What a bus offers: the test device, reached through the fake `connectHardware`. */
export const discoveredDevice = (canReconnect = false, address = 'ADDR'): DiscoveredDevice => ({
  info: { transport: 'btle', name: 'TestVibe', address },
  ...(canReconnect ? { canReconnect: true } : {}),
  connect: () => Promise.reject(new Error('the fake connects through connectHardware')),
});

/** A session: records the server messages it is sent. */
export const fakeSession = () => {
  const heard: ServerMessageV4[] = [];
  const ref = createActor(
    fromCallback<{ type: 'server.message'; message: ServerMessageV4 }>(({ receive }) => {
      receive((event) => heard.push(event.message));
    }),
  ).start();
  return { ref, heard };
};

export interface DeviceScript {
  /** What each connect attempt does, in order (the last one repeats): a name for new hardware, or an Error. */
  readonly connects?: readonly (string | Error)[];
  /** What each identification says (the last one repeats). */
  readonly identifies?: readonly Identification[];
  readonly canReconnect?: boolean;
  readonly timeouts?: Partial<DeviceTimeouts>;
  /** What each initialisation does, in order (the last one repeats): fail with the Error, never answer, or succeed. */
  readonly initializes?: readonly (Error | 'hangs' | undefined)[];
  /** Hanging up never finishes (hardware that does not answer). */
  readonly closeHangs?: boolean;
}

/** The device machine with fake I/O on `clock`, and what the fakes record. */
export const fakeDeviceIo = (clock: SimulatedClock, script: DeviceScript = {}) => {
  const written: { at: number; bytes: number[][] }[] = [];
  const finalWrites: number[][][] = [];
  const connectAttempts: number[] = [];
  const closed: string[] = [];
  const hardware: FakeHardware[] = [];
  const inputTasks: { input: InputTaskInput; sendBack: (event: AnyEventObject) => void }[] = [];
  let failWrites = 0;
  let initializations = 0;
  let unwatch: (() => void) | undefined;
  /** The hardware the device listens to now (at most one). */
  const watching: string[] = [];
  const connects = script.connects ?? ['TestVibe'];
  const identifies = script.identifies ?? [undefined];
  const pick = <T>(list: readonly T[], i: number): T => list[Math.min(i, list.length - 1)]!;

  const device = deviceMachine.provide({
    actors: {
      connectHardware: fromPromise<Hardware, ConnectInput>(async () => {
        const outcome = pick(connects, connectAttempts.length);
        connectAttempts.push(clock.now());
        if (outcome instanceof Error) throw outcome;
        const opened = new FakeHardware(outcome);
        hardware.push(opened);
        return opened;
      }),
      identifyDevice: fromPromise<Identification, IdentifyInput>(async () => pick(identifies, hardware.length - 1)),
      initializeDevice: fromPromise<unknown, InitializeInput>(async ({ input }) => {
        const outcome = pick(script.initializes ?? [undefined], initializations++);
        if (outcome === 'hangs') return new Promise(() => {});
        if (outcome) throw outcome;
        return input.state;
      }),
      closeHardware: fromPromise<void, WriteBatchInput>(async ({ input }) => {
        finalWrites.push(input.writes.map((w) => [...w.data]));
        if (script.closeHangs) await new Promise(() => {});
      }),
      inputTask: fromCallback<EventObject, InputTaskInput>(({ input, sendBack }) => {
        inputTasks.push({ input, sendBack });
      }),
      motion: fromCallback(() => {}),
    },
    actions: {
      // One hardware listener at a time, as the live system keeps it (actors/engine/deviceActors.ts).
      watchHardware: ({ self }, watched: Hardware) => {
        unwatch?.();
        watching.push(watched.name);
        unwatch = watched.onEvent((event) =>
          self.send(
            event.type === 'disconnected'
              ? { type: 'hardware.disconnected', reason: event.reason }
              : { type: 'hardware.notification', endpoint: event.endpoint, data: event.data },
          ),
        );
      },
      unwatchHardware: () => {
        unwatch?.();
        unwatch = undefined;
        watching.pop();
      },
      // The hardware answers a write one microtask later, as a promise would.
      startWrite: ({ self }, { seq, writes }: StartWriteParams) => {
        const fails = failWrites > 0;
        if (fails) failWrites--;
        else written.push({ at: clock.now(), bytes: writes.map((w) => [...w.data]) });
        queueMicrotask(() =>
          self.send(fails ? { type: 'write.failed', seq, error: 'link lost' } : { type: 'write.done', seq }),
        );
      },
      closeSilently: ({ context }) => {
        if (context.hardware) closed.push(context.hardware.name);
      },
    },
  });
  return {
    device,
    written,
    finalWrites,
    connectAttempts,
    closed,
    hardware,
    watching,
    inputTasks,
    failNextWrite: () => failWrites++,
  };
};

export const startDevice = (script: DeviceScript = {}) => {
  const clock = new SimulatedClock();
  const toManager: AnyEventObject[] = [];
  const io = fakeDeviceIo(clock, script);
  const { device } = io;
  const parent = setup({ actors: { device } }).createMachine({
    invoke: {
      id: 'device',
      src: 'device',
      input: {
        deviceId: 'device-1',
        discovered: discoveredDevice(script.canReconnect),
        protocol: testProtocol,
        specifier: config.communication[0]!,
        timeouts: { ...defaultDeviceTimeouts, ...script.timeouts },
        logger: silentLogger,
      },
    },
    on: { '*': { actions: ({ event }) => toManager.push(event) } },
  });
  const actor = createActor(parent, { clock }).start();
  const deviceRef = () => actor.getSnapshot().children['device'];

  return {
    ...io,
    clock,
    toManager,
    /** The device manager's answer to the device's `device.identified`: `defined` for the key it reported. */
    define: (defined: ResolvedDevice = definition) => {
      const identified = toManager.find((event) => event.type === 'device.identified') as
        { key: DeviceKey } | undefined;
      if (!identified) throw new Error('the device has not reported what it is');
      deviceRef()?.send({ type: 'device.definition', definition: defined, key: identified.key });
    },
    send: (event: DeviceEvent) => deviceRef()?.send(event),
    /** The device's state, e.g. `{ ready: 'gap' }` or `'disconnected'`. */
    state: () => deviceRef()?.getSnapshot().value as unknown,
    context: () => deviceRef()?.getSnapshot().context as DeviceContext,
    /** The ids of the device's child actors now. */
    children: () => Object.keys((deviceRef()?.getSnapshot().children ?? {}) as object),
    /** Time passes on the simulated clock, then the fakes' promises settle. */
    advance: async (ms: number) => {
      clock.increment(ms);
      await settle();
    },
    output: (session: AnyActorRef, id: number, value: number) =>
      deviceRef()?.send({
        type: 'device.request',
        replyTo: session,
        request: {
          kind: 'output',
          id,
          deviceIndex: 0,
          commands: [{ featureIndex: 0, command: { Vibrate: { Value: value } } }],
        },
      }),
  };
};

/** A device that is connected, identified, defined (`defined`: the test definition unless given) and initialised, with its stop-on-connect written. */
export const readyDevice = async (script: DeviceScript = {}, defined: ResolvedDevice = definition) => {
  const device = startDevice(script);
  await settle();
  device.define(defined);
  await settle();
  return device;
};
