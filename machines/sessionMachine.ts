/**
 * One client session: handshake, version, routing and teardown.
 *
 *   awaitingHandshake --RequestServerInfo--> connected --Disconnect / socket closed / ping missed--> disconnecting --> closed
 *   connected: watched (the pingTimer child, when MaxPingTime > 0) | unwatched
 *
 * The session speaks the client's spec version through its codec, answers Ping and Disconnect itself,
 * hands a request for one device straight to that device's actor (deviceRoutes.ts) and everything else
 * to the device manager, and relays what comes back. Every way out of
 * `connected` passes through `disconnecting`, where the device manager stops every device.
 */
import { assign, enqueueActions, sendParent, sendTo, setup, type ActorRefFrom, type AnyActorRef } from 'xstate';
import { failureFields, type Logger } from '../protocols/core/logger.js';
import { ErrorCode, errorCodeName, type ButtplugFailure } from '../protocols/buttplug/errorCodes.js';
import type { EngineRequest } from '../protocols/buttplug/engineRequests.js';
import type { TaggedMessage } from '../protocols/buttplug/frame.js';
import { readHandshake } from '../protocols/buttplug/handshake.js';
import type { DeviceListV4, ServerMessageV4 } from '../protocols/buttplug/messages.js';
import type { SessionCodec } from '../protocols/buttplug/sessionCodec.js';
import { deviceEventOf, isOneDeviceRequest } from './device/requestEvents.js';
import { PendingRequests } from './pendingRequests.js';
import { pingTimerMachine } from './pingTimerMachine.js';

/** Where a session's outgoing messages go (a WebSocket, an in-process client...). */
export interface SessionTransport {
  /** Messages already in the session's spec version. */
  send(messages: readonly TaggedMessage[]): void;
  close(reason: string): void;
}

export interface SessionInput {
  readonly sessionId: string;
  readonly serverName: string;
  readonly maxPingTime: number;
  readonly handshakeTimeoutMs: number;
  /** How long the device manager gets to stop devices when the session ends. */
  readonly cleanupTimeoutMs: number;
  readonly transport: SessionTransport;
  readonly deviceManager: AnyActorRef;
  /** The device actor a request for one device can go to directly (machines/deviceRoutes.ts); without it, all go through the manager. */
  readonly deviceRoute?: (deviceIndex: number) => AnyActorRef | undefined;
  readonly codecFor: (version: number) => SessionCodec | undefined;
  readonly logger: Logger;
}

export interface SessionContext extends SessionInput {
  readonly codec?: SessionCodec;
  /** Requests handed on and not answered yet, so that a device that fails cannot leave one unanswered. */
  readonly pending: PendingRequests;
  readonly codecState: unknown;
  readonly clientName?: string;
  readonly closeReason: string;
}

export type SessionEvent =
  /** A frame within the input bounds (already parsed when it came as text). */
  | { type: 'frame'; frame: unknown }
  /** A frame over the input bounds (`protocols/buttplug/frameLimits.ts`): answered, never parsed. */
  | { type: 'frame.refused'; id: number; failure: ButtplugFailure }
  | { type: 'transport.closed'; reason?: string }
  | { type: 'close'; reason: string }
  | { type: 'server.message'; message: ServerMessageV4 }
  | { type: 'devices.snapshot'; deviceList: DeviceListV4 }
  /** A device actor failed (its hardware was stopped): what it was asked and never answered gets an Error. */
  | { type: 'device.failed'; deviceIndex: number; reason: string }
  | { type: 'cleanup.done' }
  | { type: 'handshake.accepted' }
  | { type: 'disconnect.requested' };

/** What the session tells the device manager. */
export type SessionToManagerEvent =
  | { type: 'session.attach'; session: AnyActorRef; sessionId: string }
  | { type: 'session.end'; session: AnyActorRef; sessionId: string }
  | { type: 'client.request'; session: AnyActorRef; sessionId: string; request: EngineRequest };

/** Turns engine (v4) messages into the client's version; the codec may keep state about them. */
const encodeForClient = (
  context: SessionContext,
  codecState: unknown,
  messages: readonly ServerMessageV4[],
): { codecState: unknown; messages: TaggedMessage[] } => {
  if (!context.codec) return { codecState, messages: [...messages] };
  let state = codecState;
  const out: TaggedMessage[] = [];
  for (const message of messages) {
    const result = context.codec.outbound(message, state);
    state = result.state;
    out.push(...result.messages);
  }
  return { codecState: state, messages: out };
};

/** A message going out: an answer (its Id, not 0) settles the oldest pending request with that Id. */
const settleAnswered = (pending: PendingRequests, message: ServerMessageV4): void => {
  const id = (message as { Id?: unknown }).Id;
  if (typeof id === 'number' && id !== 0 && message.type !== 'ScanningFinished') pending.answer(id);
};

