/**
 * Device-side behaviour for simulated devices: what a real toy answers, chosen by the protocol its
 * advertised name matches in the device database. Each family of toys has its file beside this one.
 */
import { createDeviceConfig, matchProtocols, type DeviceConfig } from '../../protocols/config/deviceConfig.js';
import { builtinProtocolConfigs } from '../../protocols/devices/index.js';
import { manufacturerDataOf, modelFor } from './advertisedNames.js';
import { leloF1sv2Simulator, leloHarmonySimulator } from './leloSimulator.js';
import { lovenseSimulator } from './lovenseSimulator.js';
import { ankniSimulator, fredorchRotarySimulator, fredorchSimulator, silentSimulator } from './machineSimulators.js';
import {
  hismithSimulator,
  monsterpubSimulator,
  satisfyerSimulator,
  senseeV2Simulator,
  vibratissimoSimulator,
} from './modelNumberSimulators.js';
import { flufferSimulator } from './flufferSimulator.js';
import { honeyplayboxSimulator } from './honeyplayboxSimulator.js';
import type { DeviceSimulator } from './simulatedHardware.js';
import type { SimulatorFamily } from './simulatorSupport.js';
import { thehandySimulator } from './thehandySimulator.js';
import { vibcrafterSimulator, vibioSimulator } from './vibcrafterSimulator.js';

export { lovenseAnswer, lovenseSimulator, lovenseTypeForName } from './lovenseSimulator.js';

/** The simulator of each protocol whose handshake asks the device something (or waits on it). */
const families: ReadonlyMap<string, SimulatorFamily> = new Map([
  ['lovense', ({ name }) => lovenseSimulator(name)],
  ['ankni', ankniSimulator],
  ['cowgirl-cone', silentSimulator],
  ['fluffer', flufferSimulator],
  ['fmachine', silentSimulator],
  ['fredorch', fredorchSimulator],
  ['fredorch-rotary', fredorchRotarySimulator],
  ['hismith', hismithSimulator],
  ['hismith-mini', hismithSimulator],
  ['honeyplaybox', honeyplayboxSimulator],
  ['lelo-f1sv2', leloF1sv2Simulator],
  ['lelo-harmony', leloHarmonySimulator],
  ['monsterpub', monsterpubSimulator],
  ['satisfyer', satisfyerSimulator],
  ['sensee-v2', senseeV2Simulator],
  ['thehandy-v3', thehandySimulator],
  ['vibcrafter', vibcrafterSimulator],
  ['vibio', vibioSimulator],
  ['vibratissimo', vibratissimoSimulator],
]);

let builtin: DeviceConfig | undefined;

/**
 * The simulator for a device advertising `name`, if we have one for its protocol. `product` is the
 * model it stands for where the name does not tell (every Hismith advertises `HISMITH`); without
 * it, the model is the one that advertises this name.
 */
export const simulatorFor = (name: string, product?: string): DeviceSimulator | undefined => {
  builtin ??= createDeviceConfig(builtinProtocolConfigs());
  const byName = matchProtocols(builtin, { transport: 'btle', name, address: 'SIM-CHECK' })[0]?.protocol;
  // A device found by its manufacturer data goes by its model's identifier (a Fluffer's `FDG2G`).
  const protocol = byName
    ? builtin.protocols.get(byName)
    : [...builtin.protocols.values()].find(
        (candidate) =>
          manufacturerDataOf(candidate).length > 0 &&
          candidate.configurations.some((model) => model.identifiers.includes(name)),
      );
  const family = protocol && families.get(protocol.name);
  return family && protocol ? family({ name, protocol, model: modelFor(protocol, name, product) }) : undefined;
};
