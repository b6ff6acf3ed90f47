/**
 * The names simulated devices advertise, read from the device database alone, both ways: the name a
 * device advertises to be taken for a model, and the model a device advertising a name stands for.
 *
 * A model's advertised name is an identifier of it that its protocol's Bluetooth names match
 * (protocols that tell models apart by name), else the protocol's name pattern with the model's name
 * in place of `*` (`LVS-*` -> `LVS-Edge`: protocols that ask the device what it is), else, for a
 * protocol whose devices are found by their manufacturer data, the model's identifier, else the
 * protocol's first literal name (`HISMITH`: every model of such a protocol advertises the same name,
 * and only the device's answers tell them apart).
 */
import type { ManufacturerData, ModelDefinition, ProtocolConfig } from '../../protocols/config/deviceDefinitions.js';
import { nameMatches } from '../../protocols/config/specifierMatching.js';

/** Names compared the way people type them: case, spaces and punctuation aside. */
export const squash = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, '');

export const bluetoothNames = (protocol: ProtocolConfig): string[] =>
  protocol.communication.flatMap((specifier) => (specifier.transport === 'btle' ? specifier.names : []));

/** The model's name without its brand (the first word), as the device would put it after a prefix. */
const shortName = (model: ModelDefinition): string => model.name.split(' ').slice(1).join('') || model.name;

export const advertisedNameFor = (protocol: ProtocolConfig, model: ModelDefinition): string | undefined => {
  const names = bluetoothNames(protocol);
  const byIdentifier = model.identifiers.find((identifier) =>
    names.some((pattern) => nameMatches(pattern, identifier)),
  );
  if (byIdentifier) return byIdentifier;
  // A pattern that names the model (`OHD_hw4_*` for The Handy's `hw4`) before any other.
  const wildcards = names.filter((pattern) => pattern.endsWith('*'));
  const wildcard =
    wildcards.find((pattern) => model.identifiers.some((identifier) => pattern.includes(identifier))) ?? wildcards[0];
  if (wildcard) return `${wildcard.slice(0, -1)}${shortName(model)}`;
  // Found by its manufacturer data (Fluffer), a device goes by its own name.
  if (manufacturerDataOf(protocol).length > 0 && model.identifiers[0]) return model.identifiers[0];
  return names[0];
};

/** The manufacturer data a protocol's devices are found by (company ids, perhaps bytes). */
export const manufacturerDataOf = (protocol: ProtocolConfig): readonly ManufacturerData[] =>
  protocol.communication.flatMap((specifier) =>
    specifier.transport === 'btle' ? (specifier.manufacturerData ?? []) : [],
  );

/**
 * What a device advertising `name` must also advertise to be found as this protocol's: its
 * manufacturer data, when no name of the protocol matches (undefined: the name is enough).
 */
export const manufacturerDataFor = (protocol: ProtocolConfig, name: string): readonly ManufacturerData[] | undefined =>
  bluetoothNames(protocol).some((pattern) => nameMatches(pattern, name)) || manufacturerDataOf(protocol).length === 0
    ? undefined
    : manufacturerDataOf(protocol);

/** Every model of a protocol, or its defaults when it lists none. */
export const modelsOf = (protocol: ProtocolConfig): readonly ModelDefinition[] =>
  protocol.configurations.length > 0 ? protocol.configurations : [protocol.defaults];

/**
 * The model a device advertising `name` stands for: the product asked for (`Hismith Capsule`,
 * which the name `HISMITH` alone does not tell), else the first model that advertises this name or
 * is identified by it. Undefined when neither says (a device the database does not list by name).
 */
/** Models already found, by protocol and name: a simulated device asks once per connection, and every Edge alike. */
const knownModels = new WeakMap<ProtocolConfig, Map<string, ModelDefinition | undefined>>();
const KNOWN_MODELS_MAX = 256;

export const modelFor = (protocol: ProtocolConfig, name: string, product?: string): ModelDefinition | undefined => {
  let known = knownModels.get(protocol);
  if (!known) knownModels.set(protocol, (known = new Map()));
  const key = JSON.stringify([name, product]);
  if (known.has(key)) return known.get(key);
  if (known.size >= KNOWN_MODELS_MAX) known.clear();
  const model = findModelFor(protocol, name, product);
  known.set(key, model);
  return model;
};

const findModelFor = (protocol: ProtocolConfig, name: string, product?: string): ModelDefinition | undefined => {
  const models = modelsOf(protocol);
  if (product !== undefined) {
    // Exactly first: `Heat Climax+` and `Heat Climax` squash alike.
    const asked =
      models.find((model) => model.name === product) ?? models.find((model) => squash(model.name) === squash(product));
    if (asked) return asked;
  }
  return models.find(
    (model) => model.identifiers.includes(name) || squash(advertisedNameFor(protocol, model) ?? '') === squash(name),
  );
};
