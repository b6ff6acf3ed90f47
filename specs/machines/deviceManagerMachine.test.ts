/**
 * The device manager with its own children (DCM and device machines) but fake I/O under them: fake
 * buses the test drives, the fake device I/O of deviceHarness.ts, a simulated clock.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LiveHardwareRegistry } from '../../hardware/liveHardware.js';
import { createActor, fromCallback, setup, SimulatedClock, type AnyActorRef, type EventObject } from 'xstate';
import type { DeviceCommunicationManager } from '../../hardware/deviceCommunicationManager.js';
import { dcmMachine, type BusInput, type DcmEvent } from '../../machines/dcmMachine.js';
import { defaultDeviceTimeouts } from '../../machines/device/deviceTypes.js';
import { deviceManagerMachine, type DeviceManagerContext } from '../../machines/deviceManagerMachine.js';
import { DEVICE_GROUP_CAPACITY, deviceGroupMachine } from '../../machines/deviceGroupMachine.js';
import type { EngineRequest } from '../../protocols/buttplug/engineRequests.js';
import { createDeviceConfig } from '../../protocols/config/deviceConfig.js';
import { silentLogger } from '../../protocols/core/logger.js';
import { discoveredDevice, fakeDeviceIo, settle, testProtocol, type DeviceScript } from './deviceHarness.js';

const manager = (name: string): DeviceCommunicationManager => ({
  name,
  start: async () => {},
  startScanning: async () => {},
  stopScanning: async () => {},
  stop: async () => {},
});

/** A session: records every event the device manager sends it. */
const recordingSession = () => {
  const heard: EventObject[] = [];
  const ref = createActor(fromCallback(({ receive }) => receive((event) => heard.push(event)))).start();
  const messages = () => heard.flatMap((event) => ('message' in event ? [event.message as { type: string }] : []));
  return { ref: ref as AnyActorRef, heard, messages };
};

const startManager = (script: DeviceScript = {}) => {
  const clock = new SimulatedClock();
  const io = fakeDeviceIo(clock, script);
  const buses = new Map<string, (event: DcmEvent) => void>();
  const dcm = dcmMachine.provide({
    actors: {
      bus: fromCallback<EventObject, BusInput>(({ input, sendBack }) => {
        buses.set(input.manager.name, sendBack);
      }),
    },
  });
  const deviceManager = deviceManagerMachine.provide({
    actors: { dcm, deviceGroup: deviceGroupMachine.provide({ actors: { device: io.device } }) },
  });
  const toServer: EventObject[] = [];
  const liveHardware = new LiveHardwareRegistry();
  const server = setup({ actors: { deviceManager } }).createMachine({
    invoke: {
      id: 'deviceManager',
      // As serverMachine.ts registers it: devices report to the manager by this system id.
      systemId: 'deviceManager',
      src: 'deviceManager',
      input: {
        config: createDeviceConfig([testProtocol.config]),
        protocols: new Map([[testProtocol.name, testProtocol]]),
        dcms: [manager('ble'), manager('usb')],
        deviceTimeouts: defaultDeviceTimeouts,
        shutdownTimeoutMs: 1_000,
        liveHardware,
        dcmRestartDelayMs: 1_000,
        dcmRestartMaxDelayMs: 30_000,
        logger: silentLogger,
      },
    },
    on: { '*': { actions: ({ event }) => toServer.push(event) } },
  });
  const actor = createActor(server, { clock }).start().getSnapshot().children['deviceManager']!;
  const session = recordingSession();
  actor.send({ type: 'session.attach', session: session.ref, sessionId: 'session-1' });
  const request = (request: EngineRequest) =>
    actor.send({ type: 'client.request', session: session.ref, sessionId: 'session-1', request });
  const bus = (name: string, event: DcmEvent) => buses.get(name)?.(event);
  for (const name of ['ble', 'usb']) bus(name, { type: 'bus.started' });
  return { clock, io, actor, session, request, bus, toServer, liveHardware };
};

const childrenOf = (actor: AnyActorRef): AnyActorRef[] =>
  Object.values((actor.getSnapshot() as { children?: Record<string, AnyActorRef | undefined> }).children ?? {}).filter(
    (child): child is AnyActorRef => child !== undefined,
  );
const isDevice = (actor: AnyActorRef) => (actor.getSnapshot() as { machine?: { id: string } }).machine?.id === 'device';
const isGroup = (actor: AnyActorRef) =>
  (actor.getSnapshot() as { machine?: { id: string } }).machine?.id === 'deviceGroup';
