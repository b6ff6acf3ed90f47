/**
 * A client connector's connection, which may come back after an unexpected drop:
 *
 *   idle | gaveUp --connect--> opening --opened--> open { fresh --stableAfter--> stable }
 *   opening --failed, timed out--> idle
 *   open --link closed--> reconnecting { waiting --backoff--> reopening --failed--> waiting }   (with a policy)
 *                     `-> idle (disconnect reported)                                           (without)
 *   reconnecting.reopening --opened--> open (reconnected)
 *   reconnecting --attempts used up--> gaveUp (disconnect reported)
 *   any state --disconnect--> idle
 *
 * A link that lived `stableAfterMs` starts the backoff over; one that drops sooner continues it.
 * `LinkConnector` (linkConnector.ts) drives it and provides the effects: opening a link, handing the
 * open link to the connector, and the connector's events. This file runs in browsers too.
 */
import { assign, fromCallback, fromPromise, setup, type EventObject } from 'xstate';
import { messageOf } from '../protocols/core/errorText.js';
import { ConnectorError } from './clientConnector.js';
import type { FrameLink, LinkEvent, LinkInbox, OpenedLink } from './frameLink.js';
import { reconnectDelay, type ReconnectPolicy } from './reconnectPolicy.js';

export interface LinkInput {
  /** Where the connector goes, for error messages. */
  readonly target: string;
  /** Reconnect after an unexpected drop with this backoff; never without one. */
  readonly policy?: ReconnectPolicy;
  readonly connectTimeoutMs: number;
}

interface LinkContext extends LinkInput {
  /** Where the open link's callbacks go. */
  readonly inbox?: LinkInbox;
  /** The last reconnect attempt since the link was last stable (0: none). */
  readonly attempt: number;
  /** Why the link is down (the drop, then the last failed attempt). */
  readonly reason: string;
}

export type LinkMachineEvent = { type: 'connect' } | { type: 'disconnect' } | LinkEvent;

const notProvided = (name: string) => new Error(`${name} is provided by LinkConnector (transports/linkConnector.ts)`);
const provided = (name: string) => () => {
  throw notProvided(name);
};
/** A placeholder for an effect the connector provides, taking `P` as its params. */
const effect =
  <P = undefined>(name: string) =>
  (_args: unknown, _params: P): void => {
    throw notProvided(name);
  };

/** `open` is only entered with the inbox of the link just opened. */
const inboxOf = ({ inbox }: LinkContext): LinkInbox => {
  if (!inbox) throw new Error('link: open without a link');
  return inbox;
};

const noAnswer = ({ target, connectTimeoutMs }: LinkContext) =>
  new ConnectorError(`cannot connect to ${target}: no answer within ${connectTimeoutMs} ms`);

