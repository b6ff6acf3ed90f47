/**
 * The device machine's vocabulary: the actors it invokes, its delays, and the guards and actions its
 * chart (deviceMachine.ts) names. Decisions and data work are pure functions in this folder
 * (outputQueue, outputRequests, keepalive, sensorSubscriptions, inputTasks); actions only apply them.
 * The I/O actors, `startWrite` and `closeSilently` are placeholders the live system provides (actors/engine/deviceActors.ts).
 */
import { assign, enqueueActions, fromCallback, fromPromise, raise, sendTo, setup, stopChild } from 'xstate';
import type { AnyActorRef, EventObject } from 'xstate';
import type { Hardware } from '../../hardware/hardware.js';
import { isFailure } from '../../protocols/buttplug/errorCodes.js';
import type { ServerMessageV4 } from '../../protocols/buttplug/messages.js';
import {
  deviceError,
  errorReply,
  inputReading,
  ok,
  outcomeReply,
  serverMessage,
} from '../../protocols/buttplug/replies.js';
import { checkInputCommand } from '../../protocols/config/commandChecks.js';
import type { DeviceKey } from '../../protocols/config/deviceDefinitions.js';
import type { ResolvedDevice } from '../../protocols/config/resolvedDevice.js';
import { deviceInfo } from '../../protocols/config/deviceInfo.js';
import type { InputStream } from '../../protocols/devices/shared/deviceProtocol.js';
import { undrivableOutputs, withoutOutputs } from '../../protocols/devices/shared/drivableOutputs.js';
import type { Notification } from '../../protocols/devices/shared/hardwareRequests.js';
import type { Identification } from '../../protocols/devices/shared/deviceProtocol.js';
import * as Connection from './connectionSteps.js';
import type * as Device from './deviceTypes.js';
import * as Tasks from './inputTasks.js';
import { keepaliveWrites, needsKeepalive, stopsOnConnect } from './keepalive.js';
import { keepaliveTimerMachine, type KeepaliveTimerInput } from './keepaliveTimer.js';
import * as Queue from './outputQueue.js';
import * as Outputs from './outputRequests.js';
import * as Streams from './sensorSubscriptions.js';

/** Writes of a stop that may fail in a row (each retried after the gap) before the device is disconnected. */
export const MAX_STOP_WRITE_ATTEMPTS = 3;

type Context = Device.DeviceContext;
type SensorTask = Tasks.InputTask<AnyActorRef>;
export type Reply = { readonly to: AnyActorRef; readonly message: ServerMessageV4 };
/** Which sensor streams a stop or a session's end covers (none unless `inputs`). */
export type StreamsToEnd = { readonly inputs: boolean; readonly session?: AnyActorRef; readonly featureIndex?: number };

/** The part of xstate's action enqueuer the helpers below (and writeCycle.ts) use. */
export interface Enqueue {
  (action: () => void): void;
  sendTo(to: AnyActorRef | string, event: EventObject): void;
  stopChild(id: string): void;
  spawnChild(src: 'inputTask', options: { id: string; input: Device.InputTaskInput }): void;
  spawnChild(src: 'motion', options: { id: string; input: Device.MotionInput }): void;
  spawnChild(src: 'keepaliveTimer', options: { id: string; input: KeepaliveTimerInput }): void;
}

const provided = (name: string) => () => {
  throw new Error(`${name} is provided by the live system (actors/engine/deviceActors.ts)`);
};

/** The child that keeps a device alive, when its protocol needs it (keepaliveTimer.ts). */
export const KEEPALIVE_TIMER = 'keepalive';
/** Whether the device, as it is linked now, needs keeping alive (and so has a keepalive timer while ready). */
export const keepsAlive = (context: Context): boolean => needsKeepalive(context.protocol, context.link?.hardware);

/** The link exists from the first `ready` on; only `ready`, `reconnecting` and `closing` use it. */
export const linkOf = ({ link }: Context): Device.DeviceLink => {
  if (!link) throw new Error('device: not connected yet');
  return link;
};
export const definitionOf = (context: Context) => linkOf(context).protocolDevice.definition;
/** The gap the engine enforces between writes: the device's own, else its transport's (0 before it is ready). */
export const gapOf = ({ link }: Context): number =>
  link ? (link.protocolDevice.definition.messageGapMs ?? link.hardware.messageGapMs ?? 0) : 0;
