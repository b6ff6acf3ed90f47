/**
 * The root of one engine's actor system: the device manager and one session per connected client.
 *
 *   running --shutdown--> shuttingDown --devices disconnected (or timeout)--> stopped
 *   running / shuttingDown --device manager failed--> failed
 *
 * Shutting down closes every session first (each stops its devices), then disconnects the devices.
 *
 * Failures: a session that fails is contained here (its client gets Error code 0, its connection
 * closes, its devices stop, the engine serves on). A device manager that fails cannot be contained:
 * every device is stopped from the hardware registry (not through actors), every client is told and
 * closed, and the engine ends `failed`, which its host reports (actors/engine/buttplugServer.ts).
 */
import { assign, enqueueActions, sendTo, setup, type AnyActorRef } from 'xstate';
import type { LiveHardwareRegistry } from '../hardware/liveHardware.js';
import { ErrorCode } from '../protocols/buttplug/errorCodes.js';
import type { ServerMessageV4 } from '../protocols/buttplug/messages.js';
import { failureFields, boundLogger, type Logger } from '../protocols/core/logger.js';
import { messageOf } from '../protocols/core/errorText.js';
import { childFailure, failedActorId } from './childFailures.js';
import type { SessionCodec } from '../protocols/buttplug/sessionCodec.js';
import { deviceManagerMachine, type DeviceManagerInput } from './deviceManagerMachine.js';
import { deviceRoutes } from './deviceRoutes.js';
import {
  sessionMachine,
  type SessionSettings,
  type SessionToManagerEvent,
  type SessionTransport,
} from './sessionMachine.js';

export interface SessionOptions {
  readonly serverName: string;
  readonly maxPingTime: number;
  readonly handshakeTimeoutMs: number;
  readonly cleanupTimeoutMs: number;
}

export interface ServerInput {
  readonly deviceManager: DeviceManagerInput;
  readonly session: SessionOptions;
  readonly codecFor: (version: number) => SessionCodec | undefined;
  readonly shutdownTimeoutMs: number;
  readonly logger: Logger;
  /** The emergency stop's registry (this engine's hardware is registered under its actor system). */
  readonly liveHardware: LiveHardwareRegistry;
}

/** Why an engine failed: the actor that failed and what it threw. */
export interface EngineFailureReport {
  readonly actor: string;
  readonly error: unknown;
}

export interface ServerContext extends ServerInput {
  /** What every session shares, made once the device manager runs (one object, not a copy per session). */
  readonly sessionSettings?: SessionSettings;
  readonly failure?: EngineFailureReport;
}

export interface ServerOutput {
  /** Set when the engine ended because a failure could not be contained. */
  readonly failure?: EngineFailureReport;
}

/** What a client hears when the engine fails under it (Error looks the same in every spec version). */
const failureNotice = (message: string): ServerMessageV4 => ({
  type: 'Error',
  Id: 0,
  ErrorCode: ErrorCode.Unknown,
  ErrorMessage: message,
});

type Children = Readonly<Record<string, AnyActorRef | undefined>>;

/** The open sessions are the children spawned from `session` (no copy of them is kept: issue 11). */
const isSession = (child: AnyActorRef | undefined): child is AnyActorRef =>
  (child as { src?: unknown } | undefined)?.src === 'session';

const sessionsOf = (self: AnyActorRef): AnyActorRef[] =>
  Object.values((self.getSnapshot() as { children: Children }).children).filter(isSession);

/** A session's client connection, from the context it has (or had when it failed). */
const transportOf = (context: unknown): SessionTransport | undefined =>
  (context as { transport?: SessionTransport } | undefined)?.transport;

export type ServerEvent =
  | { type: 'session.open'; sessionId: string; transport: SessionTransport }
  | { type: 'session.closed'; sessionId: string }
  | { type: 'shutdown' }
  | { type: 'deviceManager.stopped' };

