/**
 * One device, from discovery to disconnect:
 *
 *   connecting --> ready --disconnect--> closing --> disconnected
 *        `--> failed   `--(hardware that can reconnect drops)--> reconnecting
 *   reconnecting { waiting <-> attempt } --> ready (same index, outputs stopped)
 *                                       `--> disconnected (window over, another device)
 *
 * Reaching the device is states of the device (no child machine, no relayed events; the data side is
 * connectionSteps.ts), each step an I/O actor with its own timeout:
 *
 *   connecting:        opening -> linked { identifying -> awaitingDefinition -> initializing }
 *   reconnecting.attempt: opening -> linked { identifying -> initializing } (the definition is known)
 *
 * In `ready`, the write cycle:
 *
 *   starting -> idle -> settling -> writing -> gap -> gapOver -> writing | idle
 *   (no gap: idle -> writing on the frame's last request, writing -> writing | idle on the answer)
 *
 * and, only if its protocol needs keeping alive, a keepalive timer child (keepaliveTimer.ts) that any write
 * the hardware takes starts over, and that asks for a keepalive write after a silence.
 *
 * A request is checked on arrival (refusals are guarded transitions); accepted outputs wait in the
 * output queue (per output, latest wins); once the frame's last request for this device has come (the
 * session marks it `endsFrame`; else after one microtask) they are encoded and written as one batch (`startWrite`; the hardware answers with one `write.done` or `write.failed`),
 * then the message gap runs. No child actor is made per command. Sensor reads and streams run as child tasks.
 * Hardware I/O is done by the actors and actions the live system provides (actors/engine/deviceActors.ts).
 * While the device has hardware open (`linked`, `ready`) it hears the hardware's drop and notifications
 * as events: `watchHardware` on entry, `unwatchHardware` on exit (a listener, not an actor per device).
 */
import type { AnyActorRef } from 'xstate';
import { ok } from '../../protocols/buttplug/replies.js';
import { messageOf } from '../../protocols/core/errorText.js';
import type { DeviceContext, DeviceOutput } from './deviceTypes.js';
import type { Identification } from '../../protocols/devices/shared/deviceProtocol.js';
import { connectInput, identifiedKey, identifyInput, initializeInput, openedHardware } from './connectionSteps.js';
import { definitionOf, encoderOf, linkOf, MAX_STOP_WRITE_ATTEMPTS, requestedTask } from './deviceSetup.js';

export { MAX_STOP_WRITE_ATTEMPTS } from './deviceSetup.js';
import { noInputTasks } from './inputTasks.js';
import { emptyQueue } from './outputQueue.js';
import { finalStopWrites } from './outputRequests.js';
import { noSubscriptions } from './sensorSubscriptions.js';
import { writeCycleSetup } from './writeCycle.js';

/** Hands the event to an action or a guard as its params. */
const fromEvent = <E>({ event }: { event: E }) => event;
/** An I/O actor's result, or its failure's reason. */
const fromOutput = <T>({ event }: { event: { output: T } }) => event.output;
const failureOf = ({ event }: { event: { error: unknown } }) => ({ reason: messageOf(event.error) });
/** What identification named, as the key the device manager looks the device up by. */
const keyFromOutput = ({ context, event }: { context: DeviceContext; event: { output: Identification } }) =>
  identifiedKey(context, event.output);
/** A reconnect attempt that failed: the next one waits longer, and the hardware it opened is hung up. */
const attemptFailed = [
  { type: 'logReconnectFailure', params: failureOf },
  'noteReconnectFailure',
  'closeSilently',
] as const;
const okTo = ({ event }: { event: { replyTo: AnyActorRef; request: { id: number } } }) => ({
  to: event.replyTo,
  message: ok(event.request.id),
});
const writeFailure = ({ context, event }: { context: DeviceContext; event: { error: unknown } }) => ({
  error: `write to device ${definitionOf(context).index} failed: ${messageOf(event.error)}`,
});
const byEngine = 'disconnected by the engine';
const stopKeptFailing = `its stop failed ${MAX_STOP_WRITE_ATTEMPTS} times in a row: disconnected so it cannot run unattended`;