/** The last encoder made (all three parts immutable): equal parts, the same encoder, not a new object. */
let lastEncoder: Outputs.Encoder | undefined;
/** The device's protocol with its state; the guards and actions of one command ask for the same one in turn. */
export const encoderOf = (context: Context): Outputs.Encoder => {
  const { protocol, protocolState: state } = context;
  const device = linkOf(context).protocolDevice;
  if (lastEncoder?.protocol === protocol && lastEncoder.state === state && lastEncoder.device === device)
    return lastEncoder;
  return (lastEncoder = { protocol, state, device });
};

const streamOf = ({ request }: Device.InputRequestEvent): InputStream => ({
  featureIndex: request.featureIndex,
  type: request.type,
});
const featureOf = (context: Context, index: number) => definitionOf(context).features.find((f) => f.index === index);

/** The sensor task a checked input request asks for. */
export const requestedTask = (context: Context, { request, replyTo }: Device.InputRequestEvent): SensorTask[] => {
  const feature = checkInputCommand(definitionOf(context), request.featureIndex, request.type, request.command);
  if (isFailure(feature)) return [];
  return [{ feature, type: request.type, command: request.command, reply: { to: replyTo, id: request.id } }];
};

/** One task per stream, for streams the device opens or closes by itself (nobody waits for an answer). */
const streamTasks = (context: Context, streams: readonly InputStream[], command: 'Subscribe' | 'Unsubscribe') =>
  streams.flatMap(({ featureIndex, type }): SensorTask[] => {
    const feature = featureOf(context, featureIndex);
    return feature ? [{ feature, type, command }] : [];
  });

/** Answers every finished request that has somebody to answer. */
export const answer = (enqueue: Enqueue, outcomes: readonly Queue.Outcome<AnyActorRef | undefined>[]) => {
  for (const { replyTo, id, error } of outcomes)
    if (replyTo) enqueue.sendTo(replyTo, serverMessage(outcomeReply(id, error)));
};

/** Starts one child per task; `subscriptions` is the registry as it will be (tasks learn which streams stay open). */
const spawnInputTasks = (
  enqueue: Enqueue,
  context: Context,
  tasks: readonly SensorTask[],
  subscriptions = context.subscriptions,
): Tasks.InputTasks<AnyActorRef> => {
  const { tasks: inputTasks, started } = Tasks.addInputTasks(context.inputTasks, tasks);
  const { hardware, protocolDevice } = linkOf(context);
  for (const { token, task } of started) {
    const { feature, type, command } = task;
    const otherStreams = Streams.otherStreams(subscriptions, { featureIndex: feature.index, type });
    const { protocol, protocolState: state, timeouts } = context;
    enqueue.spawnChild('inputTask', {
      id: Tasks.inputTaskId(token),
      input: {
        token,
        hardware,
        protocol,
        device: protocolDevice,
        state,
        feature,
        type,
        command,
        otherStreams,
        timeoutMs: timeouts.exchangeMs,
      },
    });
  }
  return inputTasks;
};

/** Stops the motion child if it moves any of `features`; returns the motion that remains. */
export const cancelMotion = (enqueue: Enqueue, motion: Context['motion'], features: readonly number[]) => {
  if (!motion?.features.some((index) => features.includes(index))) return motion;
  enqueue.stopChild(motion.id);
  return undefined;
};

/**
 * Where a device's reports (`device.identified`, `device.ready`) go: straight to the device manager, found
 * by its system id (serverMachine.ts registers it), not relayed by the device's group. A relay cost each
 * device two more events and group transitions in a scan; a device hosted alone (a test) tells its parent.
 */
const deviceManagerOf = ({ system, self }: { system: AnyActorRef['system']; self: AnyActorRef }): AnyActorRef =>
  (system.get('deviceManager') as AnyActorRef | undefined) ?? self._parent!;

export const nothingInFlight: Device.InFlight = { seq: 0, batch: { outputs: [], tokens: [] }, writes: [], delayed: [] };

