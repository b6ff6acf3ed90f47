import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConnectorError } from '../../transports/clientConnector.js';
import {
  LinkConnector,
  type FrameLink,
  type FrameLinkHandlers,
  type LinkConnectorOptions,
} from '../../transports/linkConnector.js';
import { reconnectDelay, reconnectPolicy } from '../../transports/reconnectPolicy.js';

/** A connector whose links the test opens, refuses and drops by hand. */
class ScriptedConnector extends LinkConnector {
  readonly attempts: { handlers: FrameLinkHandlers; open(): FrameLink; fail(reason: string): void }[] = [];
  readonly sent: string[] = [];
  closedLinks = 0;

  constructor(options: LinkConnectorOptions) {
    super(options);
  }

  protected get target() {
    return 'scripted';
  }

  protected openLink(handlers: FrameLinkHandlers): Promise<FrameLink> {
    return new Promise((resolve, reject) => {
      const link: FrameLink = { send: (text) => this.sent.push(text), close: () => this.closedLinks++ };
      this.attempts.push({
        handlers,
        open: () => (resolve(link), link),
        fail: (reason) => reject(new Error(reason)),
      });
    });
  }

  /** The handlers of the latest attempt. */
  get latest() {
    return this.attempts.at(-1)!;
  }
}

const record = (connector: ScriptedConnector) => {
  const events: unknown[][] = [];
  connector.on('reconnecting', (attempt, delayMs) => events.push(['reconnecting', attempt, delayMs]));
  connector.on('reconnected', () => events.push(['reconnected']));
  connector.on('disconnect', (reason) => events.push(['disconnect', reason]));
  return events;
};

const connect = async (connector: ScriptedConnector) => {
  const connecting = connector.connect();
  connector.latest.open();
  await connecting;
};

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the reconnect backoff', () => {
  it('doubles from the initial delay up to the ceiling', () => {
    const policy = reconnectPolicy({ initialDelayMs: 100, maxDelayMs: 1_000 })!;
    expect([1, 2, 3, 4, 5, 6, 60].map((attempt) => reconnectDelay(policy, attempt))).toEqual([
      100, 200, 400, 800, 1_000, 1_000, 1_000,
    ]);
    expect(reconnectPolicy(undefined)).toBeUndefined();
    expect(reconnectPolicy(false)).toBeUndefined();
    expect(reconnectPolicy(true)).toMatchObject({ initialDelayMs: 500, maxDelayMs: 30_000, maxAttempts: 10 });
  });
});

describe('a link connector', () => {
  it('reports an unexpected drop as disconnect when reconnecting is off (the default)', async () => {
    const connector = new ScriptedConnector({});
    const events = record(connector);
    await connect(connector);
    connector.latest.handlers.closed('server went away');
    expect(events).toEqual([['disconnect', 'server went away']]);
    expect(connector.connected).toBe(false);
    vi.advanceTimersByTime(60_000);
    expect(connector.attempts).toHaveLength(1);
  });

  it('reconnects with growing delays and says so, then resets the backoff once the link is stable', async () => {
    const connector = new ScriptedConnector({
      reconnect: { initialDelayMs: 100, maxDelayMs: 250, stableAfterMs: 1_000 },
    });
    const events = record(connector);
    await connect(connector);
    connector.latest.handlers.closed('drop');
    expect(events).toEqual([['reconnecting', 1, 100]]);
    expect(() => connector.send([{ type: 'Ping' }])).toThrow(ConnectorError);

    await vi.advanceTimersByTimeAsync(99);
    expect(connector.attempts).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    connector.latest.fail('refused');
    await vi.advanceTimersByTimeAsync(0);
    expect(events.at(-1)).toEqual(['reconnecting', 2, 200]);
    await vi.advanceTimersByTimeAsync(200);
    connector.latest.fail('refused');
    await vi.advanceTimersByTimeAsync(0);
    expect(events.at(-1)).toEqual(['reconnecting', 3, 250]);
    await vi.advanceTimersByTimeAsync(250);
    connector.latest.open();
    await vi.advanceTimersByTimeAsync(0);
    expect(events.at(-1)).toEqual(['reconnected']);
    expect(connector.connected).toBe(true);

    // A link that drops at once continues the backoff...
    connector.latest.handlers.closed('flaky');
    expect(events.at(-1)).toEqual(['reconnecting', 4, 250]);
    await vi.advanceTimersByTimeAsync(250);
    connector.latest.open();
    await vi.advanceTimersByTimeAsync(0);
    // ...one that lived long enough starts it over.
    await vi.advanceTimersByTimeAsync(1_000);
    connector.latest.handlers.closed('later drop');
    expect(events.at(-1)).toEqual(['reconnecting', 1, 100]);
  });

  it('gives up after the last attempt and reports disconnect', async () => {
    const connector = new ScriptedConnector({ reconnect: { initialDelayMs: 10, maxAttempts: 2 } });
    const events = record(connector);
    await connect(connector);
    connector.latest.handlers.closed('drop');
    await vi.advanceTimersByTimeAsync(10);
    connector.latest.fail('refused');
    await vi.advanceTimersByTimeAsync(20);
    connector.latest.fail('still refused');
    await vi.advanceTimersByTimeAsync(0);
    expect(events).toEqual([
      ['reconnecting', 1, 10],
      ['reconnecting', 2, 20],
      ['disconnect', 'still refused (gave up after 2 reconnect attempts)'],
    ]);
  });

  it('stops trying when the app disconnects, and closes a link that opens too late', async () => {
    const connector = new ScriptedConnector({ reconnect: { initialDelayMs: 10 } });
    const events = record(connector);
    await connect(connector);
    connector.latest.handlers.closed('drop');
    await vi.advanceTimersByTimeAsync(10);
    const pending = connector.latest;
    await connector.disconnect();
    pending.open();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(connector.connected).toBe(false);
    expect(connector.closedLinks).toBe(1);
    expect(connector.attempts).toHaveLength(2);
    expect(events).toEqual([['reconnecting', 1, 10]]);
  });

  it('does not report its own disconnect, and ignores what a closed link still says', async () => {
    const connector = new ScriptedConnector({ reconnect: true });
    const events = record(connector);
    const frames: unknown[] = [];
    connector.on('frame', (frame) => frames.push(frame));
    await connect(connector);
    const old = connector.latest.handlers;
    old.frame('[1]');
    await connector.disconnect();
    old.frame('[2]');
    old.closed('late');
    expect(frames).toEqual(['[1]']);
    expect(events).toEqual([]);
  });

  it('times out a link that does not open, and closes it if it opens later', async () => {
    const connector = new ScriptedConnector({ connectTimeoutMs: 1_000 });
    const connecting = connector.connect();
    const attempt = connector.latest;
    vi.advanceTimersByTime(1_000);
    await expect(connecting).rejects.toThrow(/no answer within 1000 ms/);
    attempt.open();
    await vi.advanceTimersByTimeAsync(0);
    expect(connector.closedLinks).toBe(1);
    expect(connector.connected).toBe(false);
  });

  it('sends messages as one JSON frame', async () => {
    const connector = new ScriptedConnector({});
    await connect(connector);
    connector.send([
      { type: 'Ping', Id: 4 } as { type: string },
      { type: 'RequestDeviceList', Id: 5 } as { type: string },
    ]);
    expect(connector.sent).toEqual(['[{"Ping":{"Id":4}},{"RequestDeviceList":{"Id":5}}]']);
  });
});
