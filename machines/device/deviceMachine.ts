/**
 * One device, from discovery to disconnect:
 *
 *   connecting -> online { identifying -> awaitingDefinition -> initializing -> ready } -> closing -> disconnected
 *                                                                                 \-> failed
 *   online.ready --(hardware that can reconnect drops)--> reconnecting { waiting <-> connecting -> identifying -> initializing }
 *   reconnecting -> online.ready (same index, outputs stopped) | disconnected (window over)
 *
 * In `ready`, parallel regions run the output command lifecycle (idle -> settling -> writing -> gap -> gapOver,
 * honouring the message gap with latest-wins coalescing) and the keepalive timer. Sensor reads and
 * subscriptions run as child tasks. Hardware I/O is done by actors the live system provides
 * (see actors/engine/deviceActors.ts); this file only says when.
 */
import {
  assign,
  enqueueActions,
  fromCallback,
  fromPromise,
  raise,
  sendParent,
  setup,
  type AnyActorRef,
  type AnyEventObject,
  type EventObject,
} from 'xstate';
import type { Hardware } from '../../hardware/hardware.js';
import { deviceInfo } from '../../protocols/config/deviceInfo.js';
import { ErrorCode } from '../../protocols/buttplug/errorCodes.js';
import type { InputType } from '../../protocols/buttplug/featureTypes.js';
import type { ServerMessageV4 } from '../../protocols/buttplug/messages.js';
import { checkInputCommand, checkOutputCommand, stopOutputs } from '../../protocols/config/commandChecks.js';
import { isFailure } from '../../protocols/buttplug/errorCodes.js';
import type { DeviceKey } from '../../protocols/config/deviceDefinitions.js';
import type { Endpoint } from '../../protocols/config/endpoints.js';
import type { ResolvedFeature } from '../../protocols/config/resolvedDevice.js';
import {
  identifiedModel,
  identifiedProtocol,
  type FeatureOutput,
  type Identification,
  type ProtocolDevice,
} from '../../protocols/devices/deviceProtocol.js';
import type { WriteRequest } from '../../protocols/devices/hardwareRequests.js';
import {
  completeBatch,
  dropPending,
  emptyQueue,
  enqueueOutputs,
  failAll,
  hasPending,
  outputKey,
  takeBatch,
  type Outcome,
} from './outputQueue.js';
import { endSubscriptions, ready, startInputTasks, subscriptionKey } from './sensorTasks.js';
import { messageOf } from '../../protocols/core/errorText.js';
import type {
  CloseInput,
  ConnectInput,
  DeviceContext,
  DeviceEvent,
  DeviceInput,
  DeviceOutput,
  DeviceToManagerEvent,
  IdentifyInput,
  InitializeInput,
  InputTask,
  InputTaskInput,
  MotionInput,
  WriteBatchInput,
} from './deviceTypes.js';

const provided = (name: string) => () => {
  throw new Error(`${name} is provided by the live system (actors/engine/deviceActors.ts)`);
};

const toMessage = (outcome: Outcome<unknown>): ServerMessageV4 =>
  outcome.error === undefined
    ? { type: 'Ok', Id: outcome.id }
    : { type: 'Error', Id: outcome.id, ErrorCode: ErrorCode.Device, ErrorMessage: outcome.error };

interface Enqueue {
  sendTo(ref: AnyActorRef, event: AnyEventObject): void;
}

/** Answers every finished request that has somebody to answer. */
const answer = (enqueue: Enqueue, outcomes: readonly Outcome<AnyActorRef | undefined>[]) => {
  for (const outcome of outcomes) {
    if (outcome.replyTo) enqueue.sendTo(outcome.replyTo, { type: 'server.message', message: toMessage(outcome) });
  }
};

const reply = (enqueue: Enqueue, replyTo: AnyActorRef, message: ServerMessageV4) =>
  enqueue.sendTo(replyTo, { type: 'server.message', message });

const errorOf = (event: unknown): { error?: string } => {
  const error = (event as { error?: unknown }).error;
  return error === undefined ? {} : { error: messageOf(error) };
};

