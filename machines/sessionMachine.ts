/**
 * One client session: handshake, version, routing and teardown.
 *
 *   awaitingHandshake --RequestServerInfo--> connected --Disconnect / socket closed / ping missed--> disconnecting --> closed
 *   connected (parallel):
 *     wire:     quiet --first frame or message for the client--> open (invokes the wire)
 *     watchdog: watched (the pingTimer child, when MaxPingTime > 0) | unwatched
 *
 * The session answers the handshake and picks the client's spec version. While `connected`, its wire
 * (sessionWire.ts, a child actor) speaks that version: it answers Ping and Disconnect, hands a request
 * for one device straight to that device's actor (deviceRoutes.ts) and everything else to the device
 * manager, and relays what comes back; the host gives it a connected session's frames directly
 * (`frameReceiver`). What reaches the session itself while connected goes to the wire too, so the client
 * hears everything in one order. The wire opens on the first frame or message for the client: a session that
 * only handshook is one actor, and keeps what its codec remembers (the devices a legacy client was
 * listed) in its context until then (issue 11). Every way out of `connected` passes through `disconnecting`,
 * which stops the wire (nothing more is answered) and has the device manager stop every device.
 */
import { assign, enqueueActions, raise, sendParent, sendTo, setup, type ActorRefFrom, type AnyActorRef } from 'xstate';
import { failureFields, type Logger } from '../protocols/core/logger.js';
import { ErrorCode, errorCodeName, type ButtplugFailure } from '../protocols/buttplug/errorCodes.js';
import { readHandshake } from '../protocols/buttplug/handshake.js';
import { errorReply } from '../protocols/buttplug/replies.js';
import type { DeviceListV4, ServerMessageV4 } from '../protocols/buttplug/messages.js';
import type { SessionCodec } from '../protocols/buttplug/sessionCodec.js';
import { pingTimerMachine } from './pingTimerMachine.js';
import {
  sessionWireLogic,
  type SessionToManagerEvent,
  type SessionTransport,
  type SessionWireInput,
} from './sessionWire.js';

export type { SessionToManagerEvent, SessionTransport } from './sessionWire.js';

/** What every session of one engine shares: one object per engine, not a copy per session (issue 11). */
export interface SessionSettings {
  readonly serverName: string;
  readonly maxPingTime: number;
  readonly handshakeTimeoutMs: number;
  /** How long the device manager gets to stop devices when the session ends. */
  readonly cleanupTimeoutMs: number;
  readonly deviceManager: AnyActorRef;
  /** The device actor a request for one device can go to directly (machines/deviceRoutes.ts); without it, all go through the manager. */
  readonly deviceRoute?: (deviceIndex: number) => AnyActorRef | undefined;
  readonly codecFor: (version: number) => SessionCodec | undefined;
}

export interface SessionInput {
  readonly sessionId: string;
  readonly transport: SessionTransport;
  readonly logger: Logger;
  readonly settings: SessionSettings;
}

export interface SessionContext extends SessionInput {
  /** The client's spec version, from the handshake; the wire (sessionWire.ts) speaks it while connected. */
  readonly codec?: SessionCodec;
  /** What the codec remembers about this client until the wire opens; from then on the wire keeps it. */
  readonly codecState?: unknown;
  readonly clientName?: string;
  readonly closeReason: string;
}

export type SessionEvent =
  /** A frame within the input bounds (already parsed when it came as text). Once connected, the host gives it to the wire. */
  | { type: 'frame'; frame: unknown }
  /** A frame over the input bounds (`protocols/buttplug/frameLimits.ts`): answered, never parsed. */
  | { type: 'frame.refused'; id: number; failure: ButtplugFailure }
  | { type: 'transport.closed'; reason?: string }
  | { type: 'close'; reason: string }
  /** An answer to a request that went through the device manager, an input's reading: passed to the wire. */
  | { type: 'server.message'; message: ServerMessageV4 }
  | { type: 'devices.snapshot'; deviceList: DeviceListV4 }
  /** A device actor failed (its hardware was stopped): the wire answers what it was asked with an Error. */
  | { type: 'device.failed'; deviceIndex: number; reason: string }
  | { type: 'cleanup.done' }
  | { type: 'handshake.accepted' }
  /** The wire saw a Ping: the watchdog hears of it. */
  | { type: 'ping.received' }
  | { type: 'disconnect.requested' };

/** Where a connected session's frames go: its wire, or the session itself before and after `connected`. */
export const frameReceiver = (session: AnyActorRef | undefined): AnyActorRef | undefined =>
  (session?.getSnapshot() as { children?: Record<string, AnyActorRef | undefined> } | undefined)?.children?.wire ??
  session;