export const deviceMachine = writeCycleSetup.createMachine({
  id: 'device',
  // Every key from the start, in one order, and few of them: each `assign` copies the context, and V8 keeps
  // such a copy a fast object only up to about 19 keys (beyond, each copy is a slow dictionary).
  context: ({ input: { deviceId, discovered, protocol, specifier, timeouts, logger } }) => ({
    deviceId,
    discovered,
    protocol,
    specifier,
    timeouts,
    logger,
    hardware: undefined,
    link: undefined,
    protocolState: undefined,
    queue: emptyQueue(),
    inFlight: undefined,
    writeSeq: 0,
    lastWrite: undefined,
    subscriptions: noSubscriptions,
    inputTasks: noInputTasks(),
    motion: undefined,
    goneReason: 'device failed',
    reconnectAttempts: 0,
  }),
  initial: 'connecting',
  states: {
    // Reaching the device the first time: open the hardware, ask what it is, get its definition from the
    // device manager, initialise it. Each step is bounded (the I/O actors' timeouts, `definitionTimeout`).
    connecting: {
      initial: 'opening',
      on: { disconnect: { target: 'failed', actions: { type: 'noteGoneReason', params: byEngine } } },
      states: {
        opening: {
          invoke: {
            src: 'connectHardware',
            input: connectInput,
            onDone: { target: 'linked', actions: { type: 'assignHardware', params: fromOutput } },
            onError: { target: '#device.failed', actions: { type: 'logSetupFailure', params: failureOf } },
          },
        },
        // The hardware is open (the device hangs it up from here on): a drop ends the device at once.
        linked: {
          entry: { type: 'watchHardware', params: ({ context }) => openedHardware(context) },
          exit: 'unwatchHardware',
          on: {
            'hardware.disconnected': {
              target: '#device.disconnected',
              actions: { type: 'noteGoneReason', params: ({ event }) => event.reason },
            },
          },
          initial: 'identifying',
          states: {
            identifying: {
              invoke: {
                src: 'identifyDevice',
                input: identifyInput,
                onDone: {
                  target: 'awaitingDefinition',
                  actions: [
                    { type: 'reportIdentified', params: keyFromOutput },
                    { type: 'logIdentified', params: keyFromOutput },
                  ],
                },
                onError: { target: '#device.failed', actions: { type: 'logSetupFailure', params: failureOf } },
              },
            },
            // The device manager looks the identified device up in the device configuration.
            awaitingDefinition: {
              after: {
                definitionTimeout: {
                  target: '#device.failed',
                  actions: {
                    type: 'logSetupFailure',
                    params: ({ context }) => ({
                      reason: `no device definition within ${context.timeouts.definitionMs} ms`,
                    }),
                  },
                },
              },
              on: {
                'device.definition': {
                  target: 'initializing',
                  actions: { type: 'assignDefinition', params: fromEvent },
                },
                'device.rejected': {
                  target: '#device.failed',
                  actions: { type: 'logSetupFailure', params: fromEvent },
                },
              },
            },
            initializing: {
              invoke: {
                src: 'initializeDevice',
                input: initializeInput,
                onDone: {
                  target: '#device.ready',
                  actions: [{ type: 'assignProtocolState', params: fromOutput }, 'describeDevice', 'warnLeftOut'],
                },
                onError: { target: '#device.failed', actions: { type: 'logSetupFailure', params: failureOf } },
              },
            },
          },
        },
      },
    },
    ready: {
      entry: [
        { type: 'watchHardware', params: ({ context }) => linkOf(context).hardware },
        'startKeepalive',
        'logReady',
        'reportReady',
      ],
      exit: ['unwatchHardware', 'stopKeepalive'],
      on: {
        'device.request': [
          {
            guard: { type: 'isRefusedOutput', params: fromEvent },
            actions: { type: 'refuseOutput', params: fromEvent },
          },
          // Accepted outputs wait in the queue, and the states below take them from there.
          {
            guard: { type: 'isOutputRequest', params: fromEvent },
            actions: { type: 'queueOutputs', params: fromEvent },
          },
          { actions: { type: 'sortInputRequest', params: fromEvent } },
        ],
        'hardware.disconnected': [
          {
            guard: 'canReconnect',
            target: 'reconnecting',
            actions: { type: 'noteGoneReason', params: ({ event }) => event.reason },
          },
          { target: 'disconnected', actions: { type: 'noteGoneReason', params: ({ event }) => event.reason } },
        ],
        'request.input': [
          { guard: { type: 'isRefusedInput', params: fromEvent }, actions: { type: 'refuseInput', params: fromEvent } },
          {
            guard: { type: 'joinsOpenStream', params: fromEvent },
            actions: [
              { type: 'joinStream', params: fromEvent },
              { type: 'reply', params: okTo },
            ],
          },
          {
            guard: { type: 'closesStream', params: fromEvent },
            actions: [
              { type: 'leaveStream', params: fromEvent },
              { type: 'startInputTasks', params: ({ context, event }) => requestedTask(context, event) },
            ],
          },
          // Others still listen, or nothing was streaming: no hardware change needed.
          {
            guard: { type: 'isUnsubscribe', params: fromEvent },
            actions: [
              { type: 'leaveStream', params: fromEvent },
              { type: 'reply', params: okTo },
            ],
          },
          // A read, or the first subscriber: a task asks the hardware.
          { actions: { type: 'startInputTasks', params: ({ context, event }) => requestedTask(context, event) } },
        ],
        'device.stop': [
          {
            guard: { type: 'namesMissingFeature', params: fromEvent },
            actions: { type: 'refuseStop', params: fromEvent },
          },
          {
            guard: { type: 'stopsOutputs', params: fromEvent },
            actions: [
              { type: 'stopOutputs', params: fromEvent },
              { type: 'endStreams', params: fromEvent },
            ],
          },
          {
            actions: [
              { type: 'acknowledgeStop', params: fromEvent },
              { type: 'endStreams', params: fromEvent },
            ],
          },
        ],
        // A reloaded config: every output stops under the old definition (a now-disabled output must not keep running).
        'device.redefine': {
          actions: ['queueStop', { type: 'queueRedefinition', params: ({ event }) => event.definition }],
        },
        'device.applyDefinition': {
          actions: [{ type: 'assignRedefinition', params: ({ event }) => event.definition }, 'reportReady'],
        },
        'session.ended': {
          actions: { type: 'endStreams', params: ({ event }) => ({ inputs: true, session: event.session }) },
        },
        'hardware.notification': {
          guard: 'decodesNotifications',
          actions: { type: 'deliverReadings', params: fromEvent },
        },
        'input.done': {
          guard: { type: 'isRunningTask', params: fromEvent },
          actions: { type: 'finishInputTask', params: fromEvent },
        },
        'input.failed': {
          guard: { type: 'isRunningTask', params: fromEvent },
          actions: [
            { type: 'logInputFailure', params: fromEvent },
            { type: 'failInputTask', params: fromEvent },
          ],
        },
        disconnect: { target: 'closing', actions: { type: 'noteGoneReason', params: byEngine } },
      },
      initial: 'starting',
      states: {
        // Devices that resend their last packet start from a known all-off packet.
        starting: {
          always: [{ guard: 'stopsOnConnect', target: 'idle', actions: 'queueStop' }, { target: 'idle' }],
        },
        idle: {
          // Something was queued (an output request, a stop): at once if its frame said it was complete
          // and no gap follows the write.
          always: [
            { guard: 'hasCompleteBatch', target: 'writing', actions: 'prepareBatch' },
            { guard: 'hasPending', target: 'settling' },
          ],
          on: {
            // The frame's last command to a device with no gap: queued and written in one step.
            'device.request': [
              {
                guard: { type: 'writesAtOnce', params: fromEvent },
                target: 'writing',
                actions: { type: 'queueAndWrite', params: fromEvent },
              },
              {
                guard: { type: 'writesAtOnceOverMotion', params: fromEvent },
                target: 'writing',
                actions: { type: 'queueAndWriteOverMotion', params: fromEvent },
              },
            ],
            'keepalive.due': { guard: 'hasKeepaliveWrite', target: 'writing', actions: 'prepareKeepaliveWrite' },
          },
        },
        // One microtask for the rest of the frame to arrive (the messages of one frame share a batch),
        // unless its last request says it is the last.
        settling: {
          entry: 'awaitEndOfFrame',
          always: { guard: 'hasCompleteBatch', target: 'writing', actions: 'prepareBatch' },
          on: { 'frame.ended': { target: 'writing', actions: 'prepareBatch' } },
        },
        // The batch in flight (`inFlight`) goes to the hardware, which answers once, naming the write;
        // its requests are answered then. What arrives meanwhile waits in the queue (latest wins).
        writing: {
          entry: {
            type: 'startWrite',
            params: ({ context }) => ({
              seq: context.inFlight?.seq ?? 0,
              hardware: linkOf(context).hardware,
              writes: context.inFlight?.writes ?? [],
              timeoutMs: context.timeouts.writeMs,
            }),
          },
          on: {
            'write.done': [
              {
                guard: { type: 'isCurrentWriteBeforeGap', params: fromEvent },
                target: 'gap',
                actions: 'finishBatch',
              },
              // No gap to wait (no timer to set and cancel either): what waited goes out now, in this same
              // step (a landed write leaves `pending` as it was, so the guard may look before `finishBatch`).
              {
                guard: { type: 'landedWithMore', params: fromEvent },
                target: 'writing',
                reenter: true,
                actions: 'finishAndStartBatch',
              },
              { guard: { type: 'isCurrentWrite', params: fromEvent }, target: 'idle', actions: 'finishBatch' },
            ],
            'write.failed': [
              // A stop that keeps failing: hang up (closing writes the stop once more) rather than leave it running.
              {
                guard: { type: 'stopKeepsFailing', params: fromEvent },
                target: '#device.closing',
                actions: [
                  { type: 'logWriteFailure', params: writeFailure },
                  { type: 'failBatch', params: writeFailure },
                  { type: 'noteGoneReason', params: stopKeptFailing },
                ],
              },
              // A failed stop is queued again (outputQueue.ts) and retried after the gap.
              {
                guard: { type: 'isCurrentWrite', params: fromEvent },
                target: 'gap',
                actions: [
                  { type: 'logWriteFailure', params: writeFailure },
                  { type: 'failBatch', params: writeFailure },
                ],
              },
            ],
          },
        },
        gap: {
          // Without a gap (after a failed write) there is nothing to wait for (a 0 ms timer would still cost a tick).
          always: { guard: 'hasNoGap', target: 'gapOver' },
          after: { messageGap: 'gapOver' },
        },
        // What waited during the gap goes out now.
        gapOver: {
          always: [{ guard: 'hasPending', target: 'writing', actions: 'prepareBatch' }, { target: 'idle' }],
        },
      },
    },
    // The device stays listed with its index while its hardware tries to come back.
    reconnecting: {
      entry: ['forgetHardwareState', 'failEverything', 'logReconnecting'],
      after: { reconnectWindow: { target: 'disconnected', actions: ['logGaveUp', 'closeSilently'] } },
      on: {
        'device.request': { actions: { type: 'refuseWhileReconnecting', params: fromEvent } },
        // Outputs of a device that is away are off already, and stay off when it comes back.
        'device.stop': {
          actions: [
            { type: 'forgetStreams', params: fromEvent },
            { type: 'acknowledgeStop', params: fromEvent },
          ],
        },
        'session.ended': {
          actions: { type: 'forgetStreams', params: ({ event }) => ({ inputs: true, session: event.session }) },
        },
        disconnect: {
          target: 'disconnected',
          actions: [{ type: 'noteGoneReason', params: byEngine }, 'closeSilently'],
        },
      },
      initial: 'waiting',
      states: {
        waiting: {
          after: { reconnectBackoff: 'attempt' },
        },
        // The same steps as `connecting`, for the same device: its definition is known already, and
        // another device answering at its address ends it.
        attempt: {
          initial: 'opening',
          states: {
            opening: {
              invoke: {
                src: 'connectHardware',
                input: connectInput,
                onDone: { target: 'linked', actions: { type: 'assignHardware', params: fromOutput } },
                onError: { target: '#device.reconnecting.waiting', actions: attemptFailed },
              },
            },
            linked: {
              entry: { type: 'watchHardware', params: ({ context }) => openedHardware(context) },
              exit: 'unwatchHardware',
              on: {
                'hardware.disconnected': {
                  target: '#device.reconnecting.waiting',
                  actions: [
                    { type: 'logReconnectFailure', params: fromEvent },
                    'noteReconnectFailure',
                    'closeSilently',
                  ],
                },
              },
              initial: 'identifying',
              states: {
                identifying: {
                  invoke: {
                    src: 'identifyDevice',
                    input: identifyInput,
                    onDone: [
                      {
                        guard: { type: 'isOtherDevice', params: fromOutput },
                        target: '#device.disconnected',
                        actions: [
                          { type: 'noteGoneReason', params: 'a different device answered at its address' },
                          'closeSilently',
                        ],
                      },
                      { target: 'initializing', actions: 'assignKnownDefinition' },
                    ],
                    onError: { target: '#device.reconnecting.waiting', actions: attemptFailed },
                  },
                },
                initializing: {
                  invoke: {
                    src: 'initializeDevice',
                    input: initializeInput,
                    onDone: {
                      target: '#device.ready',
                      actions: [
                        { type: 'assignProtocolState', params: fromOutput },
                        'logReconnected',
                        'restoreStreams',
                      ],
                    },
                    onError: { target: '#device.reconnecting.waiting', actions: attemptFailed },
                  },
                },
              },
            },
          },
        },
      },
    },
    closing: {
      // Last words to the hardware: zero every output, then hang up.
      invoke: {
        src: 'closeHardware',
        input: ({ context }) => ({
          hardware: linkOf(context).hardware,
          writes: finalStopWrites(encoderOf(context), context.queue),
          timeoutMs: context.timeouts.closeMs,
        }),
        onDone: 'disconnected',
        onError: 'disconnected',
      },
      // It is still listed until it is gone: what reaches it now is answered, and nothing new is written.
      on: {
        'device.request': { actions: { type: 'refuseWhileClosing', params: fromEvent } },
        // Its stop is what it is writing.
        'device.stop': { actions: { type: 'acknowledgeStop', params: fromEvent } },
      },
    },
    disconnected: {
      type: 'final',
      entry: 'failEverything',
    },
    failed: {
      type: 'final',
      entry: ['closeSilently', 'failEverything'],
    },
  },
  output: ({ context }): DeviceOutput => ({
    deviceId: context.deviceId,
    address: context.discovered.info.address,
    reason: context.goneReason,
  }),
});
