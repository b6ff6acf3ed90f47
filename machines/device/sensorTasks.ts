/**
 * Sensor subscriptions of one device: which sessions listen to which `feature/input type` stream,
 * and the child tasks that start and stop hardware streams. Helpers for the device machine's actions.
 */
import type { AnyActorRef } from 'xstate';
import type { InputType } from '../../protocols/buttplug/featureTypes.js';
import type { ResolvedFeature } from '../../protocols/config/resolvedDevice.js';
import type { InputStream } from '../../protocols/devices/shared/deviceProtocol.js';
import type { DeviceContext, InputTask, InputTaskInput } from './deviceTypes.js';

export const subscriptionKey = (featureIndex: number, type: InputType) => `${featureIndex}/${type}`;

/** The parts of a device that only exist once it is ready. */
export const ready = (context: DeviceContext) => ({
  hardware: context.hardware!,
  definition: context.definition!,
  protocolDevice: context.protocolDevice!,
});

export interface SpawnEnqueue {
  spawnChild(src: 'inputTask', options: { id: string; input: InputTaskInput }): void;
}

/** Streams sessions listen to, as `subscriptions` has them, other than `key`. */
const streamsBesides = (subscriptions: DeviceContext['subscriptions'], key: string): InputStream[] =>
  [...subscriptions]
    .filter(([other, sessions]) => other !== key && sessions.size > 0)
    .map(([other]) => {
      const [featureText, type] = other.split('/') as [string, InputType];
      return { featureIndex: Number(featureText), type };
    });

/**
 * Spawns one child per sensor task; returns the context fields to assign. `subscriptions` is the
 * map as it will be once assigned (it tells each task which other streams stay open).
 */
export const startInputTasks = (
  enqueue: SpawnEnqueue,
  context: DeviceContext,
  tasks: readonly { feature: ResolvedFeature; task: InputTask }[],
  subscriptions: DeviceContext['subscriptions'] = context.subscriptions,
): Pick<DeviceContext, 'inputTasks' | 'nextTaskToken'> => {
  const { hardware, protocolDevice } = ready(context);
  const inputTasks = new Map(context.inputTasks);
  let token = context.nextTaskToken;
  for (const { feature, task } of tasks) {
    inputTasks.set(token, task);
    enqueue.spawnChild('inputTask', {
      id: `input-${token}`,
      input: {
        token,
        hardware,
        protocol: context.protocol,
        device: protocolDevice,
        state: context.protocolState,
        feature,
        type: task.type,
        command: task.command,
        otherStreams: streamsBesides(subscriptions, subscriptionKey(task.featureIndex, task.type)),
        timeoutMs: context.timeouts.exchangeMs,
      },
    });
    token++;
  }
  return { inputTasks, nextTaskToken: token };
};

/** Removes a session (or everyone) from subscriptions; streams nobody listens to any more get unsubscribed. */
export const endSubscriptions = (
  context: DeviceContext,
  session: AnyActorRef | undefined,
  featureIndexes?: readonly number[],
): { subscriptions: Map<string, ReadonlySet<AnyActorRef>>; tasks: { feature: ResolvedFeature; task: InputTask }[] } => {
  const { definition } = ready(context);
  const subscriptions = new Map(context.subscriptions);
  const tasks: { feature: ResolvedFeature; task: InputTask }[] = [];
  for (const [key, sessions] of context.subscriptions) {
    const [featureText, type] = key.split('/') as [string, InputType];
    const featureIndex = Number(featureText);
    if (featureIndexes && !featureIndexes.includes(featureIndex)) continue;
    const rest = new Set(sessions);
    if (session) rest.delete(session);
    else rest.clear();
    subscriptions.set(key, rest);
    const feature = definition.features.find((f) => f.index === featureIndex);
    if (sessions.size > 0 && rest.size === 0 && feature) {
      tasks.push({ feature, task: { id: 0, featureIndex, type, command: 'Unsubscribe' } });
    }
  }
  return { subscriptions, tasks };
};
