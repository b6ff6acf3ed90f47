/** `--simulate NAME`: simulated devices that log what they receive, so a run can be followed and checked. */
import type { Logger } from '../../protocols/core/logger.js';
import { simulatorFor } from '../../hardware/simulated/deviceSimulators.js';
import { SimulatedDcm } from '../../hardware/simulated/simulatedDcm.js';
import { withAnswersOf, type DeviceSimulator } from '../../hardware/simulated/simulatedHardware.js';
import { createDeviceConfig, matchProtocols, type DeviceConfig } from '../../protocols/config/deviceConfig.js';
import type { AnyDeviceProtocol } from '../../protocols/devices/shared/deviceProtocol.js';
import { builtinProtocolConfigs, builtinProtocols, protocolsByName } from '../../protocols/devices/index.js';
import {
  resolveSimulatedName,
  simulatedModels,
  type SimulatedModel,
} from '../../hardware/simulated/simulatedModels.js';
import { sdlGamepadDevices } from '../../protocols/devices/sdlGamepad/sdlGamepadDevices.js';

/** Printable ASCII as text (Lovense and friends), anything else as hex. */
const show = (data: Uint8Array): string =>
  data.every((byte) => byte >= 0x20 && byte < 0x7f)
    ? new TextDecoder().decode(data)
    : Buffer.from(data).toString('hex');

const logging = (simulator: DeviceSimulator | undefined, log: Logger): DeviceSimulator =>
  withAnswersOf((write, device) => {
    log.debug({ endpoint: write.endpoint, data: show(write.data) }, 'simulated device received');
    simulator?.(write, device);
  }, simulator);

const squash = (name: string): string => name.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * `--simulate "SDL Gamepad"` (rumble only), `"SDL Gamepad (Rumble and Triggers)"` or
 * `"SDL Gamepad (Triggers Only)"`: a pad found as an SDL gamepad that reports that layout, as
 * upstream's SDL manager does (this engine has no SDL manager of its own: see --use-sdl-gamepad).
 */
export const sdlGamepadLayout = (name: string): { readonly selector?: string } | undefined => {
  if (squash(name) === squash(sdlGamepadDevices.defaults.name)) return {};
  const model = sdlGamepadDevices.configurations.find((layout) => squash(layout.name) === squash(name));
  return model?.identifiers[0] !== undefined ? { selector: model.identifiers[0] } : undefined;
};

const sdlGamepadModels = (): SimulatedModel[] =>
  [sdlGamepadDevices.defaults, ...sdlGamepadDevices.configurations].map((model) => ({
    product: model.name,
    advertisedName: model.name,
    protocol: sdlGamepadDevices.name,
  }));

/** Addresses are stable for a command line (SIM-1, SIM-2...): logs of runs compare, and a device keeps its index. */
export const simulatedAddresses = (names: readonly string[]): string[] => names.map((_, i) => `SIM-${i + 1}`);

/**
 * The simulated devices advertising `names`; `products[i]`, what the user typed for the i-th, tells
 * the model where the advertised name does not (`--simulate "Hismith Capsule"` advertises `HISMITH`).
 */
/** The commands each simulated device of the CLI remembers (its latest ones). */
export const SIMULATED_COMMANDS_KEPT = 1_000;

export const simulatedDcm = (
  names: readonly string[],
  logger: Logger,
  products: readonly string[] = [],
): SimulatedDcm => {
  const addresses = simulatedAddresses(names);
  return new SimulatedDcm({
    // An engine left running with simulated toys must not keep every command it ever wrote.
    keepCommands: SIMULATED_COMMANDS_KEPT,
    devices: names.map((name, i) => {
      const address = addresses[i]!;
      const simulator = logging(simulatorFor(name, products[i]), logger.child({ simulated: address, name }));
      const layout = sdlGamepadLayout(name);
      const advertised = simulator.manufacturerData ? { manufacturerData: simulator.manufacturerData } : {};
      return layout
        ? { name, address, simulator, transport: 'sdlGamepad' as const, selection: layout }
        : { name, address, simulator, ...advertised };
    }),
  });
};

/** Names no device configuration matches: such a device is found on scan but never connected. */
export const unknownSimulatedNames = (names: readonly string[], config: DeviceConfig): string[] =>
  names.filter(
    (name) =>
      sdlGamepadLayout(name) === undefined &&
      matchProtocols(config, { transport: 'btle', name, address: 'SIM-CHECK' }).length === 0 &&
      // A device found by its manufacturer data (a Fluffer's FDG2G), which its simulator advertises.
      simulatorFor(name)?.manufacturerData === undefined,
  );

/** What each `--simulate` name advertises: product names (`Lovense Edge`) become `LVS-Edge`; others stay. */
export const advertisedSimulatedNames = (
  names: readonly string[],
  config: DeviceConfig,
  protocols: ReadonlyMap<string, AnyDeviceProtocol> = protocolsByName(builtinProtocols),
): string[] =>
  names.map(
    (name) =>
      sdlGamepadModels().find((model) => squash(model.product) === squash(name))?.product ??
      resolveSimulatedName(config, protocols, name) ??
      name,
  );

/** `--list-simulated`: every product --simulate can stand for, with the name it advertises. */
export const simulatedDeviceList = (): string => {
  const models = [
    ...simulatedModels(createDeviceConfig(builtinProtocolConfigs()), protocolsByName(builtinProtocols)),
    ...sdlGamepadModels(),
  ].sort((a, b) => a.product.localeCompare(b.product));
  const width = Math.max(...models.map((model) => model.product.length)) + 2;
  return [
    `${models.length} devices can be simulated: --simulate "PRODUCT" or --simulate ADVERTISED-NAME`,
    '',
    `${'PRODUCT'.padEnd(width)}ADVERTISED-NAME (protocol)`,
    ...models.map((model) => `${model.product.padEnd(width)}${model.advertisedName} (${model.protocol})`),
    '',
  ].join('\n');
};
