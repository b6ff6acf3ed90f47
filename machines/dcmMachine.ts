/**
 * One device communication manager (Bluetooth LE, serial, simulated...):
 *
 *   starting -> idle <-> scanning        starting / idle / scanning -> unavailable (no adapter, no permission)
 *
 *   scanning: starting -> listening                          (the bus reports what it finds by itself)
 *                      `-> looking <-> resting               (a polling manager: one look, then a pause)
 *   idle:     quiet | resting <-> watching                   (a polling manager watching its open devices)
 *
 * Failures are states, never exceptions: a bus that cannot work here is `unavailable` with a reason,
 * and the engine keeps serving with the others. The bus's own I/O runs in the `bus` child the live
 * system provides (actors/engine/dcmActors.ts); this machine tells the device manager what happens.
 */
import { assign, enqueueActions, fromCallback, fromPromise, sendParent, sendTo, setup, type EventObject } from 'xstate';
import type { Logger } from '../protocols/core/logger.js';
import type { DeviceCommunicationManager } from '../hardware/deviceCommunicationManager.js';
import type { DiscoveredDevice } from '../hardware/hardware.js';
import { messageOf } from '../protocols/core/errorText.js';

export interface DcmInput {
  readonly dcmId: string;
  readonly manager: DeviceCommunicationManager;
  readonly logger: Logger;
}

export interface DcmContext extends DcmInput {
  readonly unavailableReason?: string;
  /** A scan asked for while the bus was still starting. */
  readonly scanRequested: boolean;
}

/** From the device manager, and from the bus child. */
export type DcmEvent =
  | { type: 'scan.start' }
  | { type: 'scan.stop' }
  | { type: 'bus.started' }
  | { type: 'bus.unavailable'; reason: string }
  | { type: 'bus.available' }
  | { type: 'bus.deviceFound'; device: DiscoveredDevice }
  | { type: 'bus.scanStarted' }
  | { type: 'bus.scanFailed'; reason: string }
  | { type: 'bus.scanFinished' };

/** What a DCM tells the device manager. */
export type DcmToManagerEvent =
  | { type: 'dcm.status'; dcmId: string; available: boolean; reason?: string }
  | { type: 'dcm.deviceFound'; dcmId: string; device: DiscoveredDevice }
  | { type: 'dcm.scanningStopped'; dcmId: string };

/** Commands the machine gives its bus child. */
export type BusCommand = { type: 'bus.startScanning' } | { type: 'bus.stopScanning' };

export interface BusInput {
  readonly manager: DeviceCommunicationManager;
  readonly logger: Logger;
}

/** One look of a polling manager (`scanOnce`). */
export interface LookInput {
  readonly manager: DeviceCommunicationManager;
  readonly scanning: boolean;
}

const provided = (name: string) => () => {
  throw new Error(`${name} is provided by the live system (actors/engine/dcmActors.ts)`);
};

