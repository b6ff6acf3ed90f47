/**
 * A session's way out: what the engine says during one turn of the event loop (the replies to a frame,
 * the answers of devices written meanwhile, events) leaves together in one `send`, at the end of the
 * turn, so a transport that makes text frames makes one frame per turn instead of one per message.
 * Nothing waits longer than that turn; `flush` sends what is waiting at once (before a close). A
 * DeviceList is always the last message of its frame.
 */
import type { TaggedMessage } from '../../protocols/buttplug/frame.js';

export interface TickOutbox {
  send(messages: readonly TaggedMessage[]): void;
  /** Sends what is waiting now (nothing if nothing is). */
  flush(): void;
}

// The end of the current turn: after the callback that is running and the microtasks it queued (a frame's
// replies, the answers of devices that resolve at once), before any other I/O or timer. One microtask
// flushes every outbox that has something waiting, in the order they started waiting: an outbox holds
// no function of its own (an idle session's heap, issue 11).
const waitingOutboxes: Outbox[] = [];
const flushWaiting = () => {
  // An outbox that starts waiting while these flush (a transport that answers at once) goes out in this turn too.
  for (let i = 0; i < waitingOutboxes.length; i++) {
    try {
      waitingOutboxes[i]!.flush();
    } catch (error) {
      // One transport that throws holds up no other: its error surfaces as it would have alone.
      queueMicrotask(() => {
        throw error;
      });
    }
  }
  waitingOutboxes.length = 0;
};

/**
 * The same microtask queue as `queueMicrotask`, without the async resource Node makes for each of those
 * (one per reply frame, on the hot path). `flushWaiting` never throws: nothing is left to reject.
 */
const settled = Promise.resolve();

/** Where an outbox's batches go. */
export interface OutboxTarget {
  deliver(messages: readonly TaggedMessage[]): void;
}

class Outbox implements TickOutbox {
  #waiting: TaggedMessage[] | undefined;

  constructor(private readonly target: OutboxTarget) {}

  send(messages: readonly TaggedMessage[]): void {
    if (messages.length === 0) return;
    if (this.#waiting === undefined) {
      this.#waiting = [];
      if (waitingOutboxes.push(this) === 1) void settled.then(flushWaiting);
    }
    for (const message of messages) this.#waiting.push(message);
  }

  flush(): void {
    const messages = this.#waiting;
    if (messages === undefined) return;
    this.#waiting = undefined;
    // The official client (buttplug-js 5.0.2) reads nothing after a DeviceList in a frame (its message
    // loop breaks there), so a DeviceList ends its frame: a ScanningFinished after it still arrives.
    let start = 0;
    for (let i = 0; i < messages.length - 1; i++) {
      if (messages[i]!.type !== 'DeviceList') continue;
      this.target.deliver(messages.slice(start, i + 1));
      start = i + 1;
    }
    this.target.deliver(start === 0 ? messages : messages.slice(start));
  }
}

export const tickOutboxFor = (target: OutboxTarget): TickOutbox => new Outbox(target);

export const tickOutbox = (deliver: (messages: readonly TaggedMessage[]) => void): TickOutbox =>
  new Outbox({ deliver });