export const deviceSetup = setup({
  types: {
    input: {} as Device.DeviceInput,
    output: {} as Device.DeviceOutput,
    context: {} as Context,
    events: {} as Device.DeviceEvent,
  },
  actors: {
    connectHardware: fromPromise<Hardware, Device.ConnectInput>(provided('connectHardware')),
    identifyDevice: fromPromise<Identification, Device.IdentifyInput>(provided('identifyDevice')),
    initializeDevice: fromPromise<unknown, Device.InitializeInput>(provided('initializeDevice')),
    closeHardware: fromPromise<void, Device.CloseInput>(provided('closeHardware')),
    inputTask: fromCallback<EventObject, Device.InputTaskInput>(provided('inputTask')),
    motion: fromCallback<EventObject, Device.MotionInput>(provided('motion')),
    keepaliveTimer: keepaliveTimerMachine,
  },
  delays: {
    definitionTimeout: ({ context }) => context.timeouts.definitionMs,
    reconnectWindow: ({ context }) => context.timeouts.reconnectWindowMs,
    /** Exponential backoff between reconnect attempts. */
    reconnectBackoff: ({ context: { timeouts, reconnectAttempts } }) =>
      Math.min(timeouts.reconnectFirstDelayMs * 2 ** reconnectAttempts, timeouts.reconnectMaxDelayMs),
    messageGap: ({ context }) => gapOf(context),
  },
  guards: {
    hasPending: ({ context }) => Queue.hasPending(context.queue),
    /**
     * Something is queued, the request that ended its frame has come, and the device takes writes back to
     * back. A device with a gap still waits the microtask: the frames a client sent together arrive in one
     * turn, and all but the first would otherwise wait a whole gap behind it.
     */
    hasCompleteBatch: ({ context }) => Queue.hasCompleteBatch(context.queue) && gapOf(context) <= 0,
    hasNoGap: ({ context }) => gapOf(context) <= 0,
    /** The write in flight failed, held a stop, and stops failed as often as we try before hanging up. */
    stopKeepsFailing: ({ context }, { seq }: { seq: number }) =>
      context.inFlight?.seq === seq &&
      context.inFlight.batch.outputs.some(Queue.isStopOutput) &&
      context.queue.failedStops + 1 >= MAX_STOP_WRITE_ATTEMPTS,
    stopsOnConnect: ({ context }) => stopsOnConnect(context.protocol),
    hasKeepaliveWrite: ({ context: { protocol, protocolState, link, lastWrite } }) =>
      keepaliveWrites(protocol, protocolState, link?.protocolDevice, lastWrite).writes.length > 0,
    canReconnect: ({ context }) => context.discovered.canReconnect === true,
    isOtherDevice: ({ context }, identification: Identification) => Connection.isOtherDevice(context, identification),
    isOutputRequest: (_, { request }: Device.DeviceRequestEvent) => request.kind === 'output',
    isRefusedOutput: ({ context }, { request }: Device.DeviceRequestEvent) =>
      request.kind === 'output' && !Outputs.checkOutputRequest(encoderOf(context), request).ok,
    /** The hardware's answer to the write in flight (not to one from before a drop). */
    isCurrentWrite: ({ context }, { seq }: { seq: number }) => context.inFlight?.seq === seq,
    /** ...and the device asks for a gap after it. */
    isCurrentWriteBeforeGap: ({ context }, { seq }: { seq: number }) =>
      context.inFlight?.seq === seq && gapOf(context) > 0,
    isRefusedInput: ({ context }, event: Device.InputRequestEvent) => requestedTask(context, event).length === 0,
    /** Somebody already listens: a new subscriber just joins the stream. */
    joinsOpenStream: ({ context }, event: Device.InputRequestEvent) =>
      event.request.command === 'Subscribe' && Streams.listenersOf(context.subscriptions, streamOf(event)).length > 0,
    /** The last listener leaves: the stream closes on the hardware. */
    closesStream: ({ context }, event: Device.InputRequestEvent) =>
      event.request.command === 'Unsubscribe' &&
      Streams.isLastListener(context.subscriptions, streamOf(event), event.replyTo),
    isUnsubscribe: (_, { request }: Device.InputRequestEvent) => request.command === 'Unsubscribe',
    namesMissingFeature: ({ context }, { featureIndex }: Device.StopEvent) =>
      Outputs.missingFeature(linkOf(context).protocolDevice, featureIndex) !== undefined,
    stopsOutputs: (_, { outputs }: Device.StopEvent) => outputs,
    isRunningTask: ({ context }, { token }: { token: number }) => context.inputTasks.running.has(token),
    decodesNotifications: ({ context }) => context.protocol.decodeNotification !== undefined,
  },
  actions: {
    // ---- connecting
    assignHardware: assign((_, hardware: Hardware) => ({ hardware })),
    reportIdentified: sendTo(deviceManagerOf, ({ context }, key: DeviceKey) => {
      // Hardware that chose its own definition (an SDL pad's layout) says so to the device manager.
      const { selection } = context.discovered.info;
      return {
        type: 'device.identified',
        deviceId: context.deviceId,
        key,
        ...(selection ? { selection } : {}),
      } satisfies Device.DeviceToManagerEvent;
    }),
    /** The definition the device manager found for the key this device reported (its identifier included). */
    assignDefinition: assign(({ context }, { definition, key }: { definition: ResolvedDevice; key: DeviceKey }) =>
      Connection.describeLink(context, definition, key.identifier),
    ),
    /** A device that comes back keeps what it was: its definition and the identifier it had. */
    assignKnownDefinition: assign(({ context }) =>
      Connection.describeLink(context, definitionOf(context), linkOf(context).identifier),
    ),
    assignProtocolState: assign((_, protocolState: unknown) => ({ protocolState })),
    /** Once, the first time: the names its logs carry. */
    describeDevice: assign(({ context }) => {
      const { definition } = linkOf(context).protocolDevice;
      return { logger: context.logger.child({ deviceIndex: definition.index, device: definition.name }) };
    }),
    /** A declared output the protocol cannot stop is not advertised: said once, when the device connects. */
    warnLeftOut: ({ context }) => {
      const link = linkOf(context);
      for (const { featureIndex, type, reason } of link.leftOut ?? [])
        context.logger.warn(
          { featureIndex, outputType: type, reason },
          `${link.protocolDevice.definition.name}: feature ${featureIndex} declares a ${type} output the ${context.protocol.name} protocol cannot drive; it is not advertised`,
        );
    },
    reportReady: sendTo(deviceManagerOf, ({ context }) => {
      const definition = definitionOf(context);
      const { deviceId } = context;
      const info = deviceInfo(definition, gapOf(context));
      const address = context.discovered.info.address;
      return {
        type: 'device.ready',
        deviceId,
        index: definition.index,
        info,
        address,
      } satisfies Device.DeviceToManagerEvent;
    }),
    /** Every output stops (nobody waits for the answer): on connect, and before a new definition applies. */
    queueStop: raise({ type: 'device.stop', outputs: true, inputs: false }),
    /** Raised after the stop it follows, so the stop still sees the old outputs. */
    queueRedefinition: raise((_, definition: ResolvedDevice) => ({
      type: 'device.applyDefinition' as const,
      definition,
    })),
    /** A reloaded config: same device and index, new limits or names. */
    assignRedefinition: assign(({ context }, redefined: ResolvedDevice) => {
      const link = linkOf(context);
      const declared = { ...redefined, index: link.protocolDevice.definition.index };
      // The same outputs stay left out as when it connected: only what the protocol can stop is advertised.
      const leftOut = undrivableOutputs(context.protocol, context.protocolState, {
        ...link.protocolDevice,
        definition: declared,
      });
      const definition = withoutOutputs(declared, leftOut);
      const protocolDevice = { ...link.protocolDevice, definition };
      return { link: { ...link, protocolDevice } };
    }),

    // ---- requests
    /** Sensor requests take their own path through the chart (outputs are handled where they arrive). */
    sortInputRequest: raise((_, { request, replyTo }: Device.DeviceRequestEvent) => ({
      type: 'request.input' as const,
      // Output requests never get here: the branches before this one take them all.
      request: request as Device.InputRequestEvent['request'],
      replyTo,
    })),
    reply: enqueueActions(({ enqueue }, { to, message }: Reply) => enqueue.sendTo(to, serverMessage(message))),
    refuseOutput: enqueueActions(({ context, enqueue }, { request, replyTo }: Device.DeviceRequestEvent) => {
      if (request.kind !== 'output') return;
      const checked = Outputs.checkOutputRequest(encoderOf(context), request);
      if (!checked.ok) enqueue.sendTo(replyTo, serverMessage(errorReply(request.id, checked.failure)));
    }),
    refuseInput: enqueueActions(({ context, enqueue }, { request, replyTo }: Device.InputRequestEvent) => {
      const checked = checkInputCommand(definitionOf(context), request.featureIndex, request.type, request.command);
      if (isFailure(checked)) enqueue.sendTo(replyTo, serverMessage(errorReply(request.id, checked)));
    }),
    refuseStop: enqueueActions(({ context, enqueue }, { featureIndex, reply }: Device.StopEvent) => {
      const failure = Outputs.missingFeature(linkOf(context).protocolDevice, featureIndex);
      if (failure && reply) enqueue.sendTo(reply.replyTo, serverMessage(errorReply(reply.id, failure)));
    }),
    refuseWhileReconnecting: enqueueActions(({ context, enqueue }, { request, replyTo }: Device.DeviceRequestEvent) => {
      const reason = `device ${definitionOf(context).index} is reconnecting (${context.goneReason}); try again shortly`;
      enqueue.sendTo(replyTo, serverMessage(deviceError(request.id, reason)));
    }),
    refuseWhileClosing: enqueueActions(({ context, enqueue }, { request, replyTo }: Device.DeviceRequestEvent) => {
      const reason = `device ${definitionOf(context).index} is disconnecting (${context.goneReason})`;
      enqueue.sendTo(replyTo, serverMessage(deviceError(request.id, reason)));
    }),

    // ---- outputs
    queueOutputs: enqueueActions(({ context, enqueue }, { request, replyTo, endsFrame }: Device.DeviceRequestEvent) => {
      if (request.kind !== 'output') return;
      const checked = Outputs.checkOutputRequest(encoderOf(context), request);
      const { queue, outcomes } = Queue.enqueueOutputs(
        context.queue,
        checked.ok ? checked.outputs : [],
        replyTo,
        request.id,
      );
      enqueue.assign({ queue: endsFrame ? Queue.endFrame(queue) : queue });
      answer(enqueue, outcomes);
    }),
    /** A stop overrides whatever was waiting for its features, and any motion still playing. */
    stopOutputs: enqueueActions(({ context, enqueue }, { featureIndex, reply, endsFrame }: Device.StopEvent) => {
      const features = Outputs.stoppedFeatures(linkOf(context).protocolDevice, featureIndex);
      const indexes = features.map((feature) => feature.index);
      const dropped = Queue.dropPending(context.queue, (output) => indexes.includes(output.feature.index));
      const stops = Queue.enqueueOutputs(dropped.queue, Outputs.stopCommands(features), reply?.replyTo, reply?.id ?? 0);
      answer(enqueue, [...dropped.outcomes, ...stops.outcomes]);
      enqueue.assign({
        queue: endsFrame ? Queue.endFrame(stops.queue) : stops.queue,
        motion: cancelMotion(enqueue, context.motion, indexes),
      });
    }),
    acknowledgeStop: enqueueActions(({ enqueue }, { reply }: Device.StopEvent) => {
      if (reply) enqueue.sendTo(reply.replyTo, serverMessage(ok(reply.id)));
    }),
    prepareKeepaliveWrite: assign(({ context }) => {
      const { protocol, protocolState, link, lastWrite } = context;
      const { state, writes } = keepaliveWrites(protocol, protocolState, link?.protocolDevice, lastWrite);
      const seq = context.writeSeq + 1;
      return { protocolState: state, inFlight: { ...nothingInFlight, seq, writes }, writeSeq: seq };
    }),
    /** A device whose protocol needs keeping alive gets its timer while it is ready (none otherwise). */
    startKeepalive: enqueueActions(({ context, enqueue }) => {
      if (!keepsAlive(context)) return;
      const intervalMs = context.protocol.keepalive?.intervalMs ?? 5_000;
      enqueue.spawnChild('keepaliveTimer', { id: KEEPALIVE_TIMER, input: { intervalMs } });
    }),
    stopKeepalive: stopChild(KEEPALIVE_TIMER),
    /** The messages of one frame arrive one after another within a turn: one microtask lets them join the batch. */
    awaitEndOfFrame: ({ self }) => {
      queueMicrotask(() => {
        if (self.getSnapshot().status === 'active') self.send({ type: 'frame.ended' });
      });
    },
    /**
     * From now until `unwatchHardware`, the hardware's drop and notifications come to the device as
     * `hardware.disconnected` and `hardware.notification` (one watch per device at a time).
     */
    watchHardware: (_, hardware: Hardware) => provided(`watchHardware (${hardware.name})`)(),
    unwatchHardware: ({ self }) => provided(`unwatchHardware (${self.id})`)(),
    /** Writes `writes` to the hardware within `timeoutMs`, then sends `write.done` or `write.failed` with `seq`. */
    startWrite: (_, params: Device.StartWriteParams) => provided(`startWrite (write ${params.seq})`)(),

    // ---- sensors
    joinStream: assign(({ context }, event: Device.InputRequestEvent) => ({
      subscriptions: Streams.join(context.subscriptions, streamOf(event), event.replyTo),
    })),
    leaveStream: assign(({ context }, event: Device.InputRequestEvent) => ({
      subscriptions: Streams.leave(context.subscriptions, streamOf(event), event.replyTo),
    })),
    startInputTasks: enqueueActions(({ context, enqueue }, tasks: readonly SensorTask[]) => {
      enqueue.assign({ inputTasks: spawnInputTasks(enqueue, context, tasks) });
    }),
    /** Sessions stop listening; streams nobody listens to any more close on the hardware. */
    endStreams: enqueueActions(({ context, enqueue }, { inputs, session, featureIndex }: StreamsToEnd) => {
      if (!inputs) return;
      const ended = Streams.endListening(
        context.subscriptions,
        session,
        featureIndex === undefined ? undefined : [featureIndex],
      );
      const closing = streamTasks(context, ended.closed, 'Unsubscribe');
      enqueue.assign({
        subscriptions: ended.subscriptions,
        inputTasks: spawnInputTasks(enqueue, context, closing, ended.subscriptions),
      });
    }),
    /** While the hardware is away nothing can be closed on it: only the bookkeeping changes. */
    forgetStreams: assign(({ context }, { inputs, session, featureIndex }: StreamsToEnd) => {
      if (!inputs) return {};
      const features = featureIndex === undefined ? undefined : [featureIndex];
      return { subscriptions: Streams.endListening(context.subscriptions, session, features).subscriptions };
    }),
    /** Sensor streams sessions still listen to are asked for again on the new connection. */
    restoreStreams: enqueueActions(({ context, enqueue }) => {
      const tasks = streamTasks(context, Streams.openStreams(context.subscriptions), 'Subscribe');
      enqueue.assign({ inputTasks: spawnInputTasks(enqueue, context, tasks) });
    }),
    finishInputTask: enqueueActions(({ context, enqueue }, { token, value }: { token: number; value?: number }) => {
      const task = context.inputTasks.running.get(token);
      enqueue.assign({ inputTasks: Tasks.removeInputTask(context.inputTasks, token) });
      enqueue.stopChild(Tasks.inputTaskId(token));
      if (!task?.reply) return;
      const { feature, type, command, reply } = task;
      if (command === 'Subscribe') {
        const subscriptions = Streams.join(context.subscriptions, { featureIndex: feature.index, type }, reply.to);
        enqueue.assign({ subscriptions });
      }
      const index = definitionOf(context).index;
      const message =
        command === 'Read' ? inputReading(reply.id, index, feature.index, type, value ?? 0) : ok(reply.id);
      enqueue.sendTo(reply.to, serverMessage(message));
    }),
    failInputTask: enqueueActions(({ context, enqueue }, { token, error }: { token: number; error: string }) => {
      const task = context.inputTasks.running.get(token);
      enqueue.assign({ inputTasks: Tasks.removeInputTask(context.inputTasks, token) });
      enqueue.stopChild(Tasks.inputTaskId(token));
      if (!task?.reply) return;
      enqueue.sendTo(
        task.reply.to,
        serverMessage(deviceError(task.reply.id, `${task.type} ${task.command} failed: ${error}`)),
      );
    }),
    deliverReadings: enqueueActions(({ context, enqueue }, notification: Notification) => {
      const { protocolDevice } = linkOf(context);
      const readings = context.protocol.decodeNotification?.(context.protocolState, notification, protocolDevice);
      for (const { featureIndex, type, value } of readings ?? []) {
        const reading = serverMessage(inputReading(0, protocolDevice.definition.index, featureIndex, type, value));
        for (const session of Streams.listenersOf(context.subscriptions, { featureIndex, type }))
          enqueue.sendTo(session, reading);
      }
    }),

    // ---- drops and endings
    noteGoneReason: assign((_, goneReason: string) => ({ goneReason })),
    /** Every request still waiting fails: the device is away or gone. */
    failEverything: enqueueActions(({ context, enqueue }) => {
      const name = context.link?.protocolDevice.definition.index ?? context.discovered.info.name;
      const reason = `device ${name} disconnected: ${context.goneReason}`;
      answer(enqueue, Queue.failAll(context.queue, reason));
      for (const { reply } of context.inputTasks.running.values())
        if (reply) enqueue.sendTo(reply.to, serverMessage(deviceError(reply.id, reason)));
      enqueue.assign({ queue: Queue.emptyQueue(), inputTasks: Tasks.noInputTasks() });
    }),
    /** The hardware dropped: nothing in flight can finish, and nothing written before counts any more. */
    forgetHardwareState: enqueueActions(({ context, enqueue }) => {
      for (const token of context.inputTasks.running.keys()) enqueue.stopChild(Tasks.inputTaskId(token));
      if (context.motion) enqueue.stopChild(context.motion.id);
      // A repeat-last-write keepalive must not replay a level from before the drop.
      enqueue.assign({ motion: undefined, inFlight: undefined, lastWrite: undefined, reconnectAttempts: 0 });
    }),
    noteReconnectFailure: assign(({ context }) => ({ reconnectAttempts: context.reconnectAttempts + 1 })),
    /** Hangs up the hardware opened last, without waiting or caring whether it is still there. */
    closeSilently: ({ context }) => provided(`closeSilently (device ${context.deviceId})`)(),

    // ---- logs
    logIdentified: ({ context }, key: DeviceKey) =>
      context.logger.debug({ identifier: key.identifier, protocol: key.protocol }, 'device identified'),
    logReady: ({ context }) => context.logger.info({ gapMs: gapOf(context) }, 'device ready'),
    logSetupFailure: ({ context }, { reason }: { reason: string }) =>
      context.logger.warn({ error: reason, address: context.discovered.info.address }, 'device could not be set up'),
    logWriteFailure: ({ context }, { error }: { error: string }) =>
      context.logger.warn({ error }, 'hardware write failed'),
    logInputFailure: ({ context }, { token, error }: { token: number; error: string }) => {
      const task = context.inputTasks.running.get(token);
      context.logger.warn({ input: task?.type, command: task?.command, error }, 'sensor command failed');
    },
    logReconnecting: ({ context: { logger, goneReason, timeouts } }) =>
      logger.info({ reason: goneReason, windowMs: timeouts.reconnectWindowMs }, 'device dropped: reconnecting'),
    logReconnectFailure: ({ context }, { reason }: { reason: string }) =>
      context.logger.debug({ attempt: context.reconnectAttempts + 1, error: reason }, 'reconnect attempt failed'),
    logReconnected: ({ context }) =>
      context.logger.info({ attempts: context.reconnectAttempts + 1 }, 'device reconnected'),
    logGaveUp: ({ context: { logger, reconnectAttempts, timeouts } }) =>
      logger.info({ attempts: reconnectAttempts, windowMs: timeouts.reconnectWindowMs }, 'device did not come back'),
  },
});