/** Every actor under `root` (itself included). */
const actorTree = (root: AnyActorRef): AnyActorRef[] => [root, ...childrenOf(root).flatMap(actorTree)];

/** Lets the fake devices' connection steps run: each step is a promise or a microtask. */
const settleAll = async (clock: SimulatedClock) => {
  for (let i = 0; i < 8; i++) await settle();
  clock.increment(0);
};

describe('the device manager machine', () => {
  it('sends ScanningFinished once every bus has stopped, counting a bus that went away mid-scan', () => {
    const { session, request, bus } = startManager();
    request({ kind: 'startScanning', id: 1 });
    expect(session.messages()).toEqual([{ type: 'Ok', Id: 1 }]);
    bus('ble', { type: 'bus.scanFinished' });
    expect(session.messages()).toHaveLength(1);
    bus('usb', { type: 'bus.unavailable', reason: 'adapter switched off' });
    expect(session.messages()).toEqual([
      { type: 'Ok', Id: 1 },
      { type: 'ScanningFinished', Id: 0 },
    ]);
    bus('ble', { type: 'bus.scanFinished' });
    expect(session.messages()).toHaveLength(2);
  });

  it('connects a found device, lists it once it is ready, and lists it no more once it is gone', async () => {
    const { session, request, bus, io, clock } = startManager();
    request({ kind: 'startScanning', id: 1 });
    bus('ble', { type: 'bus.deviceFound', device: discoveredDevice() });
    await settle();
    await settle();
    const lists = () => session.messages().filter((m) => m.type === 'DeviceList');
    // Table changes are announced on the next tick (at most one DeviceList per tick).
    expect(lists()).toEqual([]);
    clock.increment(0);
    expect(lists()).toMatchObject([{ Id: 0, Devices: { 0: { DeviceName: 'Test Vibe', DeviceIndex: 0 } } }]);
    // The same address again while it is connected: not a second device.
    bus('usb', { type: 'bus.deviceFound', device: discoveredDevice() });
    await settle();
    expect(io.connectAttempts).toHaveLength(1);

    io.hardware[0]!.drop('unplugged');
    clock.increment(0);
    expect(lists().at(-1)).toEqual({ type: 'DeviceList', Id: 0, Devices: {} });
  });

  it('refuses requests for a device index it does not have', () => {
    const { session, request } = startManager();
    request({
      kind: 'output',
      id: 3,
      deviceIndex: 4,
      commands: [{ featureIndex: 0, command: { Vibrate: { Value: 1 } } }],
    });
    expect(session.messages()).toEqual([
      { type: 'Error', Id: 3, ErrorCode: 4, ErrorMessage: 'no device with index 4' },
    ]);
  });

  it('on shutdown has every device hang up, and is stopped once they are gone', async () => {
    const { actor, request, bus, io, toServer } = startManager();
    request({ kind: 'startScanning', id: 1 });
    bus('ble', { type: 'bus.deviceFound', device: discoveredDevice() });
    await settle();
    await settle();
    actor.send({ type: 'shutdown' });
    await settle();
    expect(io.finalWrites).toEqual([[]]);
    expect(actor.getSnapshot().value).toMatchObject({ lifecycle: 'stopped' });
    expect(toServer).toEqual([{ type: 'deviceManager.stopped' }]);
  });

  it('stops at the shutdown timeout when a device never finishes hanging up', async () => {
    const { actor, bus, clock, io } = startManager({ closeHangs: true });
    bus('ble', { type: 'bus.deviceFound', device: discoveredDevice() });
    await settle();
    await settle();
    actor.send({ type: 'shutdown' });
    await settle();
    expect(io.finalWrites).toHaveLength(1);
    clock.increment(999);
    expect(actor.getSnapshot().value).toMatchObject({ lifecycle: 'shuttingDown' });
    clock.increment(1);
    expect(actor.getSnapshot().value).toMatchObject({ lifecycle: 'stopped' });
  });

  describe('device groups (issue 11: no children object grows with the number of devices)', () => {
    it(`for any devices found and gone: each lives in a group under the manager, no actor holds more than ${DEVICE_GROUP_CAPACITY} devices, and a group left empty is stopped`, async () => {
      const step = fc.oneof(
        fc.record({ op: fc.constant('found' as const), count: fc.integer({ min: 1, max: 70 }) }),
        fc.record({ op: fc.constant('gone' as const), pick: fc.nat(), count: fc.integer({ min: 1, max: 40 }) }),
      );
      await fc.assert(
        fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 6 }), async (steps) => {
          const { actor, bus, clock } = startManager();
          let addresses = 0;
          let groupsBefore = 0;
          for (const { op, count, ...rest } of steps) {
            if (op === 'found') {
              for (let i = 0; i < count; i++)
                bus('ble', { type: 'bus.deviceFound', device: discoveredDevice(false, `A${addresses++}`) });
            } else {
              // Some of the devices hang up (the engine disconnects them): their actors end in their groups.
              const context = actor.getSnapshot().context as DeviceManagerContext;
              const ids = [...context.table.values()].map((entry) => entry.deviceId);
              const start = 'pick' in rest ? rest.pick % Math.max(ids.length, 1) : 0;
              for (const id of ids.slice(start, start + count)) actor.system.get(id)?.send({ type: 'disconnect' });
            }
            await settleAll(clock);
            const context = actor.getSnapshot().context as DeviceManagerContext;
            const tree = actorTree(actor);
            for (const node of tree)
              expect(childrenOf(node).filter(isDevice).length).toBeLessThanOrEqual(DEVICE_GROUP_CAPACITY);
            expect(childrenOf(actor).filter(isDevice)).toEqual([]);
            const groups = childrenOf(actor).filter(isGroup);
            // The manager's rosters are the tree: each group holds exactly the devices recorded for it, none empty.
            expect(new Map(groups.map((group) => [group.id, new Set(childrenOf(group).map((d) => d.id))]))).toEqual(
              context.rosters,
            );
            for (const group of groups) expect(childrenOf(group).length).toBeGreaterThan(0);
            // Every device listed is a live actor found by its id (the route sessions use), in a group.
            for (const entry of context.table.values()) {
              const device = actor.system.get(entry.deviceId) as AnyActorRef | undefined;
              expect(device?.getSnapshot().status).toBe('active');
              expect(groups.some((group) => childrenOf(group).includes(device!))).toBe(true);
            }
            expect(tree.filter(isDevice).length).toBe(context.table.size);
            // A group is opened only when every other one is full.
            expect(groups.length).toBeLessThanOrEqual(
              Math.max(groupsBefore, Math.ceil(context.table.size / DEVICE_GROUP_CAPACITY)),
            );
            groupsBefore = groups.length;
          }
        }),
        { numRuns: 15 },
      );
    });
  });

  it('for any finds, scans and timeouts: the scan settles exactly when none of the devices it found is still connecting', async () => {
    const step = fc.oneof(
      fc.record({ op: fc.constant('found' as const), n: fc.integer({ min: 1, max: 6 }) }),
      fc.record({ op: fc.constant('scan' as const), n: fc.constant(0) }),
      fc.record({ op: fc.constant('busesDone' as const), n: fc.constant(0) }),
      fc.record({ op: fc.constant('time' as const), n: fc.integer({ min: 0, max: 11_000 }) }),
      fc.record({ op: fc.constant('hangUp' as const), n: fc.integer({ min: 1, max: 3 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        // Every other device never finishes initialising: it stays connecting until it is told to hang up.
        const { actor, bus, clock, request } = startManager({
          initializes: Array.from({ length: 100 }, (_, i) => (i % 2 === 1 ? 'hangs' : undefined)),
        });
        let addresses = 0;
        for (const { op, n } of steps) {
          if (op === 'found')
            for (let i = 0; i < n; i++)
              bus('ble', { type: 'bus.deviceFound', device: discoveredDevice(false, `A${addresses++}`) });
          else if (op === 'scan') request({ kind: 'startScanning', id: 1 });
          else if (op === 'busesDone')
            for (const name of ['ble', 'usb']) {
              bus(name, { type: 'bus.scanStarted' });
              bus(name, { type: 'bus.scanFinished' });
            }
          else if (op === 'hangUp') {
            // Devices still connecting are told to hang up: they end without ever being listed.
            const { connecting } = actor.getSnapshot().context as DeviceManagerContext;
            for (const id of [...connecting.keys()].slice(0, n)) actor.system.get(id)?.send({ type: 'disconnect' });
          } else clock.increment(n);
          await settleAll(clock);
          const context = actor.getSnapshot().context as DeviceManagerContext;
          const stillConnecting = [...context.foundDuringScan.keys()].filter((id) => context.connecting.has(id));
          expect(context.scanFindsConnecting).toBe(stillConnecting.length);
          const { scanning } = actor.getSnapshot().value as { scanning: string };
          if (scanning === 'settling') expect(stillConnecting.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 25 },
    );
  });
});
