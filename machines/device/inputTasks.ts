/**
 * The sensor exchanges a device has running: a read, or a stream being opened or closed on the
 * hardware. Each runs as a child actor (`input-<token>`) and reports back with its token. Pure and
 * immutable, like the output queue.
 */
import type { InputCommand, InputType } from '../../protocols/buttplug/featureTypes.js';
import type { ResolvedFeature } from '../../protocols/config/resolvedDevice.js';

export interface InputTask<R> {
  readonly feature: ResolvedFeature;
  readonly type: InputType;
  readonly command: InputCommand;
  /** Who waits for the answer, and its request Id; streams the device opens or closes by itself have nobody. */
  readonly reply?: { readonly to: R; readonly id: number };
}

export interface InputTasks<R> {
  readonly running: ReadonlyMap<number, InputTask<R>>;
  readonly nextToken: number;
}

// Never changed in place (every change copies), so every device starts from this one.
const NO_INPUT_TASKS: InputTasks<never> = { running: new Map<number, never>(), nextToken: 1 };

export const noInputTasks = <R>(): InputTasks<R> => NO_INPUT_TASKS;

export const inputTaskId = (token: number) => `input-${token}`;

/** Registers tasks; returns each with the token its actor reports back with. */
export const addInputTasks = <R>(
  tasks: InputTasks<R>,
  added: readonly InputTask<R>[],
): { tasks: InputTasks<R>; started: { token: number; task: InputTask<R> }[] } => {
  const running = new Map(tasks.running);
  const started = added.map((task, i) => ({ token: tasks.nextToken + i, task }));
  for (const { token, task } of started) running.set(token, task);
  return { tasks: { running, nextToken: tasks.nextToken + added.length }, started };
};

export const removeInputTask = <R>(tasks: InputTasks<R>, token: number): InputTasks<R> => {
  const running = new Map(tasks.running);
  running.delete(token);
  return { ...tasks, running };
};