/** What the keepalive would send now, and the protocol state after it. */
const keepaliveWrites = (context: DeviceContext): { state: unknown; writes: readonly WriteRequest[] } => {
  const keepalive = context.protocol.keepalive;
  const state = context.protocolState;
  switch (keepalive?.kind) {
    case 'whenHardwareRequires':
      return { state, writes: [keepalive.write] };
    case 'repeatLastWrite':
      return { state, writes: context.lastWrite ? [context.lastWrite] : [] };
    case 'protocolKeepalive':
      return context.protocol.keepaliveWrites && context.protocolDevice
        ? context.protocol.keepaliveWrites(state, context.protocolDevice)
        : { state, writes: [] };
    default:
      return { state, writes: [] };
  }
};

const stopsOnConnect = (context: DeviceContext): boolean =>
  context.protocol.stopOnConnect ?? context.protocol.keepalive?.kind === 'repeatLastWrite';

const connectInput = ({ context }: { context: DeviceContext }): ConnectInput => ({
  discovered: context.discovered,
  specifier: context.specifier,
  timeoutMs: context.timeouts.connectMs,
});

const identifyInput = ({ context }: { context: DeviceContext }): IdentifyInput => {
  const info = context.discovered.info;
  return {
    hardware: context.hardware!,
    protocol: context.protocol,
    timeoutMs: context.timeouts.exchangeMs,
    ...(info.transport === 'btle' && info.manufacturerData ? { manufacturerData: info.manufacturerData } : {}),
  };
};

const initializeInput = ({ context }: { context: DeviceContext }): InitializeInput => ({
  ...identifyInput({ context }),
  device: context.protocolDevice!,
  state: context.protocolState,
});

