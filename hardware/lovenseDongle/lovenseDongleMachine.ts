/**
 * What an open Lovense USB dongle is doing. It drives one toy at a time:
 *
 *   probing -> idle <-> searching -> stoppingSearch -> toyConnected -> idle
 *
 * `probing` asks whether a toy is still connected from before and must wait (the dongle locks up when
 * talked to too soon after that question). A search runs until a toy answers or the engine stops it;
 * the dongle ending a search by itself just restarts it. Finding a toy stops the search, which ends
 * the scan (ScanningFinished). The machine only decides; the manager does the I/O through `port`.
 */
import { assign, setup } from 'xstate';
import type { Logger } from '../../protocols/core/logger.js';
import { DongleResult, type DongleIncoming, type DongleOutgoing } from './dongleMessages.js';

/** The manager's side: how the machine talks to the dongle and reports toys. */
export interface DonglePort {
  send(message: DongleOutgoing): void;
  toyFound(id: string): void;
  toyData(id: string, text: string): void;
  toyGone(id: string): void;
  scanningFinished(): void;
}

export interface DongleMachineInput {
  readonly port: DonglePort;
  readonly logger: Logger;
  /** How long to wait for the answer to "which toy is connected?" (the reference waits 250 ms). */
  readonly probeMs?: number;
  /** Bound for the dongle to confirm a search stopped. */
  readonly stopSearchMs?: number;
}

interface DongleContext extends DongleMachineInput {
  readonly toyId?: string;
  /** A scan asked for while probing. */
  readonly scanWanted: boolean;
}

export type DongleEvent =
  | { type: 'dongle.message'; message: DongleIncoming }
  | { type: 'scan.start' }
  | { type: 'scan.stop' }
  /** The engine hung up on the toy. */
  | { type: 'toy.released' };

const messageOf = (event: DongleEvent): DongleIncoming | undefined =>
  event.type === 'dongle.message' ? event.message : undefined;

export const lovenseDongleMachine = setup({
  types: {
    input: {} as DongleMachineInput,
    context: {} as DongleContext,
    events: {} as DongleEvent,
  },
  delays: {
    probeWindow: ({ context }) => context.probeMs ?? 250,
    stopSearchTimeout: ({ context }) => context.stopSearchMs ?? 1_000,
  },
  guards: {
    scanWanted: ({ context }) => context.scanWanted,
    /** `status` 202: a toy is connected (left from before, or just paired). */
    toyConnected: ({ event }) => {
      const message = messageOf(event);
      return message?.func === 'status' && message.data?.status === DongleResult.ToyConnected && !!message.data.id;
    },
    /** `status` 403 for our toy: it went away. */
    toyDisconnected: ({ context, event }) => {
      const message = messageOf(event);
      return (
        message?.func === 'status' &&
        message.data?.status === DongleResult.ToyDisconnected &&
        (message.data.id ?? context.toyId) === context.toyId
      );
    },
    /** During a search, `toyData` names the toy that answered. */
    toyAnswered: ({ event }) => {
      const message = messageOf(event);
      return message?.func === 'toyData' && !!message.data?.id;
    },
    /** Our toy's reply to a command. */
    isToyReply: ({ context, event }) => {
      const message = messageOf(event);
      return (
        message?.func === 'toyData' &&
        message.data?.data !== undefined &&
        (message.data.id ?? context.toyId) === context.toyId
      );
    },
    searchStopped: ({ event }) => {
      const message = messageOf(event);
      return message?.func === 'search' && message.result === DongleResult.SearchStopped;
    },
  },
  actions: {
    askWhichToy: ({ context }) => context.port.send({ type: 'toy', func: 'statuss' }),
    startSearch: ({ context }) => context.port.send({ type: 'toy', func: 'search' }),
    stopSearch: ({ context }) => context.port.send({ type: 'usb', func: 'stopSearch' }),
    rememberScanWanted: assign({ scanWanted: true }),
    forgetScanWanted: assign({ scanWanted: false }),
    assignToy: assign({ toyId: ({ event }) => messageOf(event)?.data?.id }),
    reportToy: ({ context }) => context.port.toyFound(context.toyId!),
    forwardToyData: ({ context, event }) => context.port.toyData(context.toyId!, messageOf(event)!.data!.data!),
    reportToyGone: ({ context }) => context.port.toyGone(context.toyId!),
    forgetToy: assign({ toyId: undefined }),
    reportScanningFinished: ({ context }) => context.port.scanningFinished(),
    logUnhandled: ({ context, event }) => context.logger.debug({ message: messageOf(event) }, 'dongle message ignored'),
  },
}).createMachine({
  id: 'lovenseDongle',
  context: ({ input }) => ({ ...input, scanWanted: false }),
  initial: 'probing',
  states: {
    probing: {
      entry: 'askWhichToy',
      after: {
        probeWindow: [{ guard: 'scanWanted', target: 'searching' }, { target: 'idle' }],
      },
      on: {
        'scan.start': { actions: 'rememberScanWanted' },
        'scan.stop': { actions: 'forgetScanWanted' },
        'dongle.message': [
          { guard: 'toyConnected', target: 'toyConnected', actions: 'assignToy' },
          { actions: 'logUnhandled' },
        ],
      },
    },
    idle: {
      on: {
        'scan.start': 'searching',
        'dongle.message': [
          { guard: 'toyConnected', target: 'toyConnected', actions: 'assignToy' },
          { actions: 'logUnhandled' },
        ],
      },
    },
    searching: {
      entry: 'startSearch',
      on: {
        'scan.stop': { target: 'idle', actions: 'stopSearch' },
        'dongle.message': [
          {
            guard: 'toyConnected',
            target: 'toyConnected',
            actions: ['assignToy', 'stopSearch', 'reportScanningFinished'],
          },
          { guard: 'toyAnswered', target: 'stoppingSearch', actions: 'assignToy' },
          // The dongle gave up searching before we asked: search again.
          { guard: 'searchStopped', target: 'searching', reenter: true },
          { actions: 'logUnhandled' },
        ],
      },
    },
    stoppingSearch: {
      entry: 'stopSearch',
      exit: 'reportScanningFinished',
      after: { stopSearchTimeout: 'toyConnected' },
      on: {
        'dongle.message': [{ guard: 'searchStopped', target: 'toyConnected' }, { actions: 'logUnhandled' }],
      },
    },
    toyConnected: {
      entry: 'reportToy',
      on: {
        'dongle.message': [
          { guard: 'isToyReply', actions: 'forwardToyData' },
          { guard: 'toyDisconnected', target: 'idle', actions: ['reportToyGone', 'forgetToy'] },
          { actions: 'logUnhandled' },
        ],
        // The dongle cannot search while it drives a toy: the scan is over at once.
        'scan.start': { actions: 'reportScanningFinished' },
        'toy.released': { target: 'idle', actions: 'forgetToy' },
      },
    },
  },
});
