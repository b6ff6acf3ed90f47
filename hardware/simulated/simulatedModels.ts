/**
 * What can be simulated, read from the device database: every model of a protocol that is found over
 * Bluetooth LE, with the name a simulated device advertises to be taken for it. `--simulate` takes
 * either that advertised name (`LVS-Edge`) or the product name (`Lovense Edge`), so any model the
 * database knows can be asked for by the name a user sees.
 *
 * The advertised name comes from the database alone: an identifier of the model that its protocol's
 * Bluetooth names match (protocols that tell models apart by name), else the protocol's name pattern
 * with the model's name in place of `*` (`LVS-*` -> `LVS-Edge`: protocols that ask the device what it
 * is), else the protocol's one literal name.
 */
import { matchProtocols, resolveDevice, type DeviceConfig } from '../../protocols/config/deviceConfig.js';
import type { AnyDeviceProtocol } from '../../protocols/devices/shared/deviceProtocol.js';
import { simulatorFor } from './deviceSimulators.js';
import type { ModelDefinition, ProtocolConfig } from '../../protocols/config/deviceDefinitions.js';
import { nameMatches } from '../../protocols/config/specifierMatching.js';

export interface SimulatedModel {
  /** The product, as clients will see it (`Lovense Edge`). */
  readonly product: string;
  /** What the simulated device advertises (`LVS-Edge`). */
  readonly advertisedName: string;
  readonly protocol: string;
}

/** Names compared the way people type them: case, spaces and punctuation aside. */
const squash = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, '');

const bluetoothNames = (protocol: ProtocolConfig): string[] =>
  protocol.communication.flatMap((specifier) => (specifier.transport === 'btle' ? specifier.names : []));

/** The model's name without its brand (the first word), as the device would put it after a prefix. */
const shortName = (model: ModelDefinition): string => model.name.split(' ').slice(1).join('') || model.name;

const advertisedNameFor = (protocol: ProtocolConfig, model: ModelDefinition): string | undefined => {
  const names = bluetoothNames(protocol);
  const byIdentifier = model.identifiers.find((identifier) =>
    names.some((pattern) => nameMatches(pattern, identifier)),
  );
  if (byIdentifier) return byIdentifier;
  const wildcard = names.find((pattern) => pattern.endsWith('*'));
  if (wildcard) return `${wildcard.slice(0, -1)}${shortName(model)}`;
  return names[0];
};

/**
 * Whether a simulated device advertising `name` connects as `model`: a device simulator answers its
 * protocol's questions, or the protocol asks none (no identification or initialisation exchange) and
 * takes the model from the advertised name.
 */
const connectsAs = (
  config: DeviceConfig,
  protocol: AnyDeviceProtocol | undefined,
  model: ModelDefinition,
  name: string,
): boolean => {
  if (!protocol) return false;
  if (simulatorFor(name)) return true;
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
    const all = protocol.configurations.length > 0 ? protocol.configurations : [protocol.defaults];
    for (const model of all) {
      const advertisedName = advertisedNameFor(protocol, model);
      if (!advertisedName || seen.has(squash(model.name))) continue;
      // Only names the engine will take for this protocol (an earlier protocol may claim the same name).
      const match = matchProtocols(config, { transport: 'btle', name: advertisedName, address: 'SIM-CHECK' })[0];
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
