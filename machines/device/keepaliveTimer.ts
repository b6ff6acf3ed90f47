/**
 * The keepalive timer of one device that needs keeping alive (keepalive.ts says which): after a silence
 * of one interval it asks the device for a keepalive write (`keepalive.due`), and every write the hardware
 * took (`wrote`) starts the interval over. The device starts it when it is ready, only if its protocol
 * needs it, so a device that needs none costs no timer and no event per write.
 */
import { sendParent, setup } from 'xstate';
import type { DeviceEvent } from './deviceTypes.js';

export interface KeepaliveTimerInput {
  readonly intervalMs: number;
}

export const keepaliveTimerMachine = setup({
  types: {
    input: {} as KeepaliveTimerInput,
    context: {} as KeepaliveTimerInput,
    events: {} as { type: 'wrote' },
  },
  delays: {
    interval: ({ context }) => context.intervalMs,
  },
  actions: {
    askForKeepalive: sendParent({ type: 'keepalive.due' } satisfies DeviceEvent),
  },
}).createMachine({
  id: 'keepalive',
  context: ({ input }) => ({ intervalMs: input.intervalMs }),
  initial: 'waiting',
  states: {
    waiting: {
      after: { interval: { target: 'waiting', reenter: true, actions: 'askForKeepalive' } },
      on: { wrote: { target: 'waiting', reenter: true } },
    },
  },
});
