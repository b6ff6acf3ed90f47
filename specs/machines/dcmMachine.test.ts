/** The DCM statechart alone: a fake bus, a fake manager, a simulated clock for the poll loop. */
import { describe, expect, it } from 'vitest';
import {
  createActor,
  fromCallback,
  fromPromise,
  setup,
  SimulatedClock,
  type AnyEventObject,
  type EventObject,
} from 'xstate';
import type { DeviceCommunicationManager } from '../../hardware/deviceCommunicationManager.js';
import { dcmMachine, type BusInput, type DcmEvent, type LookInput } from '../../machines/dcmMachine.js';
import { recordingLogger } from '../support/recordingLogger.js';
import { settle } from './deviceHarness.js';

const startDcm = (options: { polls?: boolean; failLooks?: boolean } = {}) => {
  const clock = new SimulatedClock();
  const toManager: AnyEventObject[] = [];
  const busCommands: string[] = [];
  const looks: { at: number; scanning: boolean }[] = [];
  let watching = false;
  let fromBus: (event: DcmEvent) => void = () => {};
  const logger = recordingLogger();
  const manager: DeviceCommunicationManager = {
    name: 'fake',
    start: async () => {},
    startScanning: async () => {},
    stopScanning: async () => {},
    stop: async () => {},
    ...(options.polls ? { pollIntervalMs: 1_000, scanOnce: async () => {}, isWatching: () => watching } : {}),
  };
  const dcm = dcmMachine.provide({
    actors: {
      bus: fromCallback<EventObject, BusInput>(({ sendBack, receive }) => {
        fromBus = sendBack;
        receive((command) => busCommands.push(command.type));
      }),
      scanOnce: fromPromise<void, LookInput>(async ({ input }) => {
        looks.push({ at: clock.now(), scanning: input.scanning });
        if (options.failLooks) throw new Error('enumeration failed');
      }),
    },
  });
  const parent = setup({ actors: { dcm } }).createMachine({
    invoke: { id: 'dcm', src: 'dcm', input: { dcmId: 'dcm:fake', manager, logger } },
    on: { '*': { actions: ({ event }) => toManager.push(event) } },
  });
  const actor = createActor(parent, { clock }).start();
  const dcmRef = actor.getSnapshot().children['dcm']!;
  return {
    toManager,
    busCommands,
    looks,
    logger,
    watch: (on: boolean) => (watching = on),
    bus: (event: DcmEvent) => fromBus(event),
    send: (event: DcmEvent) => dcmRef.send(event),
    state: () => dcmRef.getSnapshot().value as unknown,
    advance: async (ms: number) => {
      clock.increment(ms);
      await settle();
    },
  };
};

describe('the DCM machine', () => {
  it('starts a scan asked for while the bus was starting as soon as the bus is up', () => {
    const dcm = startDcm();
    dcm.send({ type: 'scan.start' });
    expect(dcm.busCommands).toEqual([]);
    dcm.bus({ type: 'bus.started' });
    expect(dcm.toManager).toEqual([{ type: 'dcm.status', dcmId: 'dcm:fake', available: true }]);
    expect(dcm.busCommands).toEqual(['bus.startScanning']);
    dcm.bus({ type: 'bus.scanStarted' });
    expect(dcm.state()).toEqual({ scanning: 'listening' });
  });

  it('looks at a polling manager once its scan runs, then after every poll interval, until the scan stops', async () => {
    const dcm = startDcm({ polls: true });
    dcm.bus({ type: 'bus.started' });
    dcm.send({ type: 'scan.start' });
    dcm.bus({ type: 'bus.scanStarted' });
    await settle();
    await dcm.advance(999);
    expect(dcm.looks).toEqual([{ at: 0, scanning: true }]);
    await dcm.advance(1);
    await dcm.advance(1_000);
    expect(dcm.looks.map((look) => look.at)).toEqual([0, 1_000, 2_000]);

    dcm.send({ type: 'scan.stop' });
    expect(dcm.busCommands).toEqual(['bus.startScanning', 'bus.stopScanning']);
    expect(dcm.toManager.at(-1)).toEqual({ type: 'dcm.scanningStopped', dcmId: 'dcm:fake' });
    await dcm.advance(10_000);
    expect(dcm.looks).toHaveLength(3);
  });

  it('between scans looks only while the manager watches open devices, and then offers nothing', async () => {
    const dcm = startDcm({ polls: true });
    dcm.bus({ type: 'bus.started' });
    await dcm.advance(3_000);
    expect(dcm.looks).toEqual([]);
    dcm.watch(true);
    await dcm.advance(1_000);
    await dcm.advance(1_000);
    expect(dcm.looks).toEqual([
      { at: 4_000, scanning: false },
      { at: 5_000, scanning: false },
    ]);
    dcm.watch(false);
    await dcm.advance(5_000);
    expect(dcm.looks).toHaveLength(2);
  });

  it('keeps looking after a look fails, and says why in the log', async () => {
    const dcm = startDcm({ polls: true, failLooks: true });
    dcm.bus({ type: 'bus.started' });
    dcm.send({ type: 'scan.start' });
    dcm.bus({ type: 'bus.scanStarted' });
    await settle();
    await dcm.advance(1_000);
    expect(dcm.looks).toHaveLength(2);
    expect(dcm.logger.find('warn', 'looking for devices failed')).toHaveLength(2);
  });

  it('a bus that goes away mid-scan ends the scan and the poll loop, and says why', async () => {
    const dcm = startDcm({ polls: true });
    dcm.bus({ type: 'bus.started' });
    dcm.send({ type: 'scan.start' });
    dcm.bus({ type: 'bus.scanStarted' });
    await settle();
    dcm.bus({ type: 'bus.unavailable', reason: 'adapter switched off' });
    expect(dcm.toManager.slice(-2)).toEqual([
      { type: 'dcm.status', dcmId: 'dcm:fake', available: false, reason: 'adapter switched off' },
      { type: 'dcm.scanningStopped', dcmId: 'dcm:fake' },
    ]);
    expect(dcm.logger.find('warn', 'adapter switched off')).toHaveLength(1);
    await dcm.advance(5_000);
    expect(dcm.looks).toHaveLength(1);
    // While unavailable a scan request is answered at once: nothing will scan.
    dcm.send({ type: 'scan.start' });
    expect(dcm.toManager.at(-1)).toEqual({ type: 'dcm.scanningStopped', dcmId: 'dcm:fake' });
    dcm.bus({ type: 'bus.available' });
    expect(dcm.state()).toEqual({ idle: 'resting' });
  });

  it('reports a scan that ends by itself, or fails, as stopped once; devices found are passed on', () => {
    const dcm = startDcm();
    dcm.bus({ type: 'bus.started' });
    dcm.send({ type: 'scan.start' });
    const device = {
      info: { transport: 'btle' as const, name: 'LVS-Edge', address: 'A' },
      connect: () => Promise.reject(new Error('no')),
    };
    dcm.bus({ type: 'bus.deviceFound', device });
    dcm.bus({ type: 'bus.scanFinished' });
    dcm.bus({ type: 'bus.scanFinished' });
    dcm.send({ type: 'scan.start' });
    dcm.bus({ type: 'bus.scanFailed', reason: 'busy' });
    expect(dcm.toManager.slice(1)).toEqual([
      { type: 'dcm.deviceFound', dcmId: 'dcm:fake', device },
      { type: 'dcm.scanningStopped', dcmId: 'dcm:fake' },
      { type: 'dcm.scanningStopped', dcmId: 'dcm:fake' },
    ]);
    expect(dcm.logger.find('warn', 'scan failed')).toHaveLength(1);
  });
});
