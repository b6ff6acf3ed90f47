/**
 * What can be simulated, read from the device database: every model of a protocol that is found over
 * Bluetooth LE, with the name a simulated device advertises to be taken for it. `--simulate` takes
 * either that advertised name (`LVS-Edge`) or the product name (`Lovense Edge`), so any model the
 * database knows can be asked for by the name a user sees.
 *
 * The advertised name comes from the database alone (advertisedNames.ts). Where it does not tell the
 * model (every Hismith advertises `HISMITH`), the product name goes to the device simulator, which
 * answers the protocol's questions as that model.
 */
import { matchProtocols, resolveDevice, type DeviceConfig } from '../../protocols/config/deviceConfig.js';
import type { AnyDeviceProtocol } from '../../protocols/devices/shared/deviceProtocol.js';
import { simulatorFor } from './deviceSimulators.js';
import type { ModelDefinition } from '../../protocols/config/deviceDefinitions.js';
import { advertisedNameFor, bluetoothNames, manufacturerDataFor, modelsOf, squash } from './advertisedNames.js';

export interface SimulatedModel {
  /** The product, as clients will see it (`Lovense Edge`). */
  readonly product: string;
  /** What the simulated device advertises (`LVS-Edge`). */
  readonly advertisedName: string;
  readonly protocol: string;
}

/**
 * Whether a simulated device advertising `name` connects as `model`: a device simulator answers its
 * protocol's questions as that model, or the protocol asks none (no identification or initialisation exchange) and
 * takes the model from the advertised name.
 */
const connectsAs = (
  config: DeviceConfig,
  protocol: AnyDeviceProtocol | undefined,
  model: ModelDefinition,
  name: string,
): boolean => {
  if (!protocol) return false;
  if (simulatorFor(name, model.name)) return true;
  if (protocol.identify || protocol.initialize) return false;
  return (
    resolveDevice(config, { protocol: protocol.name, identifier: name, address: 'SIM-CHECK' })?.device.name ===
    model.name
  );
};

/**
 * Every model a simulated device can stand for, by product name (the first protocol to claim a name
 * wins); `protocols` are the implementations the engine runs.
 */
export const simulatedModels = (
  config: DeviceConfig,
  protocols: ReadonlyMap<string, AnyDeviceProtocol>,
): SimulatedModel[] => {
  const models: SimulatedModel[] = [];
  const seen = new Set<string>();
  for (const protocol of config.protocols.values()) {
    if (bluetoothNames(protocol).length === 0) continue;
    for (const model of modelsOf(protocol)) {
      const advertisedName = advertisedNameFor(protocol, model);
      if (!advertisedName || seen.has(squash(model.name))) continue;
      // Only names the engine will take for this protocol (an earlier protocol may claim the same name).
      const manufacturerData = manufacturerDataFor(protocol, advertisedName);
      const match = matchProtocols(config, {
        transport: 'btle',
        name: advertisedName,
        address: 'SIM-CHECK',
        ...(manufacturerData ? { manufacturerData } : {}),
      })[0];
      if (match?.protocol !== protocol.name) continue;
      if (!connectsAs(config, protocols.get(protocol.name), model, advertisedName)) continue;
      seen.add(squash(model.name));
      models.push({ product: model.name, advertisedName, protocol: protocol.name });
    }
  }
  return models.sort((a, b) => a.product.localeCompare(b.product));
};

/** The list for a configuration, computed once (it walks the whole database). */
const listed = new WeakMap<DeviceConfig, SimulatedModel[]>();

/**
 * The name to advertise for what a user typed: a product name (`Lovense Edge`, any case or spacing),
 * or an advertised name the database matches (`LVS-Edge`), as given. Undefined when neither.
 */
export const resolveSimulatedName = (
  config: DeviceConfig,
  protocols: ReadonlyMap<string, AnyDeviceProtocol>,
  typed: string,
): string | undefined => {
  const models = listed.get(config) ?? simulatedModels(config, protocols);
  listed.set(config, models);
  const product = models.find((model) => squash(model.product) === squash(typed));
  if (product) return product.advertisedName;
  return matchProtocols(config, { transport: 'btle', name: typed, address: 'SIM-CHECK' }).length > 0
    ? typed
    : undefined;
};
