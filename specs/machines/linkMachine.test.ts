/** The client connector's connection statechart alone: links opened by hand, a simulated clock. */
import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, SimulatedClock } from 'xstate';
import { linkInbox, type FrameLink, type OpenedLink } from '../../transports/frameLink.js';
import { linkMachine } from '../../transports/linkMachine.js';
import { reconnectPolicy, type ReconnectOptions } from '../../transports/reconnectPolicy.js';
import { settle } from './deviceHarness.js';

const startLink = (reconnect?: ReconnectOptions) => {
  const clock = new SimulatedClock();
  const effects: unknown[][] = [];
  const attempts: {
    at: number;
    signal: AbortSignal;
    open(): OpenedLink;
    fail(reason: string): void;
    opened?: OpenedLink;
  }[] = [];
  const machine = linkMachine.provide({
    actors: {
      openLink: fromPromise<OpenedLink>(
        ({ signal }) =>
          new Promise((resolve, reject) => {
            const attempt = {
              at: clock.now(),
              signal,
              open: () => {
                const link: FrameLink = { send: () => {}, close: () => effects.push(['link closed by us']) };
                attempt.opened = { link, inbox: linkInbox() };
                resolve(attempt.opened);
                return attempt.opened;
              },
              fail: (reason: string) => reject(new Error(reason)),
            } as (typeof attempts)[number];
            attempts.push(attempt);
          }),
      ),
    },
    actions: {
      attachLink: () => effects.push(['attach']),
      releaseLink: () => effects.push(['release']),
      closeLink: () => effects.push(['close']),
      connectSucceeded: () => effects.push(['connected']),
      connectFailed: (_, { error }) => effects.push(['connect failed', (error as Error).message]),
      emitFrame: (_, text) => effects.push(['frame', text]),
      emitReconnecting: (_, { attempt, delayMs, reason }) => effects.push(['reconnecting', attempt, delayMs, reason]),
      emitReconnected: () => effects.push(['reconnected']),
      emitDisconnect: (_, reason) => effects.push(['disconnect', reason]),
    },
  });
  const policy = reconnectPolicy(reconnect);
  const input = { target: 'ws://test', connectTimeoutMs: 1_000 };
  const actor = createActor(machine, { clock, input: policy ? { ...input, policy } : input }).start();
  return {
    actor,
    effects,
    attempts,
    latest: () => attempts.at(-1)!,
    state: () => actor.getSnapshot().value as unknown,
    advance: async (ms: number) => {
      clock.increment(ms);
      await settle();
    },
  };
};

/** Connects and opens the first link. */
const connected = async (reconnect?: ReconnectOptions) => {
  const link = startLink(reconnect);
  link.actor.send({ type: 'connect' });
  link.latest().open();
  await settle();
  link.effects.length = 0;
  return link;
};

describe('the link machine', () => {
  it('opens a link, passes its frames on, and closes it when the app disconnects', async () => {
    const link = await connected();
    expect(link.state()).toEqual({ open: 'fresh' });
    link.latest().opened!.inbox.handlers.frame('[1]');
    link.actor.send({ type: 'disconnect' });
    link.latest().opened!.inbox.handlers.frame('[2]');
    expect(link.effects).toEqual([['frame', '[1]'], ['close']]);
    expect(link.state()).toBe('idle');
  });

  it('without a reconnect policy reports a drop as the end', async () => {
    const link = await connected();
    link.latest().opened!.inbox.handlers.closed('server went away');
    expect(link.effects).toEqual([['release'], ['disconnect', 'server went away']]);
    await link.advance(60_000);
    expect(link.attempts).toHaveLength(1);
  });

  it('times out a link that does not open, and lets the attempt know (a link that opens late is then closed)', async () => {
    const link = startLink();
    link.actor.send({ type: 'connect' });
    await link.advance(999);
    expect(link.state()).toBe('opening');
    expect(link.latest().signal.aborted).toBe(false);
    await link.advance(1);
    expect(link.effects).toEqual([['connect failed', 'cannot connect to ws://test: no answer within 1000 ms']]);
    expect(link.latest().signal.aborted).toBe(true);
    link.latest().open();
    await settle();
    expect(link.effects).toHaveLength(1);
    expect(link.state()).toBe('idle');
  });

  it('reconnects with doubling pauses up to the ceiling, and gives up after the last attempt', async () => {
    const link = await connected({ initialDelayMs: 100, maxDelayMs: 250, maxAttempts: 3 });
    link.latest().opened!.inbox.handlers.closed('drop');
    expect(link.effects).toEqual([['release'], ['reconnecting', 1, 100, 'drop']]);
    await link.advance(99);
    expect(link.attempts).toHaveLength(1);
    await link.advance(1);
    link.latest().fail('refused');
    await settle();
    await link.advance(200);
    link.latest().fail('refused');
    await settle();
    // A timeout counts as a failed attempt.
    await link.advance(250);
    await link.advance(1_000);
    expect(link.attempts.map((a) => a.at)).toEqual([0, 100, 300, 550]);
    expect(link.effects.slice(1)).toEqual([
      ['reconnecting', 1, 100, 'drop'],
      ['reconnecting', 2, 200, 'refused'],
      ['reconnecting', 3, 250, 'refused'],
      ['disconnect', 'cannot connect to ws://test: no answer within 1000 ms (gave up after 3 reconnect attempts)'],
    ]);
    expect(link.state()).toBe('gaveUp');
  });

  it('continues the backoff after a link that drops at once, and starts it over after a stable one', async () => {
    const link = await connected({ initialDelayMs: 100, stableAfterMs: 1_000 });
    link.latest().opened!.inbox.handlers.closed('drop');
    await link.advance(100);
    link.latest().open();
    await settle();
    expect(link.effects.at(-1)).toEqual(['reconnected']);
    link.latest().opened!.inbox.handlers.closed('flaky');
    expect(link.effects.at(-1)).toEqual(['reconnecting', 2, 200, 'flaky']);
    await link.advance(200);
    link.latest().open();
    await settle();
    await link.advance(1_000);
    expect(link.state()).toEqual({ open: 'stable' });
    link.latest().opened!.inbox.handlers.closed('later drop');
    expect(link.effects.at(-1)).toEqual(['reconnecting', 1, 100, 'later drop']);
  });

  it('stops trying when the app disconnects while reconnecting, and never takes a link that opens too late', async () => {
    const link = await connected({ initialDelayMs: 10 });
    link.latest().opened!.inbox.handlers.closed('drop');
    await link.advance(10);
    const pending = link.latest();
    link.actor.send({ type: 'disconnect' });
    expect(pending.signal.aborted).toBe(true);
    pending.open();
    await link.advance(60_000);
    expect(link.state()).toBe('idle');
    expect(link.attempts).toHaveLength(2);
    expect(link.effects).toEqual([['release'], ['reconnecting', 1, 10, 'drop']]);
  });
});
