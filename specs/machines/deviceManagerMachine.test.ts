/**
 * The device manager with its own children (DCM and device machines) but fake I/O under them: fake
 * buses the test drives, the fake device I/O of deviceHarness.ts, a simulated clock.
 */
import { describe, expect, it } from 'vitest';
import { LiveHardwareRegistry } from '../../hardware/liveHardware.js';
import { createActor, fromCallback, setup, SimulatedClock, type AnyActorRef, type EventObject } from 'xstate';
import type { DeviceCommunicationManager } from '../../hardware/deviceCommunicationManager.js';
import { dcmMachine, type BusInput, type DcmEvent } from '../../machines/dcmMachine.js';
import { defaultDeviceTimeouts } from '../../machines/device/deviceTypes.js';
import { deviceManagerMachine } from '../../machines/deviceManagerMachine.js';
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
  const deviceManager = deviceManagerMachine.provide({ actors: { dcm, device: io.device } });
  const toServer: EventObject[] = [];
  const server = setup({ actors: { deviceManager } }).createMachine({
    invoke: {
      id: 'deviceManager',
      src: 'deviceManager',
      input: {
        config: createDeviceConfig([testProtocol.config]),
        protocols: new Map([[testProtocol.name, testProtocol]]),
        dcms: [manager('ble'), manager('usb')],
        deviceTimeouts: defaultDeviceTimeouts,
        shutdownTimeoutMs: 1_000,
        liveHardware: new LiveHardwareRegistry(),
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
  return { clock, io, actor, session, request, bus, toServer };
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
});
