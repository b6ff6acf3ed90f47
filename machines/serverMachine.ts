/**
 * The root of one engine's actor system: the device manager and one session per connected client.
 *
 *   running --shutdown--> shuttingDown --devices disconnected (or timeout)--> stopped
 *
 * Shutting down closes every session first (each stops its devices), then disconnects the devices.
 */
import { enqueueActions, sendTo, setup } from 'xstate';
import type { Logger } from '../protocols/core/logger.js';
import type { SessionCodec } from '../protocols/buttplug/sessionCodec.js';
import { deviceManagerMachine, type DeviceManagerInput } from './deviceManagerMachine.js';
import { sessionMachine, type SessionTransport } from './sessionMachine.js';

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
}

export interface ServerContext extends ServerInput {
  readonly sessions: ReadonlySet<string>;
}

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
  },
  actors: {
    deviceManager: deviceManagerMachine,
    session: sessionMachine,
  },
  delays: {
    shutdownTimeout: ({ context }) => context.shutdownTimeoutMs,
  },
  actions: {
    openSession: enqueueActions(({ context, event, enqueue, system }) => {
      if (event.type !== 'session.open') return;
      enqueue.assign({ sessions: new Set(context.sessions).add(event.sessionId) });
      enqueue.spawnChild('session', {
        id: event.sessionId,
        systemId: event.sessionId,
        input: {
          ...context.session,
          sessionId: event.sessionId,
          transport: event.transport,
          deviceManager: system.get('deviceManager'),
          codecFor: context.codecFor,
          logger: context.logger.child({ session: event.sessionId }),
        },
      });
    }),
    forgetSession: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'session.closed') return;
      const sessions = new Set(context.sessions);
      sessions.delete(event.sessionId);
      enqueue.assign({ sessions });
      enqueue.stopChild(event.sessionId);
    }),
    refuseSession: ({ event }) => {
      if (event.type === 'session.open') event.transport.close('the engine is shutting down');
    },
    closeSessions: enqueueActions(({ context, enqueue }) => {
      for (const id of context.sessions) enqueue.sendTo(id, { type: 'close', reason: 'engine shutting down' });
    }),
    shutDownDeviceManager: sendTo('deviceManager', { type: 'shutdown' }),
    logStopped: ({ context }) => context.logger.info('engine stopped'),
    logShutdownTimeout: ({ context }) => context.logger.error('shutdown timed out; stopping anyway'),
  },
}).createMachine({
  id: 'server',
  context: ({ input }) => ({ ...input, sessions: new Set() }),
  invoke: {
    id: 'deviceManager',
    systemId: 'deviceManager',
    src: 'deviceManager',
    input: ({ context }) => context.deviceManager,
  },
  on: {
    'session.closed': { actions: 'forgetSession' },
  },
  initial: 'running',
  states: {
    running: {
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
  },
});
