/**
 * One device communication manager (Bluetooth LE, serial, simulated...):
 *
 *   starting -> idle <-> scanning        starting / idle / scanning -> unavailable (no adapter, no permission)
 *
 * Failures are states, never exceptions: a bus that cannot work here is `unavailable` with a reason,
 * and the engine keeps serving with the others. The bus's own I/O runs in the `bus` child the live
 * system provides (actors/engine/dcmActors.ts); this machine tells the device manager what happens.
 */
import { assign, enqueueActions, fromCallback, sendParent, sendTo, setup, type EventObject } from 'xstate';
import type { Logger } from '../protocols/core/logger.js';
import type { DeviceCommunicationManager } from '../hardware/deviceCommunicationManager.js';
import type { DiscoveredDevice } from '../hardware/hardware.js';

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

export const dcmMachine = setup({
  types: {
    input: {} as DcmInput,
    context: {} as DcmContext,
    events: {} as DcmEvent,
  },
  actors: {
    bus: fromCallback<EventObject, BusInput>(() => {
      throw new Error('bus is provided by the live system (actors/engine/dcmActors.ts)');
    }),
  },
  guards: {
    scanWasRequested: ({ context }) => context.scanRequested,
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
    noteUnavailable: assign({
      unavailableReason: ({ event }) => (event.type === 'bus.unavailable' ? event.reason : 'unavailable'),
    }),
    // Managers say why in one sentence a user can act on ("Bluetooth LE is not available: no adapter was found."): that is the warning.
    warnUnavailable: ({ context }) =>
      context.logger.warn(
        { dcm: context.dcmId, reason: context.unavailableReason },
        context.unavailableReason ?? `${context.dcmId} is not available`,
      ),
    forwardDevice: sendParent(
      ({ context, event }) =>
        ({
          type: 'dcm.deviceFound',
          dcmId: context.dcmId,
          device: (event as Extract<DcmEvent, { type: 'bus.deviceFound' }>).device,
        }) satisfies DcmToManagerEvent,
    ),
    reportScanningStopped: sendParent(
      ({ context }) => ({ type: 'dcm.scanningStopped', dcmId: context.dcmId }) satisfies DcmToManagerEvent,
    ),
    startBusScan: sendTo('bus', { type: 'bus.startScanning' } satisfies BusCommand),
    stopBusScan: sendTo('bus', { type: 'bus.stopScanning' } satisfies BusCommand),
    logScanFailure: ({ context, event }) =>
      context.logger.warn({ dcm: context.dcmId, reason: (event as { reason?: string }).reason }, 'scan failed'),
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
    'bus.unavailable': { target: '.unavailable', actions: ['noteUnavailable', 'warnUnavailable', 'reportUnavailable'] },
    'bus.deviceFound': { actions: 'forwardDevice' },
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
    },
    scanning: {
      entry: 'cancelScanRequest',
      on: {
        'scan.stop': { target: 'idle', actions: ['stopBusScan', 'reportScanningStopped'] },
        'bus.scanFinished': { target: 'idle', actions: 'reportScanningStopped' },
        'bus.scanFailed': { target: 'idle', actions: ['logScanFailure', 'reportScanningStopped'] },
        // The bus went away mid-scan (adapter switched off): that scan is over too.
        'bus.unavailable': {
          target: 'unavailable',
          actions: ['noteUnavailable', 'warnUnavailable', 'reportUnavailable', 'reportScanningStopped'],
        },
      },
    },
  },
});
