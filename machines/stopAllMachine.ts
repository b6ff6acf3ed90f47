/**
 * A StopCmd for every device: tells each device to stop and answers the client once every device has
 * written its stop, as the reference does (an app that awaits `stopAllDevices()` may rely on it).
 * A device that never answers (it went away meanwhile) holds the answer back only until the timeout.
 * Each device answers its stop exactly once (the device machine's contract), so counting down is
 * enough: an answer costs the same with a thousand devices as with one.
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
  /** Answers still to come (reply ids are a device's position in `devices` + 1). */
  readonly waiting: number;
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
    everyDeviceAnswered: ({ context }) => context.waiting === 0,
    /** A reply to one of this stop's devices (anything else sent here is ignored). */
    answersADevice: ({ context, event }) =>
      Number.isInteger(event.message.Id) && event.message.Id >= 1 && event.message.Id <= context.devices.length,
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
    noteAnswer: assign({ waiting: ({ context }) => context.waiting - 1 }),
    answerClient: sendTo(
      ({ context }) => context.session,
      ({ context }) => ({ type: 'server.message', message: { type: 'Ok', Id: context.id } satisfies ServerMessageV4 }),
    ),
  },
}).createMachine({
  id: 'stopAll',
  context: ({ input }) => ({ ...input, waiting: input.devices.length }),
  initial: 'waiting',
  states: {
    waiting: {
      entry: 'stopEveryDevice',
      always: { guard: 'everyDeviceAnswered', target: 'done' },
      after: { timeout: 'done' },
      on: { 'server.message': { guard: 'answersADevice', actions: 'noteAnswer' } },
    },
    done: {
      type: 'final',
      entry: 'answerClient',
    },
  },
});
