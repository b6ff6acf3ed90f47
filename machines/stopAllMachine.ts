/**
 * A StopCmd for every device: tells each device to stop and answers the client once every device has
 * written its stop, as the reference does (an app that awaits `stopAllDevices()` may rely on it).
 * A device that never answers (it went away meanwhile) holds the answer back only until the timeout.
 *
 *   waiting --every device answered / timeout--> done (Ok to the client)
 */
import { assign, enqueueActions, sendTo, setup, type AnyActorRef } from 'xstate';
import type { ServerMessageV4 } from '../protocols/buttplug/messages.js';
import type { DeviceEvent } from './device/deviceTypes.js';

export interface StopAllInput {
  readonly devices: readonly AnyActorRef[];
  readonly outputs: boolean;
  readonly inputs: boolean;
  readonly session: AnyActorRef;
  readonly id: number;
  readonly timeoutMs: number;
}

export interface StopAllContext extends StopAllInput {
  /** Reply ids (position in `devices` + 1) still to come. */
  readonly waiting: ReadonlySet<number>;
}

export const stopAllMachine = setup({
  types: {
    input: {} as StopAllInput,
    context: {} as StopAllContext,
    events: {} as { type: 'server.message'; message: ServerMessageV4 },
  },
  delays: {
    timeout: ({ context }) => context.timeoutMs,
  },
  guards: {
    everyDeviceAnswered: ({ context }) => context.waiting.size === 0,
  },
  actions: {
    stopEveryDevice: enqueueActions(({ context, enqueue, self }) => {
      context.devices.forEach((device, i) =>
        enqueue.sendTo(device, {
          type: 'device.stop',
          outputs: context.outputs,
          inputs: context.inputs,
          session: context.session,
          reply: { replyTo: self, id: i + 1 },
        } satisfies DeviceEvent),
      );
    }),
    noteAnswer: assign({
      waiting: ({ context, event }) => {
        const waiting = new Set(context.waiting);
        waiting.delete(event.message.Id);
        return waiting;
      },
    }),
    answerClient: sendTo(
      ({ context }) => context.session,
      ({ context }) => ({ type: 'server.message', message: { type: 'Ok', Id: context.id } satisfies ServerMessageV4 }),
    ),
  },
}).createMachine({
  id: 'stopAll',
  context: ({ input }) => ({ ...input, waiting: new Set(input.devices.map((_, i) => i + 1)) }),
  initial: 'waiting',
  states: {
    waiting: {
      entry: 'stopEveryDevice',
      always: { guard: 'everyDeviceAnswered', target: 'done' },
      after: { timeout: 'done' },
      on: { 'server.message': { actions: 'noteAnswer' } },
    },
    done: {
      type: 'final',
      entry: 'answerClient',
    },
  },
});
