/** The next time a client emits an event (its emitter is eventemitter3, which `events.once` does not take). */
import type { ButtplugClient, ButtplugClientEvents } from '../../actors/client/buttplugClient.js';

export const nextEvent = <E extends keyof ButtplugClientEvents>(
  client: ButtplugClient,
  event: E,
  timeoutMs = 3_000,
): Promise<ButtplugClientEvents[E]> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${timeoutMs} ms`)), timeoutMs);
    client.once(event, ((...args: ButtplugClientEvents[E]) => {
      clearTimeout(timer);
      resolve(args);
    }) as never);
  });
