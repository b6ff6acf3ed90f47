/**
 * The ping watchdog of one session. With MaxPingTime > 0 the client must ping within MaxPingTime of
 * the handshake and of every previous ping; otherwise the timer expires (a final state: the session
 * sees it as this actor being done). With MaxPingTime 0 it stays off.
 */
import { setup } from 'xstate';

export interface PingTimerInput {
  readonly maxPingTime: number;
}

export const pingTimerMachine = setup({
  types: {
    input: {} as PingTimerInput,
    context: {} as { maxPingTime: number },
    events: {} as { type: 'ping' },
  },
  guards: {
    isDisabled: ({ context }) => context.maxPingTime <= 0,
  },
  delays: {
    maxPingTime: ({ context }) => context.maxPingTime,
  },
}).createMachine({
  id: 'pingTimer',
  context: ({ input }) => ({ maxPingTime: input.maxPingTime }),
  initial: 'starting',
  states: {
    starting: {
      always: [{ guard: 'isDisabled', target: 'off' }, { target: 'waiting' }],
    },
    off: {},
    waiting: {
      after: { maxPingTime: 'expired' },
      on: { ping: { target: 'waiting', reenter: true } },
    },
    expired: { type: 'final' },
  },
});