export const deviceMachine = setup({
  types: {
    input: {} as DeviceInput,
    output: {} as DeviceOutput,
    context: {} as DeviceContext,
    events: {} as DeviceEvent,
  },
  actors: {
    connectHardware: fromPromise<Hardware, ConnectInput>(provided('connectHardware')),
    identifyDevice: fromPromise<Identification, IdentifyInput>(provided('identifyDevice')),
    initializeDevice: fromPromise<unknown, InitializeInput>(provided('initializeDevice')),
    writeBatch: fromPromise<void, WriteBatchInput>(provided('writeBatch')),
    /** Resolves once everything already on its way has been delivered (the rest of the frame). */
    endOfFrame: fromPromise<void>(() => Promise.resolve()),
    closeHardware: fromPromise<void, CloseInput>(provided('closeHardware')),
    hardwareEvents: fromCallback<EventObject, { hardware: Hardware }>(provided('hardwareEvents')),
    inputTask: fromCallback<EventObject, InputTaskInput>(provided('inputTask')),
    motion: fromCallback<EventObject, MotionInput>(provided('motion')),
  },
  delays: {
    definitionTimeout: ({ context }) => context.timeouts.definitionMs,
    reconnectWindow: ({ context }) => context.timeouts.reconnectWindowMs,
    /** Exponential backoff between reconnect attempts. */
    reconnectBackoff: ({ context }) =>
      Math.min(
        context.timeouts.reconnectFirstDelayMs * 2 ** context.reconnectAttempts,
        context.timeouts.reconnectMaxDelayMs,
      ),
    messageGap: ({ context }) => context.gapMs,
    keepaliveInterval: ({ context }) => context.protocol.keepalive?.intervalMs ?? 5_000,
  },
  guards: {
    hasPending: ({ context }) => hasPending(context.queue),
    hasNoGap: ({ context }) => context.gapMs <= 0,
    needsKeepalive: ({ context }) => {
      const keepalive = context.protocol.keepalive;
      if (keepalive === undefined) return false;
      return keepalive.kind !== 'whenHardwareRequires' || !!context.hardware?.requiresKeepalive;
    },
    hasKeepaliveWrite: ({ context }) => keepaliveWrites(context).writes.length > 0,
    isOutputRequest: ({ event }) => event.type === 'device.request' && event.request.kind === 'output',
    canReconnect: ({ context }) => context.discovered.canReconnect === true,
    /** After a reconnect, a device that says what it is must say what it said before (not another toy at that address). */
    isSameDevice: ({ context, event }) => {
      const identifier = identifiedModel((event as unknown as { output: Identification }).output);
      return identifier === undefined || identifier === context.identifier;
    },
  },
  actions: {
    assignHardware: assign({ hardware: (_, hardware: Hardware) => hardware }),
    reportIdentified: enqueueActions(({ context, enqueue }, identification: Identification) => {
      const identifier = identifiedModel(identification);
      const key: DeviceKey = {
        protocol: identifiedProtocol(identification) ?? context.protocol.name,
        ...(identifier !== undefined ? { identifier } : {}),
        address: context.discovered.info.address,
      };
      context.logger.debug({ identifier, protocol: key.protocol }, 'device identified');
      enqueue.assign({ identifier });
      enqueue(
        sendParent({ type: 'device.identified', deviceId: context.deviceId, key } satisfies DeviceToManagerEvent),
      );
    }),
    assignDefinition: assign(({ context, event }) => {
      if (event.type !== 'device.definition') return {};
      const definition = event.definition;
      const hardware = context.hardware!;
      const info = context.discovered.info;
      const protocolDevice: ProtocolDevice = {
        definition,
        ...(context.identifier !== undefined ? { identifier: context.identifier } : {}),
        hardwareName: hardware.name,
        endpoints: hardware.endpoints,
        ...(info.transport === 'btle' && info.manufacturerData ? { manufacturerData: info.manufacturerData } : {}),
      };
      const gapMs = definition.messageGapMs ?? hardware.messageGapMs;
      return {
        definition,
        protocolDevice,
        protocolState: context.protocol.createState(protocolDevice),
        gapMs,
        info: deviceInfo(definition, gapMs),
        logger: context.logger.child({ deviceIndex: definition.index, device: definition.name }),
      };
    }),
    /** A reloaded config: same device and index, new limits or names (outputs were stopped first). */
    assignRedefinition: assign(({ context, event }) => {
      if (event.type !== 'device.applyDefinition' || !context.protocolDevice || !context.hardware) return {};
      const definition = { ...event.definition, index: context.definition?.index ?? event.definition.index };
      const gapMs = definition.messageGapMs ?? context.hardware.messageGapMs;
      return {
        definition,
        protocolDevice: { ...context.protocolDevice, definition },
        gapMs,
        info: deviceInfo(definition, gapMs),
      };
    }),
    /** Stop every output under the old definition (a now-disabled output must not keep running), then switch. */
    stopForRedefinition: enqueueActions(({ event, enqueue }) => {
      if (event.type !== 'device.redefine') return;
      enqueue.raise({ type: 'device.stop', outputs: true, inputs: false });
      enqueue.raise({ type: 'device.applyDefinition', definition: event.definition });
    }),
    /** The state a protocol's init exchange produced (the done event of `initializeDevice`). */
    assignProtocolState: assign({ protocolState: ({ event }) => (event as unknown as { output: unknown }).output }),
    reportReady: sendParent(
      ({ context }) =>
        ({
          type: 'device.ready',
          deviceId: context.deviceId,
          index: context.definition!.index,
          info: context.info!,
          address: context.discovered.info.address,
        }) satisfies DeviceToManagerEvent,
    ),
    logReady: ({ context }) => context.logger.info({ gapMs: context.gapMs }, 'device ready'),
    /** Devices that resend their last packet start from a known all-off packet. */
    stopOnConnect: enqueueActions(({ context, enqueue }) => {
      if (stopsOnConnect(context)) enqueue.raise({ type: 'device.stop', outputs: true, inputs: false });
    }),
    acceptOutputRequest: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'device.request' || event.request.kind !== 'output') return;
      const { request, replyTo } = event;
      const { definition, protocolDevice } = ready(context);
      const outputs: FeatureOutput[] = [];
      for (const { featureIndex, command } of request.commands) {
        const checked = checkOutputCommand(definition, featureIndex, command);
        if (isFailure(checked)) {
          return reply(enqueue, replyTo, {
            type: 'Error',
            Id: request.id,
            ErrorCode: checked.code,
            ErrorMessage: checked.message,
          });
        }
        outputs.push(checked);
      }
      // A dry run of the encoder catches commands the protocol cannot express, while the client still waits.
      const trial = context.protocol.encodeOutputs(context.protocolState, outputs, protocolDevice);
      if (!trial.ok) {
        return reply(enqueue, replyTo, {
          type: 'Error',
          Id: request.id,
          ErrorCode: ErrorCode.Device,
          ErrorMessage: trial.reason,
        });
      }
      const { queue, outcomes } = enqueueOutputs(context.queue, outputs, replyTo, request.id);
      enqueue.assign({ queue });
      answer(enqueue, outcomes);
      if (hasPending(queue)) enqueue.raise({ type: 'outputs.queued' });
    }),
    acceptInputRequest: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'device.request' || event.request.kind !== 'input') return;
      const { request, replyTo } = event;
      const { definition } = ready(context);
      const feature = checkInputCommand(definition, request.featureIndex, request.type, request.command);
      if (isFailure(feature)) {
        return reply(enqueue, replyTo, {
          type: 'Error',
          Id: request.id,
          ErrorCode: feature.code,
          ErrorMessage: feature.message,
        });
      }
      const key = subscriptionKey(request.featureIndex, request.type);
      const subscribers = context.subscriptions.get(key) ?? new Set<AnyActorRef>();
      if (request.command === 'Subscribe' && subscribers.size > 0) {
        // Already streaming: this session just joins the stream.
        enqueue.assign({ subscriptions: new Map(context.subscriptions).set(key, new Set(subscribers).add(replyTo)) });
        return reply(enqueue, replyTo, { type: 'Ok', Id: request.id });
      }
      let subscriptions = context.subscriptions;
      if (request.command === 'Unsubscribe') {
        const rest = new Set(subscribers);
        rest.delete(replyTo);
        subscriptions = new Map(context.subscriptions).set(key, rest);
        enqueue.assign({ subscriptions });
        // Others still listen, or nothing was streaming: no hardware change needed.
        if (rest.size > 0 || subscribers.size === 0) return reply(enqueue, replyTo, { type: 'Ok', Id: request.id });
      }
      const task: InputTask = {
        replyTo,
        id: request.id,
        featureIndex: request.featureIndex,
        type: request.type,
        command: request.command,
        session: replyTo,
      };
      enqueue.assign(startInputTasks(enqueue, context, [{ feature, task }], subscriptions));
    }),
    finishInputTask: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'input.done' && event.type !== 'input.failed') return;
      const task = context.inputTasks.get(event.token);
      if (!task) return;
      const tasks = new Map(context.inputTasks);
      tasks.delete(event.token);
      enqueue.assign({ inputTasks: tasks });
      enqueue.stopChild(`input-${event.token}`);
      const key = subscriptionKey(task.featureIndex, task.type);
      if (event.type === 'input.failed') {
        context.logger.warn({ input: task.type, command: task.command, error: event.error }, 'sensor command failed');
        if (task.replyTo) {
          reply(enqueue, task.replyTo, {
            type: 'Error',
            Id: task.id,
            ErrorCode: ErrorCode.Device,
            ErrorMessage: `${task.type} ${task.command} failed: ${event.error}`,
          });
        }
        return;
      }
      if (task.command === 'Subscribe' && task.session) {
        enqueue.assign({
          subscriptions: new Map(context.subscriptions).set(
            key,
            new Set(context.subscriptions.get(key)).add(task.session),
          ),
        });
      }
      if (!task.replyTo) return;
      reply(
        enqueue,
        task.replyTo,
        task.command === 'Read'
          ? {
              type: 'InputReading',
              Id: task.id,
              DeviceIndex: ready(context).definition.index,
              FeatureIndex: task.featureIndex,
              Reading: { [task.type]: { Value: event.value ?? 0 } } as never,
            }
          : { type: 'Ok', Id: task.id },
      );
    }),
    applyStop: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'device.stop') return;
      const { definition } = ready(context);
      const features = definition.features.filter(
        (f) => event.featureIndex === undefined || f.index === event.featureIndex,
      );
      if (event.featureIndex !== undefined && features.length === 0) {
        if (event.reply) {
          reply(enqueue, event.reply.replyTo, {
            type: 'Error',
            Id: event.reply.id,
            ErrorCode: ErrorCode.Device,
            ErrorMessage: `device ${definition.index} has no feature ${event.featureIndex}`,
          });
        }
        return;
      }
      let queue = context.queue;
      if (event.outputs) {
        const stopped = new Set(features.map((f) => f.index));
        // A stop overrides whatever was waiting for these features, and any motion still playing.
        const dropped = dropPending(queue, (key) => stopped.has(Number(key.split('/')[0])));
        answer(enqueue, dropped.outcomes);
        if (context.motion && [...context.motion.features].some((index) => stopped.has(index))) {
          enqueue.stopChild(context.motion.id);
          enqueue.assign({ motion: undefined });
        }
        const result = enqueueOutputs(
          dropped.queue,
          features.flatMap(stopOutputs),
          event.reply?.replyTo,
          event.reply?.id ?? 0,
        );
        queue = result.queue;
        answer(enqueue, result.outcomes);
      } else if (event.reply) {
        reply(enqueue, event.reply.replyTo, { type: 'Ok', Id: event.reply.id });
      }
      enqueue.assign({ queue });
      if (hasPending(queue)) enqueue.raise({ type: 'outputs.queued' });
      if (event.inputs) {
        const ended = endSubscriptions(
          context,
          event.session,
          features.map((f) => f.index),
        );
        enqueue.assign({
          subscriptions: ended.subscriptions,
          ...startInputTasks(enqueue, context, ended.tasks, ended.subscriptions),
        });
      }
    }),
    dropSessionSubscriptions: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'session.ended') return;
      const ended = endSubscriptions(context, event.session);
      enqueue.assign({
        subscriptions: ended.subscriptions,
        ...startInputTasks(enqueue, context, ended.tasks, ended.subscriptions),
      });
    }),
    deliverReadings: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'hardware.notification' || !context.protocol.decodeNotification) return;
      const { definition, protocolDevice } = ready(context);
      const readings = context.protocol.decodeNotification(
        context.protocolState,
        { endpoint: event.endpoint as Endpoint, data: event.data },
        protocolDevice,
      );
      for (const reading of readings) {
        for (const session of context.subscriptions.get(subscriptionKey(reading.featureIndex, reading.type)) ?? []) {
          reply(enqueue, session, {
            type: 'InputReading',
            Id: 0,
            DeviceIndex: definition.index,
            FeatureIndex: reading.featureIndex,
            Reading: { [reading.type]: { Value: reading.value } } as never,
          });
        }
      }
    }),
    prepareBatch: enqueueActions(({ context, enqueue }) => {
      const { protocolDevice } = ready(context);
      const { queue, batch } = takeBatch(context.queue);
      const result = context.protocol.encodeOutputs(context.protocolState, batch.outputs, protocolDevice);
      if (!result.ok) {
        // Validated on arrival, so this is a protocol bug; answer rather than hang.
        context.logger.error({ reason: result.reason }, 'encoder refused a validated batch');
        const failed = completeBatch(queue, batch, result.reason);
        enqueue.assign({
          queue: failed.queue,
          inFlight: { batch: { outputs: [], tokens: [] }, writes: [], delayed: [] },
        });
        answer(enqueue, failed.outcomes);
        return;
      }
      const touched = new Set(batch.outputs.map((o) => o.feature.index));
      if (context.motion && [...context.motion.features].some((index) => touched.has(index))) {
        enqueue.stopChild(context.motion.id);
        enqueue.assign({ motion: undefined });
      }
      enqueue.assign({
        queue,
        protocolState: result.state,
        inFlight: {
          batch,
          writes: result.writes.filter((w) => !w.delayMs),
          delayed: result.writes.filter((w) => !!w.delayMs),
        },
      });
    }),
    prepareKeepaliveWrite: assign(({ context }) => {
      const { state, writes } = keepaliveWrites(context);
      return { protocolState: state, inFlight: { batch: { outputs: [], tokens: [] }, writes, delayed: [] } };
    }),
    finishBatch: enqueueActions(({ context, enqueue }) => {
      const inFlight = context.inFlight!;
      const { queue, outcomes } = completeBatch(context.queue, inFlight.batch);
      const lastWrite = inFlight.writes.at(-1) ?? context.lastWrite;
      enqueue.assign({ queue, inFlight: undefined, ...(lastWrite ? { lastWrite } : {}) });
      answer(enqueue, outcomes);
      if (inFlight.delayed.length > 0) {
        if (context.motion) enqueue.stopChild(context.motion.id);
        const id = `motion-${context.nextMotion}`;
        enqueue.spawnChild('motion', {
          id,
          input: {
            hardware: ready(context).hardware,
            writes: inFlight.delayed,
            timeoutMs: context.timeouts.writeMs,
            logger: context.logger,
          },
        });
        enqueue.assign({
          nextMotion: context.nextMotion + 1,
          motion: { id, features: new Set(inFlight.batch.outputs.map((o) => o.feature.index)) },
        });
      }
      enqueue.raise({ type: 'output.written' });
    }),
    failBatch: enqueueActions(({ context, event, enqueue }) => {
      const inFlight = context.inFlight!;
      const error = (event as { error?: unknown }).error;
      const message = `write to device ${context.definition?.index} failed: ${messageOf(error)}`;
      context.logger.warn({ error: message }, 'hardware write failed');
      const { queue, outcomes } = completeBatch(context.queue, inFlight.batch, message);
      enqueue.assign({ queue, inFlight: undefined });
      answer(enqueue, outcomes);
    }),
    raiseKeepaliveDue: raise({ type: 'keepalive.due' }),
    noteOtherDevice: assign({ goneReason: 'a different device answered at its address' }),
    noteGoneReason: assign({
      goneReason: ({ event }) =>
        event.type === 'hardware.disconnected'
          ? event.reason
          : event.type === 'disconnect'
            ? 'disconnected by the engine'
            : 'device failed',
    }),
    failEverything: enqueueActions(({ context, enqueue }) => {
      const reason = `device ${context.definition?.index ?? context.discovered.info.name} disconnected: ${context.goneReason}`;
      answer(enqueue, failAll(context.queue, reason));
      for (const task of context.inputTasks.values()) {
        if (task.replyTo)
          reply(enqueue, task.replyTo, {
            type: 'Error',
            Id: task.id,
            ErrorCode: ErrorCode.Device,
            ErrorMessage: reason,
          });
      }
      enqueue.assign({ queue: emptyQueue(), inputTasks: new Map() });
    }),
    /** The hardware dropped: nothing in flight can finish, and nothing written before counts any more. */
    forgetHardwareState: enqueueActions(({ context, enqueue }) => {
      for (const token of context.inputTasks.keys()) enqueue.stopChild(`input-${token}`);
      if (context.motion) enqueue.stopChild(context.motion.id);
      // A repeat-last-write keepalive must not replay a level from before the drop.
      enqueue.assign({ motion: undefined, inFlight: undefined, lastWrite: undefined, reconnectAttempts: 0 });
    }),
    refuseWhileReconnecting: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'device.request') return;
      reply(enqueue, event.replyTo, {
        type: 'Error',
        Id: event.request.id,
        ErrorCode: ErrorCode.Device,
        ErrorMessage: `device ${context.definition?.index} is reconnecting (${context.goneReason}); try again shortly`,
      });
    }),
    /** Outputs of a device that is away are off already, and stay off when it comes back. */
    acknowledgeStopWhileReconnecting: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'device.stop') return;
      if (event.inputs) {
        const features = event.featureIndex === undefined ? undefined : [event.featureIndex];
        enqueue.assign({ subscriptions: endSubscriptions(context, event.session, features).subscriptions });
      }
      if (event.reply) reply(enqueue, event.reply.replyTo, { type: 'Ok', Id: event.reply.id });
    }),
    forgetSessionSubscriptions: assign({
      subscriptions: ({ context, event }) =>
        event.type === 'session.ended' ? endSubscriptions(context, event.session).subscriptions : context.subscriptions,
    }),
    noteReconnectFailure: assign({
      reconnectAttempts: ({ context, event }) => {
        context.logger.debug({ attempt: context.reconnectAttempts + 1, ...errorOf(event) }, 'reconnect attempt failed');
        return context.reconnectAttempts + 1;
      },
    }),
    /** A new connection starts from the protocol's initial state (the device forgot everything too). */
    freshProtocolState: assign(({ context }) => {
      const hardware = context.hardware!;
      const protocolDevice: ProtocolDevice = {
        ...context.protocolDevice!,
        hardwareName: hardware.name,
        endpoints: hardware.endpoints,
      };
      return { protocolDevice, protocolState: context.protocol.createState(protocolDevice) };
    }),
    /** Sensor streams sessions still listen to are asked for again on the new connection. */
    restoreSubscriptions: enqueueActions(({ context, enqueue }) => {
      const { definition } = ready(context);
      const tasks: { feature: ResolvedFeature; task: InputTask }[] = [];
      for (const [key, sessions] of context.subscriptions) {
        if (sessions.size === 0) continue;
        const [featureText, type] = key.split('/') as [string, InputType];
        const feature = definition.features.find((f) => f.index === Number(featureText));
        if (feature) tasks.push({ feature, task: { id: 0, featureIndex: feature.index, type, command: 'Subscribe' } });
      }
      if (tasks.length > 0) enqueue.assign(startInputTasks(enqueue, context, tasks));
    }),
    logReconnecting: ({ context }) =>
      context.logger.info(
        { reason: context.goneReason, windowMs: context.timeouts.reconnectWindowMs },
        'device dropped: reconnecting',
      ),
    logReconnected: ({ context }) =>
      context.logger.info({ attempts: context.reconnectAttempts + 1 }, 'device reconnected'),
    logGaveUp: ({ context }) =>
      context.logger.info(
        { attempts: context.reconnectAttempts, windowMs: context.timeouts.reconnectWindowMs },
        'device did not come back',
      ),
    closeSilently: ({ context }) => {
      context.hardware?.disconnect().catch(() => {});
    },
    logFailure: ({ context, event }) => {
      const { error, reason } = event as { error?: unknown; reason?: string };
      context.logger.warn(
        {
          error: error instanceof Error ? error.message : String(error ?? reason),
          address: context.discovered.info.address,
        },
        'device could not be set up',
      );
    },
  },
}).createMachine({
  id: 'device',
  context: ({ input }) => ({
    ...input,
    protocolState: undefined,
    gapMs: 0,
    queue: emptyQueue<AnyActorRef>(),
    subscriptions: new Map(),
    inputTasks: new Map(),
    nextTaskToken: 1,
    nextMotion: 1,
    goneReason: 'device failed',
    reconnectAttempts: 0,
  }),
  initial: 'connecting',
  states: {
    connecting: {
      invoke: {
        src: 'connectHardware',
        input: connectInput,
        onDone: { target: 'online', actions: { type: 'assignHardware', params: ({ event }) => event.output } },
        onError: { target: 'failed', actions: 'logFailure' },
      },
      on: { disconnect: { target: 'failed', actions: 'noteGoneReason' } },
    },
    online: {
      invoke: {
        src: 'hardwareEvents',
        input: ({ context }) => ({ hardware: context.hardware! }),
      },
      on: {
        'hardware.disconnected': { target: 'disconnected', actions: 'noteGoneReason' },
      },
      initial: 'identifying',
      states: {
        identifying: {
          invoke: {
            src: 'identifyDevice',
            input: identifyInput,
            onDone: {
              target: 'awaitingDefinition',
              actions: { type: 'reportIdentified', params: ({ event }) => event.output },
            },
            onError: { target: '#device.failed', actions: 'logFailure' },
          },
        },
        awaitingDefinition: {
          after: { definitionTimeout: { target: '#device.failed', actions: 'logFailure' } },
          on: {
            'device.definition': { target: 'initializing', actions: 'assignDefinition' },
            'device.rejected': { target: '#device.failed', actions: 'logFailure' },
          },
        },
        initializing: {
          invoke: {
            src: 'initializeDevice',
            input: initializeInput,
            onDone: {
              target: 'ready',
              actions: 'assignProtocolState',
            },
            onError: { target: '#device.failed', actions: 'logFailure' },
          },
        },
        ready: {
          type: 'parallel',
          entry: ['logReady', 'reportReady', 'stopOnConnect'],
          on: {
            'hardware.disconnected': {
              guard: 'canReconnect',
              target: '#device.reconnecting',
              actions: 'noteGoneReason',
            },
            'device.request': [
              { guard: 'isOutputRequest', actions: 'acceptOutputRequest' },
              { actions: 'acceptInputRequest' },
            ],
            'device.stop': { actions: 'applyStop' },
            'device.redefine': { actions: 'stopForRedefinition' },
            'device.applyDefinition': { actions: ['assignRedefinition', 'reportReady'] },
            'session.ended': { actions: 'dropSessionSubscriptions' },
            'hardware.notification': { actions: 'deliverReadings' },
            'input.done': { actions: 'finishInputTask' },
            'input.failed': { actions: 'finishInputTask' },
            disconnect: { target: '#device.closing', actions: 'noteGoneReason' },
          },
          states: {
            output: {
              initial: 'idle',
              states: {
                idle: {
                  on: {
                    'outputs.queued': 'settling',
                    'keepalive.due': {
                      guard: 'hasKeepaliveWrite',
                      target: 'writing',
                      actions: 'prepareKeepaliveWrite',
                    },
                  },
                },
                // One microtask for the rest of the frame to arrive: the messages of one frame share a batch.
                settling: {
                  invoke: { src: 'endOfFrame', onDone: { target: 'writing', actions: 'prepareBatch' } },
                },
                writing: {
                  invoke: {
                    src: 'writeBatch',
                    input: ({ context }) => ({
                      hardware: context.hardware!,
                      writes: context.inFlight?.writes ?? [],
                      timeoutMs: context.timeouts.writeMs,
                    }),
                    onDone: { target: 'gap', actions: 'finishBatch' },
                    onError: { target: 'gap', actions: 'failBatch' },
                  },
                },
                gap: {
                  // Without a gap there is nothing to wait for (a 0 ms timer would still cost a tick).
                  always: { guard: 'hasNoGap', target: 'gapOver' },
                  after: { messageGap: 'gapOver' },
                },
                // What waited during the gap goes out now.
                gapOver: {
                  always: [{ guard: 'hasPending', target: 'writing', actions: 'prepareBatch' }, { target: 'idle' }],
                },
              },
            },
            keepalive: {
              initial: 'deciding',
              states: {
                deciding: {
                  always: [{ guard: 'needsKeepalive', target: 'armed' }, { target: 'off' }],
                },
                off: {},
                armed: {
                  after: {
                    keepaliveInterval: {
                      target: 'armed',
                      reenter: true,
                      actions: 'raiseKeepaliveDue',
                    },
                  },
                  on: { 'output.written': { target: 'armed', reenter: true } },
                },
              },
            },
          },
        },
      },
    },
    // The device stays listed with its index while its hardware tries to come back.
    reconnecting: {
      entry: ['forgetHardwareState', 'failEverything', 'logReconnecting'],
      after: { reconnectWindow: { target: 'disconnected', actions: ['logGaveUp', 'closeSilently'] } },
      on: {
        'device.request': { actions: 'refuseWhileReconnecting' },
        'device.stop': { actions: 'acknowledgeStopWhileReconnecting' },
        'session.ended': { actions: 'forgetSessionSubscriptions' },
        disconnect: { target: 'disconnected', actions: ['noteGoneReason', 'closeSilently'] },
      },
      initial: 'waiting',
      states: {
        waiting: {
          after: { reconnectBackoff: 'connecting' },
        },
        connecting: {
          invoke: {
            src: 'connectHardware',
            input: connectInput,
            onDone: {
              target: 'identifying',
              actions: [{ type: 'assignHardware', params: ({ event }) => event.output }, 'freshProtocolState'],
            },
            onError: { target: 'waiting', actions: 'noteReconnectFailure' },
          },
        },
        identifying: {
          invoke: {
            src: 'identifyDevice',
            input: identifyInput,
            onDone: [
              { guard: 'isSameDevice', target: 'initializing' },
              { target: '#device.disconnected', actions: ['noteOtherDevice', 'closeSilently'] },
            ],
            onError: { target: 'waiting', actions: ['noteReconnectFailure', 'closeSilently'] },
          },
        },
        initializing: {
          invoke: {
            src: 'initializeDevice',
            input: initializeInput,
            onDone: {
              target: '#device.online.ready',
              actions: ['assignProtocolState', 'logReconnected', 'restoreSubscriptions'],
            },
            onError: { target: 'waiting', actions: ['noteReconnectFailure', 'closeSilently'] },
          },
        },
      },
    },
    closing: {
      // Last words to the hardware: zero every output, then hang up.
      invoke: {
        src: 'closeHardware',
        input: ({ context }) => {
          const { definition, protocolDevice, hardware } = ready(context);
          // Outputs already written as 0 need no second stop.
          const zeros = definition.features
            .flatMap(stopOutputs)
            .filter((zero) => context.queue.written.get(outputKey(zero.feature.index, zero.type))?.value !== 0);
          const stop = context.protocol.encodeOutputs(context.protocolState, zeros, protocolDevice);
          return {
            hardware,
            writes: stop.ok && zeros.length > 0 ? stop.writes.filter((w) => !w.delayMs) : [],
            timeoutMs: context.timeouts.closeMs,
          };
        },
        onDone: 'disconnected',
        onError: 'disconnected',
      },
    },
    disconnected: {
      type: 'final',
      entry: 'failEverything',
    },
    failed: {
      type: 'final',
      entry: ['closeSilently', 'failEverything'],
    },
  },
  output: ({ context }): DeviceOutput => ({
    deviceId: context.deviceId,
    address: context.discovered.info.address,
    reason: context.goneReason,
  }),
});