export const sessionMachine = setup({
  types: {
    input: {} as SessionInput,
    context: {} as SessionContext,
    events: {} as SessionEvent,
  },
  actors: {
    pingTimer: pingTimerMachine,
    wire: sessionWireLogic,
  },
  delays: {
    handshakeTimeout: ({ context }) => context.settings.handshakeTimeoutMs,
    cleanupTimeout: ({ context }) => context.settings.cleanupTimeoutMs,
  },
  guards: {
    asksForPings: ({ context }) => context.settings.maxPingTime > 0,
  },
  actions: {
    handleHandshakeFrame: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'frame') return;
      const result = readHandshake(event.frame, context.settings.codecFor);
      if (!result.ok) {
        context.logger.warn(
          { code: errorCodeName(result.failure.code) },
          `handshake refused: ${result.failure.message}`,
        );
        // Before the handshake only Error can be sent, and it looks the same in every version.
        const refusal = errorReply(result.id, result.failure);
        enqueue(() => context.transport.send([refusal]));
        return;
      }
      const { codec } = result;
      const serverInfo = codec.serverInfo({
        id: result.id,
        serverName: context.settings.serverName,
        maxPingTime: context.settings.maxPingTime,
      });
      enqueue.assign({ codec, codecState: codec.initialState(), clientName: result.clientName });
      enqueue(() => context.transport.send([serverInfo]));
      context.logger.info({ client: result.clientName, specVersion: codec.version }, 'client connected');
      enqueue.raise({ type: 'handshake.accepted' });
      if (result.rest.length > 0) enqueue.raise({ type: 'frame', frame: result.rest });
    }),
    /** What the client said or is told while connected goes through the wire, in one order. */
    passToWire: sendTo('wire', ({ event }) => event as never),
    /** The event that opened the wire, once more: now the wire takes it. */
    passOnceOpen: raise(({ event }) => event),
    /** The devices present when the session joined, kept for the wire (a legacy codec lists changes against them). */
    seedDevices: assign({
      codecState: ({ context, event }) =>
        event.type === 'devices.snapshot'
          ? context.codec!.seedDevices(context.codecState, event.deviceList)
          : context.codecState,
    }),
    tellWatchdog: sendTo('pingTimer', { type: 'ping' }),
    refuseFrame: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'frame.refused') return;
      context.logger.warn({ id: event.id }, event.failure.message);
      // Before the handshake there is no codec, and Error looks the same in every version.
      const refusal = errorReply(event.id, event.failure);
      enqueue(() => context.transport.send([refusal]));
    }),
    logRefusedFrame: ({ context, event }) => {
      if (event.type === 'frame.refused') context.logger.warn({ id: event.id }, event.failure.message);
    },
    reportChildFailure: enqueueActions(({ context, event, enqueue }, params: { actor: string; what: string }) => {
      context.logger.error(
        // Named as the session's child (`session-3.wire`), the session being what the host knows.
        { actor: `${context.sessionId}.${params.actor}`, ...failureFields((event as { error?: unknown }).error) },
        `${params.what} failed: ending the session`,
      );
      // Error looks the same in every version.
      const failed = errorReply(0, {
        code: ErrorCode.Unknown,
        message: 'the session failed; every device was stopped',
      });
      enqueue.assign({ closeReason: 'session failed' });
      enqueue(() => context.transport.send([failed]));
    }),
    attachToDeviceManager: sendTo(
      ({ context }) => context.settings.deviceManager,
      ({ context, self }) =>
        ({ type: 'session.attach', session: self, sessionId: context.sessionId }) satisfies SessionToManagerEvent,
    ),
    endWithDeviceManager: sendTo(
      ({ context }) => context.settings.deviceManager,
      ({ context, self }) =>
        ({ type: 'session.end', session: self, sessionId: context.sessionId }) satisfies SessionToManagerEvent,
    ),
    reportPingTimeout: enqueueActions(({ context, enqueue }) => {
      context.logger.warn({ maxPingTime: context.settings.maxPingTime }, 'ping timeout: stopping every device');
      // Error looks the same in every version.
      const timeout = errorReply(0, {
        code: ErrorCode.Ping,
        message: `no Ping within MaxPingTime (${context.settings.maxPingTime} ms); every device was stopped`,
      });
      enqueue.assign({ closeReason: 'ping timeout' });
      enqueue(() => context.transport.send([timeout]));
    }),
    noteCloseReason: enqueueActions(({ event, enqueue }) => {
      const reason =
        event.type === 'close'
          ? event.reason
          : event.type === 'transport.closed'
            ? (event.reason ?? 'connection closed')
            : event.type === 'disconnect.requested'
              ? 'client sent Disconnect'
              : 'session ended';
      enqueue.assign({ closeReason: reason });
    }),
    logHandshakeTimeout: ({ context }) =>
      context.logger.warn(
        { timeoutMs: context.settings.handshakeTimeoutMs },
        'no handshake in time: closing the connection',
      ),
    logCleanupTimeout: ({ context }) =>
      context.logger.error(
        { timeoutMs: context.settings.cleanupTimeoutMs },
        'device manager did not confirm the stop in time',
      ),
    reportClosed: sendParent(({ context }) => ({ type: 'session.closed', sessionId: context.sessionId })),
    closeTransport: ({ context }) => {
      context.logger.info({ reason: context.closeReason }, 'session closed');
      context.transport.close(context.closeReason);
    },
  },
}).createMachine({
  id: 'session',
  context: ({ input }) => ({
    sessionId: input.sessionId,
    transport: input.transport,
    logger: input.logger,
    settings: input.settings,
    closeReason: 'session ended',
  }),
  initial: 'awaitingHandshake',
  states: {
    awaitingHandshake: {
      after: {
        handshakeTimeout: { target: 'closed', actions: ['logHandshakeTimeout', 'noteCloseReason'] },
      },
      on: {
        frame: { actions: 'handleHandshakeFrame' },
        'frame.refused': { actions: 'refuseFrame' },
        'handshake.accepted': { target: 'connected' },
        'transport.closed': { target: 'closed', actions: 'noteCloseReason' },
        close: { target: 'closed', actions: 'noteCloseReason' },
      },
    },
    connected: {
      entry: 'attachToDeviceManager',
      type: 'parallel',
      states: {
        wire: {
          initial: 'quiet',
          states: {
            // Nothing said either way since the handshake: no wire actor yet. A failed device owes this
            // session nothing (it asked nothing), so `device.failed` needs no wire either.
            quiet: {
              on: {
                'devices.snapshot': { actions: 'seedDevices' },
                frame: { target: 'open', actions: 'passOnceOpen' },
                'frame.refused': { target: 'open', actions: 'passOnceOpen' },
                'server.message': { target: 'open', actions: 'passOnceOpen' },
              },
            },
            // Frames in and replies out, one call each (sessionWire.ts); stopped when the session leaves.
            open: {
              invoke: {
                id: 'wire',
                src: 'wire',
                input: ({ context, self }): SessionWireInput => ({
                  sessionId: context.sessionId,
                  codec: context.codec!,
                  codecState: context.codecState,
                  transport: context.transport,
                  deviceManager: context.settings.deviceManager,
                  ...(context.settings.deviceRoute ? { deviceRoute: context.settings.deviceRoute } : {}),
                  session: self,
                  watchesPings: context.settings.maxPingTime > 0,
                }),
                onError: {
                  target: '#session.disconnecting',
                  actions: { type: 'reportChildFailure', params: { actor: 'wire', what: "the session's wire" } },
                },
              },
              on: {
                frame: { actions: 'passToWire' },
                'frame.refused': { actions: ['logRefusedFrame', 'passToWire'] },
                'server.message': { actions: 'passToWire' },
                'devices.snapshot': { actions: 'passToWire' },
                'device.failed': { actions: 'passToWire' },
              },
            },
          },
        },
        // The ping watchdog exists only when the server asks for pings (MaxPingTime > 0): a session
        // without one costs no timer actor.
        watchdog: {
          initial: 'choosing',
          states: {
            choosing: {
              always: [{ guard: 'asksForPings', target: 'watched' }, { target: 'unwatched' }],
            },
            unwatched: {},
            watched: {
              invoke: {
                id: 'pingTimer',
                src: 'pingTimer',
                input: ({ context }) => ({ maxPingTime: context.settings.maxPingTime }),
                onDone: { target: '#session.disconnecting', actions: 'reportPingTimeout' },
                onError: {
                  target: '#session.disconnecting',
                  actions: { type: 'reportChildFailure', params: { actor: 'pingTimer', what: 'the ping timer' } },
                },
              },
              on: { 'ping.received': { actions: 'tellWatchdog' } },
            },
          },
        },
      },
      on: {
        'disconnect.requested': { target: 'disconnecting', actions: 'noteCloseReason' },
        'transport.closed': { target: 'disconnecting', actions: 'noteCloseReason' },
        close: { target: 'disconnecting', actions: 'noteCloseReason' },
      },
    },
    disconnecting: {
      entry: 'endWithDeviceManager',
      after: { cleanupTimeout: { target: 'closed', actions: 'logCleanupTimeout' } },
      on: {
        'cleanup.done': { target: 'closed' },
      },
    },
    closed: {
      type: 'final',
      entry: ['closeTransport', 'reportClosed'],
    },
  },
});

export type SessionActorRef = ActorRefFrom<typeof sessionMachine>;
