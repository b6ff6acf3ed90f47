/**
 * One client session alone: a fake transport, a fake device manager, the real v4 codec and a
 * simulated clock for the handshake, ping and clean-up timeouts.
 */
import { describe, expect, it } from 'vitest';
import { createActor, fromCallback, setup, SimulatedClock, type AnyActorRef, type AnyEventObject } from 'xstate';
import { sessionMachine, type SessionEvent, type SessionToManagerEvent } from '../../machines/sessionMachine.js';
import { codecFor } from '../../protocols/buttplug/codecs.js';
import { ErrorCode } from '../../protocols/buttplug/errorCodes.js';
import type { TaggedMessage } from '../../protocols/buttplug/frame.js';
import { silentLogger } from '../../protocols/core/logger.js';

const handshake =
  '[{"RequestServerInfo":{"Id":1,"ClientName":"app","ProtocolVersionMajor":4,"ProtocolVersionMinor":0}}]';

const startSession = (options: { maxPingTime?: number; managerConfirms?: boolean } = {}) => {
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
        serverName: 'test server',
        maxPingTime: options.maxPingTime ?? 0,
        handshakeTimeoutMs: 1_000,
        cleanupTimeoutMs: 500,
        transport: { send: (messages) => sent.push(...messages), close: (reason) => closed.push(reason) },
        deviceManager: deviceManager as AnyActorRef,
        codecFor,
        logger: silentLogger,
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
    children: () => session.getSnapshot().children as Record<string, unknown>,
  };
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
    // No ping asked for (MaxPingTime 0): no watchdog actor either.
    expect(session.state()).toEqual({ connected: 'unwatched' });
    expect(session.children()['pingTimer']).toBeUndefined();
    session.frame('[{"StartScanning":{"Id":2}},{"Ping":{"Id":3}}]');
    expect(session.toManager.map((e) => e.type)).toEqual(['session.attach', 'client.request']);
    expect(session.toManager[1]).toMatchObject({ request: { kind: 'startScanning', id: 2 } });
    expect(session.sent.at(-1)).toEqual({ type: 'Ok', Id: 3 });
  });

  it('on a missed ping says so (code 2), has every device stopped, and closes', () => {
    const session = startSession({ maxPingTime: 100 });
    session.frame(handshake);
    expect(session.state()).toEqual({ connected: 'watched' });
    expect(session.children()['pingTimer']).toBeDefined();
    session.clock.increment(99);
    session.frame('[{"Ping":{"Id":2}}]');
    session.clock.increment(99);
    expect(session.closed).toEqual([]);
    session.clock.increment(1);
    expect(session.sent.at(-1)).toMatchObject({ type: 'Error', Id: 0, ErrorCode: ErrorCode.Ping });
    expect(session.toManager.at(-1)).toMatchObject({ type: 'session.end', sessionId: 'session-1' });
    expect(session.closed).toEqual(['ping timeout']);
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
});