const errorMessage = (id: number, failure: ButtplugFailure): ServerMessageV4 => ({
  type: 'Error',
  Id: id,
  ErrorCode: failure.code,
  ErrorMessage: failure.message,
});

export const sessionMachine = setup({
  types: {
    input: {} as SessionInput,
    context: {} as SessionContext,
    events: {} as SessionEvent,
  },
  actors: {
    pingTimer: pingTimerMachine,
  },
  delays: {
    handshakeTimeout: ({ context }) => context.handshakeTimeoutMs,
    cleanupTimeout: ({ context }) => context.cleanupTimeoutMs,
  },
  guards: {
    asksForPings: ({ context }) => context.maxPingTime > 0,
  },
  actions: {
    handleHandshakeFrame: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'frame') return;
      const result = readHandshake(event.frame, context.codecFor);
      if (!result.ok) {
        context.logger.warn(
          { code: errorCodeName(result.failure.code) },
          `handshake refused: ${result.failure.message}`,
        );
        // Before the handshake only Error can be sent, and it looks the same in every version.
        const refusal = errorMessage(result.id, result.failure);
        enqueue(() => context.transport.send([refusal]));
        return;
      }
      const { codec } = result;
      const serverInfo = codec.serverInfo({
        id: result.id,
        serverName: context.serverName,
        maxPingTime: context.maxPingTime,
      });
      enqueue.assign({ codec, codecState: codec.initialState(), clientName: result.clientName });
      enqueue(() => context.transport.send([serverInfo]));
      context.logger.info({ client: result.clientName, specVersion: codec.version }, 'client connected');
      enqueue.raise({ type: 'handshake.accepted' });
      if (result.rest.length > 0) enqueue.raise({ type: 'frame', frame: result.rest });
    }),
    routeFrame: enqueueActions(({ context, event, enqueue, self }) => {
      if (event.type !== 'frame' || !context.codec) return;
      const codec = context.codec;
      const decoded = codec.decode(event.frame);
      const replies: ServerMessageV4[] = [];
      // Device requests go straight to their device when it has a route, the rest to the device manager.
      const handOver: { request: EngineRequest; device: AnyActorRef | undefined }[] = [];
      const lastForDevice = new Map<AnyActorRef, number>();
      let state = context.codecState;
      if (!decoded.ok) replies.push(errorMessage(0, decoded.failure));
      for (const element of decoded.ok ? decoded.elements : []) {
        if (!element.ok) {
          replies.push(errorMessage(element.id, element.failure));
          continue;
        }
        const result = codec.inbound(element.message, state);
        state = result.state;
        const inbound = result.inbound;
        switch (inbound.kind) {
          case 'ping':
            // Only a session that asks for pings has a watchdog (`asksForPings`) to tell.
            if (context.maxPingTime > 0) enqueue.sendTo('pingTimer', { type: 'ping' });
            replies.push({ type: 'Ok', Id: inbound.id });
            break;
          case 'handshake':
            replies.push(
              errorMessage(inbound.id, { code: ErrorCode.Init, message: 'handshake already happened on this session' }),
            );
            break;
          case 'disconnect':
            replies.push({ type: 'Ok', Id: inbound.id });
            enqueue.raise({ type: 'disconnect.requested' });
            break;
          case 'failure':
            replies.push(errorMessage(inbound.id, inbound.failure));
            break;
          case 'request': {
            const { request } = inbound;
            const oneDevice = isOneDeviceRequest(request);
            const device = oneDevice ? context.deviceRoute?.(request.deviceIndex) : undefined;
            context.pending.add(oneDevice ? { id: request.id, deviceIndex: request.deviceIndex } : { id: request.id });
            handOver.push({ request, device });
            // The frame's last output or stop for a device tells it the batch is complete.
            if (device && request.kind !== 'input') lastForDevice.set(device, handOver.length - 1);
            break;
          }
        }
      }
      // In the frame's order, whichever way each goes (deviceRoutes.ts).
      handOver.forEach(({ request, device }, i) => {
        if (device && isOneDeviceRequest(request))
          enqueue.sendTo(device, deviceEventOf(request, self, lastForDevice.get(device) === i));
        else
          enqueue.sendTo(context.deviceManager, {
            type: 'client.request',
            session: self,
            sessionId: context.sessionId,
            request,
          } satisfies SessionToManagerEvent);
      });
      const { codecState, messages } = encodeForClient(context, state, replies);
      // Most codecs keep no state: no new context for nothing.
      if (codecState !== context.codecState) enqueue.assign({ codecState });
      if (messages.length > 0) enqueue(() => context.transport.send(messages));
    }),
    refuseFrame: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'frame.refused') return;
      context.logger.warn({ id: event.id }, event.failure.message);
      // Before the handshake there is no codec, and Error looks the same in every version.
      const { codecState, messages } = encodeForClient(context, context.codecState, [
        errorMessage(event.id, event.failure),
      ]);
      enqueue.assign({ codecState });
      enqueue(() => context.transport.send(messages));
    }),
    forwardServerMessage: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'server.message') return;
      const { codecState, messages } = encodeForClient(context, context.codecState, [event.message]);
      settleAnswered(context.pending, event.message);
      if (codecState !== context.codecState) enqueue.assign({ codecState });
      if (messages.length > 0) enqueue(() => context.transport.send(messages));
    }),
    failDeviceRequests: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'device.failed') return;
      const failed = context.pending.takeForDevice(event.deviceIndex);
      if (failed.length === 0) return;
      const errors = failed.map((request) =>
        errorMessage(request.id, {
          code: ErrorCode.Device,
          message: `device ${event.deviceIndex} failed and was stopped: ${event.reason}`,
        }),
      );
      const { codecState, messages } = encodeForClient(context, context.codecState, errors);
      enqueue.assign({ codecState });
      if (messages.length > 0) enqueue(() => context.transport.send(messages));
    }),
    reportTimerFailure: enqueueActions(({ context, event, enqueue }) => {
      context.logger.error(
        { actor: 'pingTimer', ...failureFields((event as { error?: unknown }).error) },
        'the ping timer failed: ending the session',
      );
      const failed = errorMessage(0, {
        code: ErrorCode.Unknown,
        message: 'the session failed; every device was stopped',
      });
      const { codecState, messages } = encodeForClient(context, context.codecState, [failed]);
      enqueue.assign({ codecState, closeReason: 'session failed' });
      enqueue(() => context.transport.send(messages));
    }),
    seedDevices: assign(({ context, event }) =>
      event.type === 'devices.snapshot' && context.codec
        ? { codecState: context.codec.seedDevices(context.codecState, event.deviceList) }
        : {},
    ),
    attachToDeviceManager: sendTo(
      ({ context }) => context.deviceManager,
      ({ context, self }) =>
        ({ type: 'session.attach', session: self, sessionId: context.sessionId }) satisfies SessionToManagerEvent,
    ),
    endWithDeviceManager: sendTo(
      ({ context }) => context.deviceManager,
      ({ context, self }) =>
        ({ type: 'session.end', session: self, sessionId: context.sessionId }) satisfies SessionToManagerEvent,
    ),
    reportPingTimeout: enqueueActions(({ context, enqueue }) => {
      context.logger.warn({ maxPingTime: context.maxPingTime }, 'ping timeout: stopping every device');
      const timeout = errorMessage(0, {
        code: ErrorCode.Ping,
        message: `no Ping within MaxPingTime (${context.maxPingTime} ms); every device was stopped`,
      });
      const { codecState, messages } = encodeForClient(context, context.codecState, [timeout]);
      enqueue.assign({ codecState, closeReason: 'ping timeout' });
      enqueue(() => context.transport.send(messages));
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
      context.logger.warn({ timeoutMs: context.handshakeTimeoutMs }, 'no handshake in time: closing the connection'),
    logCleanupTimeout: ({ context }) =>
      context.logger.error({ timeoutMs: context.cleanupTimeoutMs }, 'device manager did not confirm the stop in time'),
    reportClosed: sendParent(({ context }) => ({ type: 'session.closed', sessionId: context.sessionId })),
    closeTransport: ({ context }) => {
      context.logger.info({ reason: context.closeReason }, 'session closed');
      context.transport.close(context.closeReason);
    },
  },
}).createMachine({
  id: 'session',
  context: ({ input }) => ({
    ...input,
    codecState: null,
    pending: new PendingRequests(),
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
      // The ping watchdog exists only when the server asks for pings (MaxPingTime > 0): a session
      // without one costs no timer actor.
      initial: 'choosingWatchdog',
      states: {
        choosingWatchdog: {
          always: [{ guard: 'asksForPings', target: 'watched' }, { target: 'unwatched' }],
        },
        unwatched: {},
        watched: {
          invoke: {
            id: 'pingTimer',
            src: 'pingTimer',
            input: ({ context }) => ({ maxPingTime: context.maxPingTime }),
            onDone: { target: '#session.disconnecting', actions: 'reportPingTimeout' },
            onError: { target: '#session.disconnecting', actions: 'reportTimerFailure' },
          },
        },
      },
      on: {
        frame: { actions: 'routeFrame' },
        'frame.refused': { actions: 'refuseFrame' },
        'server.message': { actions: 'forwardServerMessage' },
        'devices.snapshot': { actions: 'seedDevices' },
        'device.failed': { actions: 'failDeviceRequests' },
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