export const dcmMachine = setup({
  types: {
    input: {} as DcmInput,
    context: {} as DcmContext,
    events: {} as DcmEvent,
  },
  actors: {
    bus: fromCallback<EventObject, BusInput>(provided('bus')),
    scanOnce: fromPromise<void, LookInput>(provided('scanOnce')),
  },
  delays: {
    pollInterval: ({ context }) => context.manager.pollIntervalMs ?? 1_000,
  },
  guards: {
    scanWasRequested: ({ context }) => context.scanRequested,
    /** The manager leaves its poll loop to this machine. */
    polls: ({ context }) => context.manager.scanOnce !== undefined,
    /** Asked at each pause: the manager holds devices only a look notices leaving. */
    isWatching: ({ context }) => context.manager.isWatching?.() ?? false,
  },
  actions: {
    requestScan: assign({ scanRequested: true }),
    /** A scan that was waiting for the bus will never run. */
    reportPendingScanStopped: enqueueActions(({ context, enqueue }) => {
      if (context.scanRequested) {
        enqueue.sendParent({ type: 'dcm.scanningStopped', dcmId: context.dcmId } satisfies DcmToManagerEvent);
      }
    }),
    cancelScanRequest: assign({ scanRequested: false }),
    reportAvailable: sendParent(
      ({ context }) => ({ type: 'dcm.status', dcmId: context.dcmId, available: true }) satisfies DcmToManagerEvent,
    ),
    reportUnavailable: sendParent(
      ({ context }) =>
        ({
          type: 'dcm.status',
          dcmId: context.dcmId,
          available: false,
          ...(context.unavailableReason ? { reason: context.unavailableReason } : {}),
        }) satisfies DcmToManagerEvent,
    ),
    noteUnavailable: assign((_, unavailableReason: string) => ({ unavailableReason })),
    // Managers say why in one sentence a user can act on ("Bluetooth LE is not available: no adapter was found."): that is the warning.
    warnUnavailable: ({ context }) =>
      context.logger.warn(
        { dcm: context.dcmId, reason: context.unavailableReason },
        context.unavailableReason ?? `${context.dcmId} is not available`,
      ),
    forwardDevice: sendParent(
      ({ context }, device: DiscoveredDevice) =>
        ({ type: 'dcm.deviceFound', dcmId: context.dcmId, device }) satisfies DcmToManagerEvent,
    ),
    reportScanningStopped: sendParent(
      ({ context }) => ({ type: 'dcm.scanningStopped', dcmId: context.dcmId }) satisfies DcmToManagerEvent,
    ),
    startBusScan: sendTo('bus', { type: 'bus.startScanning' } satisfies BusCommand),
    stopBusScan: sendTo('bus', { type: 'bus.stopScanning' } satisfies BusCommand),
    logScanFailure: ({ context }, { reason }: { reason: string }) =>
      context.logger.warn({ dcm: context.dcmId, reason }, 'scan failed'),
    logLookFailure: ({ context }, { error }: { error: unknown }) =>
      context.logger.warn({ dcm: context.dcmId, reason: messageOf(error) }, 'looking for devices failed'),
  },
}).createMachine({
  id: 'dcm',
  context: ({ input }) => ({ ...input, scanRequested: false }),
  invoke: {
    id: 'bus',
    src: 'bus',
    input: ({ context }) => ({ manager: context.manager, logger: context.logger }),
  },
  on: {
    'bus.unavailable': {
      target: '.unavailable',
      actions: [
        { type: 'noteUnavailable', params: ({ event }) => event.reason },
        'warnUnavailable',
        'reportUnavailable',
      ],
    },
    'bus.deviceFound': { actions: { type: 'forwardDevice', params: ({ event }) => event.device } },
  },
  initial: 'starting',
  states: {
    starting: {
      on: {
        'bus.started': [
          { guard: 'scanWasRequested', target: 'scanning', actions: ['reportAvailable', 'startBusScan'] },
          { target: 'idle', actions: 'reportAvailable' },
        ],
        // Asked before the bus is up: scan as soon as it is.
        'scan.start': { actions: 'requestScan' },
        'scan.stop': { actions: ['cancelScanRequest', 'reportScanningStopped'] },
      },
    },
    unavailable: {
      entry: ['reportPendingScanStopped', 'cancelScanRequest'],
      on: {
        'bus.available': { target: 'idle', actions: 'reportAvailable' },
        'scan.start': { actions: 'reportScanningStopped' },
        'scan.stop': { actions: 'reportScanningStopped' },
      },
    },
    idle: {
      on: {
        'scan.start': { target: 'scanning', actions: 'startBusScan' },
        'scan.stop': { actions: 'reportScanningStopped' },
      },
      initial: 'choosing',
      states: {
        choosing: { always: [{ guard: 'polls', target: 'resting' }, { target: 'quiet' }] },
        quiet: {},
        // Between scans a polling manager still looks after the devices it has open (an unplugged HID toy).
        resting: {
          after: {
            pollInterval: [
              { guard: 'isWatching', target: 'watching' },
              { target: 'resting', reenter: true },
            ],
          },
        },
        watching: {
          invoke: {
            src: 'scanOnce',
            input: ({ context }) => ({ manager: context.manager, scanning: false }),
            onDone: 'resting',
            onError: { target: 'resting', actions: { type: 'logLookFailure', params: ({ event }) => event } },
          },
        },
      },
    },
    scanning: {
      entry: 'cancelScanRequest',
      on: {
        'scan.stop': { target: 'idle', actions: ['stopBusScan', 'reportScanningStopped'] },
        'bus.scanFinished': { target: 'idle', actions: 'reportScanningStopped' },
        'bus.scanFailed': {
          target: 'idle',
          actions: [{ type: 'logScanFailure', params: ({ event }) => event }, 'reportScanningStopped'],
        },
        // The bus went away mid-scan (adapter switched off): that scan is over too.
        'bus.unavailable': {
          target: 'unavailable',
          actions: [
            { type: 'noteUnavailable', params: ({ event }) => event.reason },
            'warnUnavailable',
            'reportUnavailable',
            'reportScanningStopped',
          ],
        },
      },
      initial: 'starting',
      states: {
        // The bus says when its scan runs (a polling manager has forgotten the last scan's devices by then).
        starting: { on: { 'bus.scanStarted': [{ guard: 'polls', target: 'looking' }, { target: 'listening' }] } },
        listening: {},
        // The poll loop: one look at the bus, a pause, the next look.
        looking: {
          invoke: {
            src: 'scanOnce',
            input: ({ context }) => ({ manager: context.manager, scanning: true }),
            onDone: 'resting',
            onError: { target: 'resting', actions: { type: 'logLookFailure', params: ({ event }) => event } },
          },
        },
        resting: { after: { pollInterval: 'looking' } },
      },
    },
  },
});