export const linkMachine = setup({
  types: {
    input: {} as LinkInput,
    context: {} as LinkContext,
    events: {} as LinkMachineEvent,
  },
  actors: {
    /** Opens one link; a link that opens after the actor was stopped (timeout, disconnect) must be closed. */
    openLink: fromPromise<OpenedLink>(provided('openLink')),
    /** The open link's callbacks, as events of this machine; none once the link is left. */
    linkEvents: fromCallback<EventObject, { inbox: LinkInbox }>(({ input, sendBack }) => input.inbox.attach(sendBack)),
  },
  delays: {
    connectTimeout: ({ context }) => context.connectTimeoutMs,
    stableAfter: ({ context }) => context.policy?.stableAfterMs ?? 5_000,
    reconnectBackoff: ({ context }) => (context.policy ? reconnectDelay(context.policy, context.attempt) : 0),
  },
  guards: {
    reconnects: ({ context }) => context.policy !== undefined,
    hasAttemptsLeft: ({ context }) => context.attempt < (context.policy?.maxAttempts ?? 0),
  },
  actions: {
    assignInbox: assign((_, { inbox }: OpenedLink) => ({ inbox })),
    startOver: assign({ attempt: 0 }),
    nextAttempt: assign(({ context }, reason: string) => ({ attempt: context.attempt + 1, reason })),
    noteReason: assign((_, reason: string) => ({ reason })),
    // ---- effects, provided by the connector
    /** The connector sends on this link from now on. */
    attachLink: effect<FrameLink>('attachLink'),
    /** The link ended by itself: forget it. */
    releaseLink: effect('releaseLink'),
    /** Close the link the connector holds. */
    closeLink: effect('closeLink'),
    /** The pending `connect()` resolves, or rejects with the error. */
    connectSucceeded: effect('connectSucceeded'),
    connectFailed: effect<{ error: unknown }>('connectFailed'),
    emitFrame: effect<string>('emitFrame'),
    emitReconnecting: effect<{ attempt: number; delayMs: number; reason: string }>('emitReconnecting'),
    emitReconnected: effect('emitReconnected'),
    emitDisconnect: effect<string>('emitDisconnect'),
  },
}).createMachine({
  id: 'link',
  context: ({ input }) => ({ ...input, attempt: 0, reason: '' }),
  initial: 'idle',
  states: {
    idle: {
      on: { connect: 'opening' },
    },
    opening: {
      entry: 'startOver',
      invoke: {
        src: 'openLink',
        onDone: {
          target: 'open',
          actions: [
            { type: 'assignInbox', params: ({ event }) => event.output },
            { type: 'attachLink', params: ({ event }) => event.output.link },
            'connectSucceeded',
          ],
        },
        onError: {
          target: 'idle',
          actions: { type: 'connectFailed', params: ({ event }) => ({ error: event.error }) },
        },
      },
      after: {
        connectTimeout: {
          target: 'idle',
          actions: { type: 'connectFailed', params: ({ context }) => ({ error: noAnswer(context) }) },
        },
      },
      on: {
        disconnect: {
          target: 'idle',
          actions: {
            type: 'connectFailed',
            params: () => ({ error: new ConnectorError('disconnected while connecting') }),
          },
        },
      },
    },
    open: {
      invoke: { src: 'linkEvents', input: ({ context }) => ({ inbox: inboxOf(context) }) },
      on: {
        'link.frame': { actions: { type: 'emitFrame', params: ({ event }) => event.text } },
        'link.closed': [
          {
            guard: 'reconnects',
            target: 'reconnecting',
            actions: ['releaseLink', { type: 'noteReason', params: ({ event }) => event.reason }],
          },
          { target: 'idle', actions: ['releaseLink', { type: 'emitDisconnect', params: ({ event }) => event.reason }] },
        ],
        disconnect: { target: 'idle', actions: 'closeLink' },
      },
      initial: 'fresh',
      states: {
        fresh: { after: { stableAfter: 'stable' } },
        stable: { entry: 'startOver' },
      },
    },
    reconnecting: {
      on: { disconnect: 'idle' },
      initial: 'deciding',
      states: {
        deciding: {
          always: [
            {
              guard: 'hasAttemptsLeft',
              target: 'waiting',
              actions: { type: 'nextAttempt', params: ({ context }) => context.reason },
            },
            { target: '#link.gaveUp' },
          ],
        },
        waiting: {
          entry: {
            type: 'emitReconnecting',
            params: ({ context }) => ({
              attempt: context.attempt,
              delayMs: context.policy ? reconnectDelay(context.policy, context.attempt) : 0,
              reason: context.reason,
            }),
          },
          after: { reconnectBackoff: 'reopening' },
        },
        reopening: {
          invoke: {
            src: 'openLink',
            onDone: {
              target: '#link.open',
              actions: [
                { type: 'assignInbox', params: ({ event }) => event.output },
                { type: 'attachLink', params: ({ event }) => event.output.link },
                'emitReconnected',
              ],
            },
            onError: {
              target: 'deciding',
              actions: { type: 'noteReason', params: ({ event }) => messageOf(event.error) },
            },
          },
          after: {
            connectTimeout: {
              target: 'deciding',
              actions: { type: 'noteReason', params: ({ context }) => messageOf(noAnswer(context)) },
            },
          },
        },
      },
    },
    gaveUp: {
      entry: {
        type: 'emitDisconnect',
        params: ({ context }) => `${context.reason} (gave up after ${context.policy?.maxAttempts} reconnect attempts)`,
      },
      on: { connect: 'opening' },
    },
  },
});