export const serverMachine = setup({
  types: {
    input: {} as ServerInput,
    context: {} as ServerContext,
    events: {} as ServerEvent,
    output: {} as ServerOutput,
  },
  actors: {
    deviceManager: deviceManagerMachine,
    session: sessionMachine,
  },
  delays: {
    shutdownTimeout: ({ context }) => context.shutdownTimeoutMs,
  },
  guards: {
    // The root's children are the device manager and the sessions; the device manager's failure is its
    // invoke's onError (an exact event type is matched before this wildcard), so any other is a session's.
    isSessionFailure: ({ event }) => {
      const id = failedActorId(event);
      return id !== undefined && id !== 'deviceManager';
    },
  },
  actions: {
    prepareSessions: assign({
      sessionSettings: ({ context, system }): SessionSettings => ({
        serverName: context.session.serverName,
        maxPingTime: context.session.maxPingTime,
        handshakeTimeoutMs: context.session.handshakeTimeoutMs,
        cleanupTimeoutMs: context.session.cleanupTimeoutMs,
        deviceManager: system.get('deviceManager'),
        deviceRoute: deviceRoutes(system.get('deviceManager')),
        codecFor: context.codecFor,
      }),
    }),
    openSession: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'session.open') return;
      // Found by id among the children (no systemId: the system's registry would keep each twice).
      enqueue.spawnChild('session', {
        id: event.sessionId,
        input: {
          sessionId: event.sessionId,
          transport: event.transport,
          // Its entries carry the session's id, without a child logger per session (issue 11).
          logger: boundLogger(context.logger, { session: event.sessionId }),
          settings: context.sessionSettings!,
        },
      });
    }),
    forgetSession: enqueueActions(({ event, enqueue }) => {
      if (event.type === 'session.closed') enqueue.stopChild(event.sessionId);
    }),
    /** A session failed: its client is told and closed, its devices stop, the engine serves on. */
    containSessionFailure: enqueueActions(({ context, event, enqueue, self, system }) => {
      const { actorId, error, lastContext } = childFailure(event, self);
      const transport = transportOf(lastContext);
      context.logger.error(
        { actor: actorId, session: actorId, ...failureFields(error) },
        'session failed: closing it and stopping its devices',
      );
      const sessionRef = (self.getSnapshot() as { children: Children }).children[actorId];
      const deviceManager = system.get('deviceManager') as AnyActorRef | undefined;
      // The device manager stops the devices only if this session had attached (handshaken).
      if (sessionRef && deviceManager)
        enqueue.sendTo(deviceManager, {
          type: 'session.end',
          session: sessionRef,
          sessionId: actorId,
        } satisfies SessionToManagerEvent);
      enqueue(() => {
        transport?.send([failureNotice('the session failed; every device was stopped')]);
        transport?.close('session failed');
      });
      enqueue.stopChild(actorId);
    }),
    noteDeviceManagerFailure: assign({
      failure: ({ event }) => ({ actor: 'deviceManager', error: (event as { error?: unknown }).error }),
    }),
    /** The device manager is gone: stop the hardware without it, tell every client, close them. */
    failEngine: enqueueActions(({ context, enqueue, self, system }) => {
      const failure = context.failure;
      const transports = sessionsOf(self).flatMap((session) => transportOf(session.getSnapshot().context) ?? []);
      context.logger.error(
        { actor: failure?.actor, ...failureFields(failure?.error) },
        'the device manager failed: emergency stop of every device',
      );
      enqueue(() => {
        void context.liveHardware.stopScope(system);
        const notice = failureNotice(`the engine failed (${messageOf(failure?.error)}); every device was stopped`);
        for (const transport of transports) {
          transport.send([notice]);
          transport.close('the engine failed');
        }
      });
    }),
    refuseSession: ({ event }) => {
      if (event.type === 'session.open') event.transport.close('the engine is shutting down');
    },
    closeSessions: enqueueActions(({ enqueue, self }) => {
      for (const session of sessionsOf(self))
        enqueue.sendTo(session, { type: 'close', reason: 'engine shutting down' });
    }),
    shutDownDeviceManager: sendTo('deviceManager', { type: 'shutdown' }),
    logStopped: ({ context }) => context.logger.info('engine stopped'),
    logShutdownTimeout: ({ context }) => context.logger.error('shutdown timed out; stopping anyway'),
  },
}).createMachine({
  id: 'server',
  context: ({ input }) => input,
  invoke: {
    id: 'deviceManager',
    systemId: 'deviceManager',
    src: 'deviceManager',
    input: ({ context }) => context.deviceManager,
    onError: { target: '.failed', actions: 'noteDeviceManagerFailure' },
  },
  on: {
    'session.closed': { actions: 'forgetSession' },
    // Anything else that fails here is not contained: unhandled, it fails the root (the host's last resort).
    'xstate.error.actor.*': { guard: 'isSessionFailure', actions: 'containSessionFailure' },
  },
  initial: 'running',
  states: {
    running: {
      entry: 'prepareSessions',
      on: {
        'session.open': { actions: 'openSession' },
        shutdown: 'shuttingDown',
      },
    },
    shuttingDown: {
      entry: ['closeSessions', 'shutDownDeviceManager'],
      after: { shutdownTimeout: { target: 'stopped', actions: 'logShutdownTimeout' } },
      on: {
        'session.open': { actions: 'refuseSession' },
        'deviceManager.stopped': 'stopped',
      },
    },
    stopped: {
      type: 'final',
      entry: 'logStopped',
    },
    failed: {
      type: 'final',
      entry: 'failEngine',
    },
  },
  output: ({ context }): ServerOutput => (context.failure ? { failure: context.failure } : {}),
});
