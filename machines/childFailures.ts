/**
 * Reading a child actor's failure (`xstate.error.actor.<id>`) in its parent: which child, what it
 * threw, and the last context it had, so the parent's policy can act on what the child held (the
 * hardware a device was driving, the client a request came from). The child is stopped for good.
 */
import type { AnyActorRef, AnyEventObject } from 'xstate';

export interface ChildFailure {
  readonly actorId: string;
  readonly error: unknown;
  /** The context the child had when it failed (undefined if it failed before it had one). */
  readonly lastContext: unknown;
}

/** The id of the child whose failure this event reports, if it is one. */
export const failedActorId = (event: AnyEventObject): string | undefined =>
  event.type.startsWith('xstate.error.actor.') ? event.type.slice('xstate.error.actor.'.length) : undefined;

export const childFailure = (event: AnyEventObject, parent: AnyActorRef): ChildFailure => {
  const actorId = failedActorId(event) ?? 'unknown';
  const child = (parent.getSnapshot() as { children?: Record<string, AnyActorRef | undefined> }).children?.[actorId];
  let lastContext: unknown;
  try {
    lastContext = (child?.getSnapshot() as { context?: unknown } | undefined)?.context;
  } catch {
    lastContext = undefined;
  }
  return { actorId, error: (event as { error?: unknown }).error, lastContext };
};
