/**
 * What the REST routes share: the session, and the server-sent event streams (bounded in number,
 * with a keepalive comment every 15 s as Intiface's server sends, and all closed at shutdown).
 */
import type { Context } from 'hono';
import { streamSSE, type SSEStreamingApi } from 'hono/streaming';
import type { RestEvent, RestEvents } from './restEvents.js';
import type { EngineBusyError, RestSession } from './restSession.js';

/** At most this many event streams at once; more get 503. */
export const MAX_EVENT_STREAMS = 16;
const KEEPALIVE_MS = 15_000;

/**
 * Another client holds the engine: 409 and JSON naming it, on both APIs (Intiface never says this: its
 * REST API replaces its WebSocket server).
 */
export const busyResponse = (c: Context, error: EngineBusyError): Response =>
  c.json({ error: error.message, holder: error.holder }, 409);

export type SseFormat = (event: RestEvent) => { readonly data: string; readonly event?: string } | undefined;

export class RestContext {
  private readonly streams = new Set<{ stream: SSEStreamingApi; end: () => void }>();

  constructor(
    readonly session: RestSession,
    private readonly events: RestEvents,
  ) {}

  /** Streams the session's events, each formatted (or skipped) by `format`, until the caller leaves or the API closes. */
  sse(c: Context, format: SseFormat): Response {
    if (this.streams.size >= MAX_EVENT_STREAMS) {
      return c.json({ error: `too many event streams (at most ${MAX_EVENT_STREAMS})` }, 503);
    }
    return streamSSE(c, async (stream) => {
      let end: () => void = () => {};
      const ended = new Promise<void>((resolve) => (end = resolve));
      const entry = { stream, end };
      this.streams.add(entry);
      // One write at a time, in order.
      let writing = Promise.resolve();
      const write = (task: () => Promise<unknown>) => {
        writing = writing.then(task).then(
          () => undefined,
          () => end(),
        );
      };
      const onEvent = (event: RestEvent) => {
        const message = format(event);
        if (message) write(() => stream.writeSSE(message));
      };
      this.events.on('event', onEvent);
      const closed = this.session.streamOpened();
      const keepalive = setInterval(() => write(() => stream.write(':\n\n')), KEEPALIVE_MS);
      stream.onAbort(() => end());
      try {
        await ended;
      } finally {
        clearInterval(keepalive);
        this.events.off('event', onEvent);
        this.streams.delete(entry);
        closed();
      }
    });
  }

  get streamCount(): number {
    return this.streams.size;
  }

  /** Ends every event stream. */
  async closeStreams(): Promise<void> {
    const streams = [...this.streams];
    for (const { end } of streams) end();
    await Promise.all(streams.map(({ stream }) => stream.close().catch(() => {})));
  }
}
