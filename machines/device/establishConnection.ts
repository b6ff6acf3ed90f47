/**
 * Reaching a device: the first time, and again after its hardware dropped.
 *
 *   connecting -> linked { identifying -> awaitingDefinition -> initializing } -> reported
 *                                    \--(reconnect: same device, definition known)--^
 *
 * The device invokes this child from `connecting` and from `reconnecting.attempt`, and hears what
 * happens as events: `connection.opened` once there is hardware to hang up (the device owns it),
 * `connection.identified` the first time (the device manager then sends the definition, which the
 * device forwards here), and at the end one of `connection.established`, `connection.failed`,
 * `connection.dropped` or `connection.otherDevice`. Hardware I/O is done by actors the live system
 * provides (actors/engine/deviceActors.ts).
 */
import { assign, fromCallback, fromPromise, sendParent, setup, type EventObject } from 'xstate';
import type { Hardware } from '../../hardware/hardware.js';
import { messageOf } from '../../protocols/core/errorText.js';
import type { ResolvedDevice } from '../../protocols/config/resolvedDevice.js';
import {
  undrivableOutputs,
  withoutOutputs,
  type UndrivableOutput,
} from '../../protocols/devices/shared/drivableOutputs.js';
import {
  identifiedModel,
  identifiedProtocol,
  type Identification,
  type ProtocolDevice,
} from '../../protocols/devices/shared/deviceProtocol.js';
import type { ConnectInput, ConnectionEvent, EstablishInput, IdentifyInput, InitializeInput } from './deviceTypes.js';

export interface EstablishContext extends EstablishInput {
  readonly hardware?: Hardware;
  readonly identifier?: string;
  readonly protocolDevice?: ProtocolDevice;
  readonly protocolState: unknown;
  /** Declared outputs the protocol cannot stop, left out of `protocolDevice`. */
  readonly leftOut?: readonly UndrivableOutput[];
}

type EstablishEvent =
  | { type: 'device.definition'; definition: ResolvedDevice }
  | { type: 'device.rejected'; reason: string }
  | { type: 'hardware.disconnected'; reason: string }
  | { type: 'hardware.notification' };

const provided = (name: string) => () => {
  throw new Error(`${name} is provided by the live system (actors/engine/deviceActors.ts)`);
};

/** Only called in states that have it: `linked` and below. */
const hardwareOf = ({ hardware }: EstablishContext): Hardware => {
  if (!hardware) throw new Error('establishConnection: no hardware yet');
  return hardware;
};

const manufacturerDataOf = ({ discovered: { info } }: EstablishContext) =>
  info.transport === 'btle' && info.manufacturerData ? { manufacturerData: info.manufacturerData } : {};

/**
 * What the protocol knows of the device it drives; a new connection starts from the protocol's
 * initial state. Declared outputs the protocol cannot stop are left out (and reported as `leftOut`).
 */
const describe = (context: EstablishContext, declared: ResolvedDevice, identifier: string | undefined) => {
  const hardware = hardwareOf(context);
  const deviceWith = (definition: ResolvedDevice): ProtocolDevice => ({
    definition,
    ...(identifier !== undefined ? { identifier } : {}),
    hardwareName: hardware.name,
    endpoints: hardware.endpoints,
    ...manufacturerDataOf(context),
  });
  const probe = deviceWith(declared);
  // The state is shaped by what the database declares (a combined packet keeps a slot, at 0, for a
  // motor left out, as buttplug-rs's does); only what is advertised is narrowed.
  const protocolState = context.protocol.createState(probe);
  const leftOut = undrivableOutputs(context.protocol, protocolState, probe);
  const protocolDevice = leftOut.length === 0 ? probe : deviceWith(withoutOutputs(declared, leftOut));
  return { identifier, protocolDevice, leftOut, protocolState };
};

const identifyInput = ({ context }: { context: EstablishContext }): IdentifyInput => ({
  hardware: hardwareOf(context),
  protocol: context.protocol,
  timeoutMs: context.timeouts.exchangeMs,
  ...manufacturerDataOf(context),
});

