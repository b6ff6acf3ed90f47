/**
 * One client session alone: a fake transport, a fake device manager, the real v4 codec and a
 * simulated clock for the handshake, ping and clean-up timeouts.
 */
import { describe, expect, it } from 'vitest';
import { createActor, fromCallback, setup, SimulatedClock, type AnyActorRef, type AnyEventObject } from 'xstate';
import { sessionMachine, type SessionEvent, type SessionToManagerEvent } from '../../machines/sessionMachine.js';
import { codecFor } from '../../protocols/buttplug/codecs.js';
import { deviceListMessage } from '../../protocols/config/deviceInfo.js';
import { ErrorCode } from '../../protocols/buttplug/errorCodes.js';
import type { TaggedMessage } from '../../protocols/buttplug/frame.js';
import type { DeviceInfo } from '../../protocols/buttplug/messages.js';
import type { SessionCodec } from '../../protocols/buttplug/sessionCodec.js';
import { silentLogger } from '../../protocols/core/logger.js';

const handshake =
  '[{"RequestServerInfo":{"Id":1,"ClientName":"app","ProtocolVersionMajor":4,"ProtocolVersionMinor":0}}]';

const startSession = (
  options: {
    maxPingTime?: number;
    managerConfirms?: boolean;
    device?: AnyActorRef;
    codecFor?: (version: number) => SessionCodec | undefined;
  } = {},
) => {
  const clock = new SimulatedClock();
  const sent: TaggedMessage[] = [];
  const closed: string[] = [];
  const toManager: SessionToManagerEvent[] = [];
  const toServer: AnyEventObject[] = [];
  const deviceManager = createActor(
    fromCallback<SessionToManagerEvent>(({ receive }) =>
      receive((event) => {
        toManager.push(event);
        if (event.type === 'session.end' && options.managerConfirms !== false)
          event.session.send({ type: 'cleanup.done' });
      }),
    ),
  ).start();
  const parent = setup({ actors: { session: sessionMachine } }).createMachine({
    invoke: {
      id: 'session',
      src: 'session',
      input: {
        sessionId: 'session-1',
        transport: { send: (messages) => sent.push(...messages), close: (reason) => closed.push(reason) },
        logger: silentLogger,
        settings: {
          serverName: 'test server',
          maxPingTime: options.maxPingTime ?? 0,
          handshakeTimeoutMs: 1_000,
          cleanupTimeoutMs: 500,
          deviceManager: deviceManager as AnyActorRef,
          ...(options.device ? { deviceRoute: (index: number) => (index === 0 ? options.device : undefined) } : {}),
          codecFor: options.codecFor ?? codecFor,
        },
      },
    },
    on: { '*': { actions: ({ event }) => toServer.push(event) } },
  });
  const actor = createActor(parent, { clock }).start();
  const session = actor.getSnapshot().children['session']!;
  return {
    clock,
    sent,
    closed,
    toManager,
    toServer,
    frame: (text: string) => session.send({ type: 'frame', frame: text }),
    send: (event: SessionEvent) => session.send(event),
    state: () => session.getSnapshot().value as unknown,
    children: () => session.getSnapshot().children as Record<string, AnyActorRef | undefined>,
  };
};

/** A missed ping: the client is told (code 2), the device manager stops every device, the session closes. */
const expectPingTimedOut = (session: ReturnType<typeof startSession>) => {
  expect(session.sent.at(-1)).toMatchObject({ type: 'Error', Id: 0, ErrorCode: ErrorCode.Ping });
  expect(session.toManager.at(-1)).toMatchObject({ type: 'session.end', sessionId: 'session-1' });
  expect(session.closed).toEqual(['ping timeout']);
};

