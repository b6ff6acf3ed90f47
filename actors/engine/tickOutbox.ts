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
// replies, the answers of devices that resolve at once), before any other I/O or timer.
const endOfTurn = (callback: () => void) => queueMicrotask(callback);

export const tickOutbox = (deliver: (messages: readonly TaggedMessage[]) => void): TickOutbox => {
  let waiting: TaggedMessage[] = [];
  const flush = () => {
    if (waiting.length === 0) return;
    const messages = waiting;
    waiting = [];
    // The official client (buttplug-js 5.0.2) reads nothing after a DeviceList in a frame (its message
    // loop breaks there), so a DeviceList ends its frame: a ScanningFinished after it still arrives.
    let start = 0;
    for (let i = 0; i < messages.length - 1; i++) {
      if (messages[i]!.type !== 'DeviceList') continue;
      deliver(messages.slice(start, i + 1));
      start = i + 1;
    }
    deliver(start === 0 ? messages : messages.slice(start));
  };
  return {
    send(messages) {
      if (messages.length === 0) return;
      if (waiting.length === 0) endOfTurn(flush);
      for (const message of messages) waiting.push(message);
    },
    flush,
  };
};
