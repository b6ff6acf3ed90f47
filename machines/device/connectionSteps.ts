/**
 * The data side of reaching a device (the `connecting` and `reconnecting.attempt` states of
 * deviceMachine.ts): what identification names, what the protocol knows of the device once its
 * definition is known, and the inputs of the connect, identify and initialise exchanges.
 */
import type { Hardware } from '../../hardware/hardware.js';
import type { DeviceKey } from '../../protocols/config/deviceDefinitions.js';
import type { ResolvedDevice } from '../../protocols/config/resolvedDevice.js';
import { undrivableOutputs, withoutOutputs } from '../../protocols/devices/shared/drivableOutputs.js';
import {
  identifiedModel,
  identifiedProtocol,
  type Identification,
  type ProtocolDevice,
} from '../../protocols/devices/shared/deviceProtocol.js';
import type { ConnectInput, DeviceContext, DeviceLink, IdentifyInput, InitializeInput } from './deviceTypes.js';

/** The hardware opened by the attempt under way (only asked for in the states that opened it). */
export const openedHardware = ({ hardware }: DeviceContext): Hardware => {
  if (!hardware) throw new Error('device: no hardware opened yet');
  return hardware;
};

const manufacturerDataOf = ({ discovered: { info } }: DeviceContext) =>
  info.transport === 'btle' && info.manufacturerData ? { manufacturerData: info.manufacturerData } : {};

/** The key the device manager looks the device up by: its protocol, the model identification named, its address. */
export const identifiedKey = (context: DeviceContext, identification: Identification): DeviceKey => {
  const identifier = identifiedModel(identification);
  return {
    protocol: identifiedProtocol(identification) ?? context.protocol.name,
    ...(identifier !== undefined ? { identifier } : {}),
    address: context.discovered.info.address,
  };
};

/** After a reconnect, a device that says what it is must say what it said before (not another toy at that address). */
export const isOtherDevice = (context: DeviceContext, identification: Identification): boolean => {
  const identifier = identifiedModel(identification);
  return identifier !== undefined && identifier !== context.link?.identifier;
};

/**
 * The link to the hardware just opened, as the protocol sees it: a new connection starts from the
 * protocol's initial state, and declared outputs the protocol cannot stop are left out (`leftOut`).
 */
export const describeLink = (
  context: DeviceContext,
  declared: ResolvedDevice,
  identifier: string | undefined,
): { link: DeviceLink; protocolState: unknown } => {
  const hardware = openedHardware(context);
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
  const link = {
    hardware,
    protocolDevice,
    ...(identifier !== undefined ? { identifier } : {}),
    ...(leftOut.length > 0 ? { leftOut } : {}),
  };
  return { link, protocolState };
};

export const connectInput = ({ context }: { context: DeviceContext }): ConnectInput => ({
  discovered: context.discovered,
  specifier: context.specifier,
  timeoutMs: context.timeouts.connectMs,
});

export const identifyInput = ({ context }: { context: DeviceContext }): IdentifyInput => ({
  hardware: openedHardware(context),
  protocol: context.protocol,
  timeoutMs: context.timeouts.exchangeMs,
  ...manufacturerDataOf(context),
});

export const initializeInput = ({ context }: { context: DeviceContext }): InitializeInput => {
  if (!context.link) throw new Error('device: initialising without a definition');
  return { ...identifyInput({ context }), device: context.link.protocolDevice, state: context.protocolState };
};
