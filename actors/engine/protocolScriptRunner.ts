/**
 * Runs a protocol script (a generator of hardware requests) against real hardware: performs each
 * request, feeds the answer back, and bounds the whole exchange by a deadline. Notifications are
 * buffered from the start, so a reply that arrives before the script asks for it is not lost.
 */
import { randomBytes as cryptoRandomBytes } from 'node:crypto';
import type { Hardware, HardwareEvent } from '../../hardware/hardware.js';
import type { HardwareRequest, Notification, ProtocolScript } from '../../protocols/devices/shared/hardwareRequests.js';
import { delay, TimeoutError, withTimeout } from '../../protocols/core/timeouts.js';
import { realClock, type Clock } from '../../protocols/core/clock.js';

export interface ScriptOptions {
  /** Bound for the whole script. */
  readonly timeoutMs: number;
  /** Bound for a read that does not say its own. */
  readonly readTimeoutMs?: number;
  /** Where a script's random bytes come from (default: the operating system's generator). */
  readonly randomBytes?: (length: number) => Uint8Array;
  /** The clock deadlines, waits for notifications and `sleep` steps run on (default: real time). */
  readonly clock?: Clock;
}

export const runProtocolScript = async <T>(
  script: ProtocolScript<T>,
  hardware: Hardware,
  options: ScriptOptions,
): Promise<T> => {
  const clock = options.clock ?? realClock;
  const inbox: Notification[] = [];
  let wake: (() => void) | undefined;
  let gone: string | undefined;
  const stopListening = hardware.onEvent((event: HardwareEvent) => {
    if (event.type === 'notification') inbox.push({ endpoint: event.endpoint, data: event.data });
    else gone = event.reason;
    wake?.();
  });

  const nextNotification = async (
    endpoint: string | undefined,
    timeoutMs: number,
  ): Promise<Notification | undefined> => {
    const deadline = clock.now() + timeoutMs;
    for (;;) {
      const index = inbox.findIndex((n) => endpoint === undefined || n.endpoint === endpoint);
      if (index >= 0) return inbox.splice(index, 1)[0];
      if (gone !== undefined) throw new Error(`device disconnected: ${gone}`);
      const left = deadline - clock.now();
      if (left <= 0) return undefined;
      await new Promise<void>((resolve) => {
        const timer = clock.setTimeout(resolve, left);
        wake = () => {
          clock.clearTimeout(timer);
          resolve();
        };
      });
      wake = undefined;
    }
  };

  const perform = (request: HardwareRequest): Promise<unknown> => {
    switch (request.op) {
      case 'write':
        return hardware.write(request.endpoint, request.data, request.withResponse);
      case 'read':
        return hardware.read(request.endpoint, {
          ...(request.length !== undefined ? { length: request.length } : {}),
          timeoutMs: request.timeoutMs ?? options.readTimeoutMs ?? 1_000,
        });
      case 'subscribe':
        return hardware.subscribe(request.endpoint);
      case 'unsubscribe':
        return hardware.unsubscribe(request.endpoint);
      case 'notification':
        return nextNotification(request.endpoint, request.timeoutMs);
      case 'sleep':
        return delay(request.ms, clock);
      case 'randomBytes':
        return Promise.resolve((options.randomBytes ?? cryptoRandomBytes)(request.length));
    }
  };

  const deadline = clock.now() + options.timeoutMs;
  try {
    let step = script.next();
    while (!step.done) {
      const left = deadline - clock.now();
      if (left <= 0) throw new TimeoutError(`protocol exchange timed out after ${options.timeoutMs} ms`);
      let answer: unknown;
      try {
        answer = await withTimeout(perform(step.value), left, `hardware ${step.value.op}`, clock);
      } catch (error) {
        if (error instanceof TimeoutError) throw error;
        // Hardware failures go back into the script, which may recover (e.g. fall back to a default).
        step = script.throw(error);
        continue;
      }
      step = script.next(answer);
    }
    return step.value;
  } catch (error) {
    script.return(undefined as T);
    throw error;
  } finally {
    stopListening();
  }
};