export const establishConnectionMachine = setup({
  types: {
    input: {} as EstablishInput,
    context: {} as EstablishContext,
    events: {} as EstablishEvent,
  },
  actors: {
    connectHardware: fromPromise<Hardware, ConnectInput>(provided('connectHardware')),
    identifyDevice: fromPromise<Identification, IdentifyInput>(provided('identifyDevice')),
    initializeDevice: fromPromise<unknown, InitializeInput>(provided('initializeDevice')),
    hardwareEvents: fromCallback<EventObject, { hardware: Hardware }>(provided('hardwareEvents')),
  },
  delays: {
    definitionTimeout: ({ context }) => context.timeouts.definitionMs,
  },
  guards: {
    isReconnect: ({ context }) => context.known !== undefined,
    /** After a reconnect, a device that says what it is must say what it said before (not another toy at that address). */
    isOtherDevice: ({ context }, identification: Identification) => {
      const identifier = identifiedModel(identification);
      return context.known !== undefined && identifier !== undefined && identifier !== context.known.identifier;
    },
  },
  actions: {
    assignHardware: assign((_, hardware: Hardware) => ({ hardware })),
    reportOpened: sendParent(
      (_, hardware: Hardware) => ({ type: 'connection.opened', hardware }) satisfies ConnectionEvent,
    ),
    assignIdentifier: assign((_, identification: Identification) => ({ identifier: identifiedModel(identification) })),
    reportIdentified: sendParent(
      ({ context }, identification: Identification) =>
        ({
          type: 'connection.identified',
          key: {
            protocol: identifiedProtocol(identification) ?? context.protocol.name,
            ...(context.identifier !== undefined ? { identifier: context.identifier } : {}),
            address: context.discovered.info.address,
          },
        }) satisfies ConnectionEvent,
    ),
    assignDefinition: assign(({ context }, definition: ResolvedDevice) =>
      describe(context, definition, context.identifier),
    ),
    /** A device that comes back keeps what it was: its definition and the identifier it had. */
    assignKnownDefinition: assign(({ context }) =>
      context.known ? describe(context, context.known.definition, context.known.identifier) : {},
    ),
    assignProtocolState: assign((_, protocolState: unknown) => ({ protocolState })),
    reportEstablished: sendParent(({ context }) => {
      const { identifier, protocolDevice, protocolState } = context;
      if (!protocolDevice) throw new Error('establishConnection: established without a definition');
      const link = {
        hardware: hardwareOf(context),
        protocolDevice,
        ...(identifier !== undefined ? { identifier } : {}),
        ...(context.leftOut?.length ? { leftOut: context.leftOut } : {}),
      };
      return { type: 'connection.established', link, protocolState } satisfies ConnectionEvent;
    }),
    reportFailed: sendParent((_, reason: string) => ({ type: 'connection.failed', reason }) satisfies ConnectionEvent),
    reportDropped: sendParent(
      (_, reason: string) => ({ type: 'connection.dropped', reason }) satisfies ConnectionEvent,
    ),
    reportOtherDevice: sendParent({ type: 'connection.otherDevice' } satisfies ConnectionEvent),
  },
}).createMachine({
  id: 'establishConnection',
  context: ({ input }) => ({ ...input, protocolState: undefined }),
  initial: 'connecting',
  states: {
    connecting: {
      invoke: {
        src: 'connectHardware',
        input: ({ context }) => ({
          discovered: context.discovered,
          specifier: context.specifier,
          timeoutMs: context.timeouts.connectMs,
        }),
        onDone: {
          target: 'linked',
          actions: [
            { type: 'assignHardware', params: ({ event }) => event.output },
            { type: 'reportOpened', params: ({ event }) => event.output },
          ],
        },
        onError: {
          target: 'reported',
          actions: { type: 'reportFailed', params: ({ event }) => messageOf(event.error) },
        },
      },
    },
    // The hardware is open: a drop ends the attempt at once.
    linked: {
      invoke: { src: 'hardwareEvents', input: ({ context }) => ({ hardware: hardwareOf(context) }) },
      on: {
        'hardware.disconnected': {
          target: 'reported',
          actions: { type: 'reportDropped', params: ({ event }) => event.reason },
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
                guard: { type: 'isOtherDevice', params: ({ event }) => event.output },
                target: '#establishConnection.reported',
                actions: 'reportOtherDevice',
              },
              { guard: 'isReconnect', target: 'initializing', actions: 'assignKnownDefinition' },
              {
                target: 'awaitingDefinition',
                actions: [
                  { type: 'assignIdentifier', params: ({ event }) => event.output },
                  { type: 'reportIdentified', params: ({ event }) => event.output },
                ],
              },
            ],
            onError: {
              target: '#establishConnection.reported',
              actions: { type: 'reportFailed', params: ({ event }) => messageOf(event.error) },
            },
          },
        },
        // The device manager looks the identified device up in the device configuration.
        awaitingDefinition: {
          after: {
            definitionTimeout: {
              target: '#establishConnection.reported',
              actions: {
                type: 'reportFailed',
                params: ({ context }) => `no device definition within ${context.timeouts.definitionMs} ms`,
              },
            },
          },
          on: {
            'device.definition': {
              target: 'initializing',
              actions: { type: 'assignDefinition', params: ({ event }) => event.definition },
            },
            'device.rejected': {
              target: '#establishConnection.reported',
              actions: { type: 'reportFailed', params: ({ event }) => event.reason },
            },
          },
        },
        initializing: {
          invoke: {
            src: 'initializeDevice',
            input: ({ context }): InitializeInput => {
              if (!context.protocolDevice) throw new Error('establishConnection: initializing without a definition');
              return { ...identifyInput({ context }), device: context.protocolDevice, state: context.protocolState };
            },
            onDone: {
              target: '#establishConnection.reported',
              actions: [
                { type: 'assignProtocolState', params: ({ event }: { event: { output: unknown } }) => event.output },
                'reportEstablished',
              ],
            },
            onError: {
              target: '#establishConnection.reported',
              actions: { type: 'reportFailed', params: ({ event }) => messageOf(event.error) },
            },
          },
        },
      },
    },
    // Not final: the device stops this child when it leaves the state that invoked it.
    reported: {},
  },
});
