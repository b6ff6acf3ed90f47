/**
 * The engine's root machine with its real children (sessions, device manager, DCMs, devices) over
 * fake I/O: fake transports, a fake bus, the fake device I/O of deviceHarness.ts, a simulated clock.
 */
import { describe, expect, it } from 'vitest';
import { LiveHardwareRegistry } from '../../hardware/liveHardware.js';
import { createActor, fromCallback, SimulatedClock, type EventObject } from 'xstate';
import type { DeviceCommunicationManager } from '../../hardware/deviceCommunicationManager.js';
import { dcmMachine, type BusInput, type DcmEvent } from '../../machines/dcmMachine.js';
import { defaultDeviceTimeouts } from '../../machines/device/deviceTypes.js';
import { deviceManagerMachine } from '../../machines/deviceManagerMachine.js';
import { deviceGroupMachine } from '../../machines/deviceGroupMachine.js';
import { serverMachine } from '../../machines/serverMachine.js';
import { codecFor } from '../../protocols/buttplug/codecs.js';
import type { TaggedMessage } from '../../protocols/buttplug/frame.js';
import { createDeviceConfig } from '../../protocols/config/deviceConfig.js';
import { recordingLogger } from '../support/recordingLogger.js';
import { discoveredDevice, fakeDeviceIo, settle, testProtocol, type DeviceScript } from './deviceHarness.js';

const handshake =
  '[{"RequestServerInfo":{"Id":1,"ClientName":"app","ProtocolVersionMajor":4,"ProtocolVersionMinor":0}}]';

const bus: DeviceCommunicationManager = {
  name: 'ble',
  start: async () => {},
  startScanning: async () => {},
  stopScanning: async () => {},
  stop: async () => {},
};

const startServer = (script: DeviceScript = {}, shutdownTimeoutMs = 2_000) => {
  const clock = new SimulatedClock();
  const io = fakeDeviceIo(clock, script);
  let fromBus: (event: DcmEvent) => void = () => {};
  const dcm = dcmMachine.provide({
    actors: { bus: fromCallback<EventObject, BusInput>(({ sendBack }) => void (fromBus = sendBack)) },
  });
  const logger = recordingLogger();
  const machine = serverMachine.provide({
    actors: {
      deviceManager: deviceManagerMachine.provide({
        actors: { dcm, deviceGroup: deviceGroupMachine.provide({ actors: { device: io.device } }) },
      }),
    },
  });
  const registry = new LiveHardwareRegistry();
  const actor = createActor(machine, {
    clock,
    input: {
      deviceManager: {
        config: createDeviceConfig([testProtocol.config]),
        protocols: new Map([[testProtocol.name, testProtocol]]),
        dcms: [bus],
        deviceTimeouts: defaultDeviceTimeouts,
        shutdownTimeoutMs: 1_000,
        liveHardware: registry,
        dcmRestartDelayMs: 1_000,
        dcmRestartMaxDelayMs: 30_000,
        logger,
      },
      session: { serverName: 'test', maxPingTime: 0, handshakeTimeoutMs: 10_000, cleanupTimeoutMs: 500 },
      codecFor,
      shutdownTimeoutMs,
      liveHardware: registry,
      logger,
    },
  }).start();
  fromBus({ type: 'bus.started' });
  const connect = (sessionId: string, options: { throwOnFirstSend?: boolean } = {}) => {
    const sent: TaggedMessage[] = [];
    const closed: string[] = [];
    let throwNext = options.throwOnFirstSend ?? false;
    actor.send({
      type: 'session.open',
      sessionId,
      transport: {
        send: (messages) => {
          if (throwNext) {
            throwNext = false;
            throw new Error('transport bug');
          }
          sent.push(...messages);
        },
        close: (reason) => closed.push(reason),
      },
    });
    const session = actor.getSnapshot().children[sessionId];
    return { sent, closed, frame: (text: string) => session?.send({ type: 'frame', frame: text }) };
  };
  return { clock, io, actor, connect, logger, bus: (event: DcmEvent) => fromBus(event) };
};

describe('the server machine', () => {
  it('runs one session per connection and forgets a session once it has closed', () => {
    const { actor, connect } = startServer();
    const client = connect('session-1');
    client.frame(handshake);
    expect(client.sent[0]).toMatchObject({ type: 'ServerInfo', Id: 1 });
    expect(Object.keys(actor.getSnapshot().children).filter((id) => id.startsWith('session'))).toEqual(['session-1']);
    client.frame('[{"Disconnect":{"Id":2}}]');
    expect(client.closed).toEqual(['client sent Disconnect']);
    expect(actor.getSnapshot().children['session-1']).toBeUndefined();
  });

  it('contains a session that fails: its client is told (code 0) and closed, the session is gone, the next is served', () => {
    const { actor, connect, logger } = startServer();
    const broken = connect('session-1', { throwOnFirstSend: true });
    broken.frame(handshake);
    expect(broken.sent).toEqual([
      expect.objectContaining({ type: 'Error', Id: 0, ErrorMessage: expect.stringMatching(/session failed/) }),
    ]);
    expect(broken.closed).toEqual(['session failed']);
    expect(actor.getSnapshot().children['session-1']).toBeUndefined();
    expect(logger.find('error', 'session failed')).toHaveLength(1);
    expect(actor.getSnapshot().value).toBe('running');
    const next = connect('session-2');
    next.frame(handshake);
    expect(next.sent[0]).toMatchObject({ type: 'ServerInfo', Id: 1 });
  });

  it('on shutdown closes every session, has the devices hang up, refuses new connections, and stops', async () => {
    const { actor, connect, bus, io, logger, clock } = startServer();
    const client = connect('session-1');
    client.frame(handshake);
    client.frame('[{"StartScanning":{"Id":2}}]');
    bus({ type: 'bus.deviceFound', device: discoveredDevice() });
    await settle();
    await settle();
    clock.increment(0);
    expect(client.sent.map((m) => m.type)).toContain('DeviceList');

    actor.send({ type: 'shutdown' });
    const late = connect('session-2');
    await settle();
    expect(client.closed).toEqual(['engine shutting down']);
    expect(late.closed).toEqual(['the engine is shutting down']);
    expect(io.finalWrites).toHaveLength(1);
    expect(actor.getSnapshot().status).toBe('done');
    expect(logger.find('info', 'engine stopped')).toHaveLength(1);
  });

  it('stops at its shutdown timeout when the devices do not finish in time, and says so', async () => {
    const { actor, bus, clock, logger } = startServer({ closeHangs: true }, 500);
    bus({ type: 'bus.deviceFound', device: discoveredDevice() });
    await settle();
    await settle();
    actor.send({ type: 'shutdown' });
    clock.increment(499);
    expect(actor.getSnapshot().value).toBe('shuttingDown');
    clock.increment(1);
    expect(actor.getSnapshot().status).toBe('done');
    expect(logger.find('error', 'shutdown timed out')).toHaveLength(1);
  });
});