describe('the session machine', () => {
  it('closes a connection that sends no handshake within the handshake timeout', () => {
    const session = startSession();
    session.clock.increment(999);
    expect(session.closed).toEqual([]);
    session.clock.increment(1);
    expect(session.closed).toEqual(['session ended']);
    expect(session.toManager).toEqual([]);
    expect(session.toServer).toContainEqual({ type: 'session.closed', sessionId: 'session-1' });
  });

  it('answers the handshake with ServerInfo, joins the device manager, and passes requests on', () => {
    const session = startSession();
    session.frame(handshake);
    expect(session.sent).toEqual([
      {
        type: 'ServerInfo',
        Id: 1,
        ServerName: 'test server',
        ProtocolVersionMajor: 4,
        ProtocolVersionMinor: 0,
        MaxPingTime: 0,
      },
    ]);
    // No ping asked for (MaxPingTime 0): no watchdog actor either; nothing said yet: no wire.
    expect(session.state()).toEqual({ connected: { wire: 'quiet', watchdog: 'unwatched' } });
    expect(Object.keys(session.children())).toEqual([]);
    session.frame('[{"StartScanning":{"Id":2}},{"Ping":{"Id":3}}]');
    expect(session.state()).toEqual({ connected: { wire: 'open', watchdog: 'unwatched' } });
    expect(session.toManager.map((e) => e.type)).toEqual(['session.attach', 'client.request']);
    expect(session.toManager[1]).toMatchObject({ request: { kind: 'startScanning', id: 2 } });
    expect(session.sent.at(-1)).toEqual({ type: 'Ok', Id: 3 });
  });

  it('on a missed ping says so (code 2), has every device stopped, and closes', () => {
    const session = startSession({ maxPingTime: 100 });
    session.frame(handshake);
    expect(session.state()).toEqual({ connected: { wire: 'quiet', watchdog: 'watched' } });
    expect(session.children()['pingTimer']).toBeDefined();
    session.clock.increment(99);
    session.frame('[{"Ping":{"Id":2}}]');
    session.clock.increment(99);
    expect(session.closed).toEqual([]);
    session.clock.increment(1);
    expectPingTimedOut(session);
  });

  it('on Disconnect answers Ok and closes once the device manager confirms the devices stopped', () => {
    const session = startSession();
    session.frame(handshake);
    session.frame('[{"Disconnect":{"Id":2}}]');
    expect(session.sent.at(-1)).toEqual({ type: 'Ok', Id: 2 });
    expect(session.closed).toEqual(['client sent Disconnect']);
  });

  it('closes after the clean-up timeout when the device manager never confirms, and says so', () => {
    const session = startSession({ managerConfirms: false });
    session.frame(handshake);
    session.send({ type: 'transport.closed', reason: 'socket closed' });
    expect(session.state()).toBe('disconnecting');
    session.clock.increment(499);
    expect(session.closed).toEqual([]);
    session.clock.increment(1);
    expect(session.closed).toEqual(['socket closed']);
  });

  it('while connected its wire takes what the client is told; leaving connected stops it, so a late reply reaches nobody', () => {
    const session = startSession({ managerConfirms: false });
    expect(session.children()['wire']).toBeUndefined();
    session.frame(handshake);
    expect(session.children()['wire']).toBeUndefined();
    // The first frame after the handshake opens the wire, which answers it.
    session.frame('[{"Ping":{"Id":2}}]');
    const wire = session.children()['wire']!;
    expect(wire).toBeDefined();
    wire.send({ type: 'frame', frame: '[{"Ping":{"Id":3}}]' });
    wire.send({ type: 'server.message', message: { type: 'Ok', Id: 7 } });
    expect(session.sent.slice(-3)).toEqual([
      { type: 'Ok', Id: 2 },
      { type: 'Ok', Id: 3 },
      { type: 'Ok', Id: 7 },
    ]);
    session.send({ type: 'transport.closed', reason: 'socket closed' });
    expect(session.state()).toBe('disconnecting');
    expect(session.children()['wire']).toBeUndefined();
    const told = session.sent.length;
    wire.send({ type: 'server.message', message: { type: 'Ok', Id: 8 } });
    session.send({ type: 'server.message', message: { type: 'Ok', Id: 9 } });
    session.frame('[{"Ping":{"Id":10}}]');
    expect(session.sent.length).toBe(told);
  });

  it("hands a device's outputs to it with the wire to answer, and answers what a failed device still owed with an Error", () => {
    const toDevice: AnyEventObject[] = [];
    const device = createActor(fromCallback(({ receive }) => receive((event) => void toDevice.push(event)))).start();
    const session = startSession({ device: device as AnyActorRef });
    session.frame(handshake);
    const output = (id: number, level: number) =>
      `{"OutputCmd":{"Id":${id},"DeviceIndex":0,"FeatureIndex":0,"Command":{"Vibrate":{"Value":${level}}}}}`;
    session.frame(`[${output(2, 5)},${output(3, 6)}]`);
    expect(toDevice.map((e) => [e.type, e['request'].id, e['endsFrame'] ?? false])).toEqual([
      ['device.request', 2, false],
      ['device.request', 3, true],
    ]);
    const wire = session.children()['wire']!;
    expect(toDevice[0]!['replyTo']).toBe(wire);
    // The device answers the first, then fails with the second still owed: only that one gets an Error.
    wire.send({ type: 'server.message', message: { type: 'Ok', Id: 2 } });
    session.send({ type: 'device.failed', deviceIndex: 0, reason: 'write failed' });
    expect(session.sent.slice(-2)).toEqual([
      { type: 'Ok', Id: 2 },
      {
        type: 'Error',
        Id: 3,
        ErrorCode: ErrorCode.Device,
        ErrorMessage: 'device 0 failed and was stopped: write failed',
      },
    ]);
    session.send({ type: 'device.failed', deviceIndex: 0, reason: 'again' });
    expect(session.sent).toHaveLength(3);
  });

  it('when its wire throws, says so (code 0), has every device stopped, and closes', () => {
    const v4 = codecFor(4)!;
    const throwing: SessionCodec = {
      ...v4,
      inbound: (message, state) => {
        if ((message as { Id?: number }).Id === 13) throw new Error('codec bug at 13');
        return v4.inbound(message, state);
      },
    };
    const session = startSession({ codecFor: (version) => (version === 4 ? throwing : codecFor(version)) });
    session.frame(handshake);
    session.frame('[{"Ping":{"Id":12}}]');
    expect(session.sent.at(-1)).toEqual({ type: 'Ok', Id: 12 });
    session.frame('[{"Ping":{"Id":13}}]');
    expect(session.sent.at(-1)).toMatchObject({ type: 'Error', Id: 0, ErrorCode: ErrorCode.Unknown });
    expect(session.toManager.at(-1)).toMatchObject({ type: 'session.end', sessionId: 'session-1' });
    expect(session.closed).toEqual(['session failed']);
  });

  describe('before its first frame after the handshake (issue 11: an idle session is one actor)', () => {
    it('has no wire and, with MaxPingTime 0, no timer, yet has every device stopped when its client leaves', () => {
      const session = startSession();
      session.frame(handshake);
      expect(session.children()).toEqual({});
      session.send({ type: 'transport.closed', reason: 'socket closed' });
      expect(session.toManager.map((e) => e.type)).toEqual(['session.attach', 'session.end']);
      expect(session.closed).toEqual(['socket closed']);
    });

    it('with MaxPingTime > 0 and not one frame after the handshake, a missed ping has every device stopped', () => {
      const session = startSession({ maxPingTime: 100 });
      session.frame(handshake);
      expect(session.children()['wire']).toBeUndefined();
      session.clock.increment(99);
      expect(session.closed).toEqual([]);
      session.clock.increment(1);
      expectPingTimedOut(session);
    });

    it('opens the wire for a message to the client, which hears it', () => {
      const session = startSession();
      session.frame(handshake);
      session.send({ type: 'server.message', message: { type: 'ScanningFinished', Id: 0 } });
      expect(session.children()['wire']).toBeDefined();
      expect(session.sent.at(-1)).toEqual({ type: 'ScanningFinished', Id: 0 });
    });

    it('opens no wire for a failed device: it owes this session nothing', () => {
      const session = startSession();
      session.frame(handshake);
      session.send({ type: 'device.failed', deviceIndex: 0, reason: 'write failed' });
      expect(session.children()).toEqual({});
      expect(session.sent).toHaveLength(1);
    });

    it('keeps the devices a legacy client was listed at attach for the wire: one gone later is reported removed', () => {
      const session = startSession();
      session.frame('[{"RequestServerInfo":{"Id":1,"ClientName":"old app","MessageVersion":1}}]');
      const device: DeviceInfo = {
        DeviceIndex: 0,
        DeviceName: 'Lovense Edge',
        DeviceMessageTimingGap: 0,
        DeviceFeatures: { '0': { FeatureIndex: 0, FeatureDescription: '', Output: { Vibrate: { Value: [0, 20] } } } },
      };
      session.send({ type: 'devices.snapshot', deviceList: deviceListMessage(0, [device]) });
      expect(session.children()['wire']).toBeUndefined();
      // The device leaves: the engine tells every session the new list; this client hears what changed.
      session.send({ type: 'server.message', message: deviceListMessage(0, []) });
      expect(session.sent.at(-1)).toEqual({ type: 'DeviceRemoved', Id: 0, DeviceIndex: 0 });
    });
  });
});
