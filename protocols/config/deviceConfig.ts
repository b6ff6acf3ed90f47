/**
 * The device configuration: the protocol database plus the user's settings, as one immutable value.
 * Pure functions answer the device manager's questions: which protocols may drive a discovered device,
 * is its address allowed, and what exactly is this device (model, features, limits, index)?
 * Resolving a new device returns a new configuration that remembers it, which is how indexes stay stable.
 */
import type { OutputType } from '../buttplug/featureTypes.js';
import {
  deviceKeyString,
  type CommunicationSpecifier,
  type DefinitionSelection,
  type DeviceKey,
  type DiscoveryInfo,
  type FeatureDefinition,
  type ModelDefinition,
  type ProtocolConfig,
  type Range,
} from './deviceDefinitions.js';
import type { ResolvedDevice, ResolvedFeature, ResolvedOutput } from './resolvedDevice.js';
import { specifierMatches } from './specifierMatching.js';
import { PersistentMap } from '../core/persistentMap.js';
import type { SimulatedDeviceSettings } from './userConfigV5.js';

export interface UserOutputSettings {
  readonly value?: Range;
  readonly disabled?: boolean;
  readonly reverse?: boolean;
  readonly duration?: Range;
}

export interface UserFeatureSettings {
  readonly id?: string;
  /** The `id` of the database feature these settings change. */
  readonly baseId: string;
  readonly output?: Readonly<Partial<Record<OutputType, UserOutputSettings>>>;
}

/** What the user (or the engine, for devices it has seen) remembers about one physical device. */
export interface UserDeviceSettings {
  readonly key: DeviceKey;
  readonly id?: string;
  /** The `id` of the database model (defaults or configuration) this device is. */
  readonly baseId?: string;
  readonly displayName?: string;
  readonly allow: boolean;
  readonly deny: boolean;
  readonly index: number;
  readonly messageGapMs?: number;
  readonly features?: readonly UserFeatureSettings[];
  /** The layout the hardware chose when it last connected (an SDL pad's); kept while the engine runs, never saved. */
  readonly selection?: DefinitionSelection;
}

export interface UserConfig {
  /** Extra specifiers per protocol (serial ports, WebSocket device names...), checked before the database's. */
  readonly communication?: Readonly<Record<string, readonly CommunicationSpecifier[]>>;
  /** Extra models per protocol; for an identifier the database already knows, they win. */
  readonly configurations?: Readonly<Record<string, readonly ModelDefinition[]>>;
  readonly devices?: readonly UserDeviceSettings[];
  /** v5: simulated devices the file asks for, by archetype. */
  readonly simulatedDevices?: readonly SimulatedDeviceSettings[];
  /** The file's version, so a writer can save it back as it came (v5 files keep `major: 5`). */
  readonly version?: { readonly major: number; readonly minor: number };
}

export interface DeviceConfig {
  readonly protocols: ReadonlyMap<string, ProtocolConfig>;
  readonly userCommunication: ReadonlyMap<string, readonly CommunicationSpecifier[]>;
  readonly devices: ReadonlyMap<string, UserDeviceSettings>;
}

export interface ProtocolMatch {
  readonly protocol: string;
  readonly specifier: CommunicationSpecifier;
}

export const createDeviceConfig = (protocols: readonly ProtocolConfig[], user: UserConfig = {}): DeviceConfig => {
  const byName = new Map<string, ProtocolConfig>();
  for (const protocol of protocols) {
    const extra = user.configurations?.[protocol.name] ?? [];
    byName.set(
      protocol.name,
      extra.length ? { ...protocol, configurations: [...protocol.configurations, ...extra] } : protocol,
    );
  }
  return {
    protocols: byName,
    userCommunication: new Map(Object.entries(user.communication ?? {})),
    devices: new Map((user.devices ?? []).map((device) => [deviceKeyString(device.key), device])),
  };
};

/** What `specifierMatches` reads of a discovered device (not its address), as text. */
const matchingFields = (info: DiscoveryInfo): string => {
  const fields = info as Partial<Record<string, unknown>>;
  return JSON.stringify([
    info.transport,
    info.name,
    fields['manufacturerData'],
    fields['advertisedServices'],
    fields['port'],
    fields['vendorId'],
    fields['productId'],
    fields['identifier'],
  ]);
};

/** Matches already worked out, by configuration (its protocols, then user specifiers) and device fields. */
const knownMatches = new WeakMap<object, WeakMap<object, Map<string, readonly ProtocolMatch[]>>>();
/** Distinct kinds of device remembered per configuration (a few models in practice; a bound all the same). */
const KNOWN_MATCHES_MAX = 256;

/**
 * Every protocol (user specifiers first) whose specifiers accept the discovered device. Devices of
 * one model match alike, and this walks every specifier of every protocol: the answer is kept per
 * configuration for the next device that advertises the same way (1,000 Edges found, one walk).
 */
export const matchProtocols = (config: DeviceConfig, info: DiscoveryInfo): readonly ProtocolMatch[] => {
  let byUser = knownMatches.get(config.protocols);
  if (!byUser) knownMatches.set(config.protocols, (byUser = new WeakMap()));
  let known = byUser.get(config.userCommunication);
  if (!known) byUser.set(config.userCommunication, (known = new Map()));
  const fields = matchingFields(info);
  let matches = known.get(fields);
  if (!matches) {
    if (known.size >= KNOWN_MATCHES_MAX) known.clear();
    known.set(fields, (matches = Object.freeze(walkProtocols(config, info))));
  }
  return matches;
};

const walkProtocols = (config: DeviceConfig, info: DiscoveryInfo): ProtocolMatch[] => {
  const matches: ProtocolMatch[] = [];
  const consider = (protocol: string, specifiers: readonly CommunicationSpecifier[]) => {
    if (!config.protocols.has(protocol) || matches.some((match) => match.protocol === protocol)) return;
    const specifier = specifiers.find((candidate) => specifierMatches(candidate, info));
    if (specifier) matches.push({ protocol, specifier });
  };
  for (const [protocol, specifiers] of config.userCommunication) consider(protocol, specifiers);
  for (const [protocol, definition] of config.protocols) consider(protocol, definition.communication);
  return matches;
};

/**
 * Every specifier of one transport the configuration holds for protocols it knows, user ones first:
 * the serial ports a serial manager should look at, the WebSocket device names to accept.
 */
export const specifiersOf = <T extends CommunicationSpecifier['transport']>(
  config: DeviceConfig,
  transport: T,
): Extract<CommunicationSpecifier, { transport: T }>[] => {
  const all = [
    ...[...config.userCommunication]
      .filter(([protocol]) => config.protocols.has(protocol))
      .flatMap(([, specifiers]) => specifiers),
    ...[...config.protocols.values()].flatMap((protocol) => protocol.communication),
  ];
  return all.filter(
    (specifier): specifier is Extract<CommunicationSpecifier, { transport: T }> => specifier.transport === transport,
  );
};

/**
 * The protocol's specifier that tells how to talk to the hardware once connected (a BLE protocol's
 * service map). User specifiers only add names or ports, so the database's entry for the same
 * transport carries the endpoints.
 */
export const connectionSpecifier = (config: DeviceConfig, match: ProtocolMatch): CommunicationSpecifier => {
  if (match.specifier.transport !== 'btle' || Object.keys(match.specifier.services).length > 0) return match.specifier;
  const base = config.protocols.get(match.protocol)?.communication.find((s) => s.transport === 'btle');
  return base ?? match.specifier;
};

/** Deny wins; once any device is explicitly allowed, only allowed devices pass. */
/** The addresses the remembered devices deny and allow. */
interface AddressRules {
  readonly denied: ReadonlySet<string>;
  readonly allowed: ReadonlySet<string>;
}

/**
 * Address rules by devices collection, worked out once each: this is asked for every device found, and
 * a collection that only gained devices with neither flag (every new device) shares its parent's.
 */
const addressRules = new WeakMap<ReadonlyMap<string, UserDeviceSettings>, AddressRules>();

const addressRulesOf = (devices: ReadonlyMap<string, UserDeviceSettings>): AddressRules => {
  let rules = addressRules.get(devices);
  if (!rules) {
    const denied = new Set<string>();
    const allowed = new Set<string>();
    for (const device of devices.values()) {
      if (device.deny) denied.add(device.key.address);
      if (device.allow) allowed.add(device.key.address);
    }
    addressRules.set(devices, (rules = { denied, allowed }));
  }
  return rules;
};

export const isAddressAllowed = (config: DeviceConfig, address: string): boolean => {
  const { denied, allowed } = addressRulesOf(config.devices);
  if (denied.has(address)) return false;
  return allowed.size === 0 || allowed.has(address);
};

const names = (model: ModelDefinition, identifier: string | undefined) =>
  identifier !== undefined && model.identifiers.includes(identifier);

/** The model with this id; ids repeat a few times in the shipped file, so the one the identifier names wins. */
export const modelById = (
  models: readonly ModelDefinition[],
  id: string,
  identifier?: string,
): ModelDefinition | undefined => {
  const candidates = models.filter((model) => model.id === id);
  return candidates.find((model) => names(model, identifier)) ?? candidates.at(-1);
};

/**
 * A remembered device's model is found by its `baseId`; otherwise by identifier, where the last
 * configuration listing it wins (the reference's database is a map filled in file order).
 */
const findModel = (protocol: ProtocolConfig, identifier: string | undefined, baseId?: string): ModelDefinition =>
  (baseId !== undefined ? modelById([protocol.defaults, ...protocol.configurations], baseId, identifier) : undefined) ??
  protocol.configurations.findLast((model) => names(model, identifier)) ??
  protocol.defaults;

/** Which indexes the remembered devices hold (one flag per index), and the lowest one none holds. */
interface HeldIndexes {
  /** n + 1 flags for n devices: one of them is free. */
  readonly held: Uint8Array;
  /** Held indexes past the flags (a user's file may hold any), flagged as the flags grow to them. */
  readonly beyond: readonly number[];
  readonly lowestFree: number;
}

const flagged = (size: number, from: Uint8Array, beyond: readonly number[], added?: number): HeldIndexes => {
  const held = new Uint8Array(size + 1);
  held.set(from.subarray(0, held.length));
  const still: number[] = [];
  for (const index of added === undefined ? beyond : [...beyond, added])
    if (index < held.length) held[index] = 1;
    else still.push(index);
  return { held, beyond: still, lowestFree: held.indexOf(0) };
};

/**
 * Held indexes by devices collection. This is asked once per new device: a collection made by
 * remembering one more device takes its parent's flags with one more set (a copy of n bytes, not a walk
 * over n devices), and the lowest free index is looked for from where it was.
 */
const heldIndexes = new WeakMap<ReadonlyMap<string, UserDeviceSettings>, HeldIndexes>();

const heldIndexesOf = (devices: ReadonlyMap<string, UserDeviceSettings>): HeldIndexes => {
  let indexes = heldIndexes.get(devices);
  if (!indexes) {
    indexes = flagged(
      devices.size,
      new Uint8Array(0),
      Array.from(devices.values(), (device) => device.index),
    );
    heldIndexes.set(devices, indexes);
  }
  return indexes;
};

const lowestFreeIndex = (devices: ReadonlyMap<string, UserDeviceSettings>): number => heldIndexesOf(devices).lowestFree;

/**
 * `devices` with one more remembered (or one changed): persistent, so each new device shares every
 * other one, and the address rules and held indexes carry over instead of being worked out again.
 */
const remembering = (
  devices: ReadonlyMap<string, UserDeviceSettings>,
  keyString: string,
  settings: UserDeviceSettings,
  known: UserDeviceSettings | undefined,
): ReadonlyMap<string, UserDeviceSettings> => {
  const next = PersistentMap.of(devices).with(keyString, settings);
  const rules = addressRules.get(devices);
  if (rules && settings.allow === (known?.allow ?? false) && settings.deny === (known?.deny ?? false))
    addressRules.set(next, rules);
  const indexes = heldIndexes.get(devices);
  if (indexes && known?.index === settings.index) heldIndexes.set(next, indexes);
  else if (indexes && !known && settings.index === indexes.lowestFree) {
    // One more device, one more flag: n + 1 flags for n + 1 devices, the new one set.
    heldIndexes.set(next, flagged(next.size, indexes.held, indexes.beyond, settings.index));
  }
  return next;
};

/** A model's features as no user setting changed them: made once, shared by every device of the model. */
const unchangedFeatures = new WeakMap<FeatureDefinition, ResolvedFeature>();

const resolveFeature = (feature: FeatureDefinition, settings: UserFeatureSettings | undefined): ResolvedFeature => {
  if (settings) return resolvedFeature(feature, settings);
  let resolved = unchangedFeatures.get(feature);
  if (!resolved) unchangedFeatures.set(feature, (resolved = resolvedFeature(feature, undefined)));
  return resolved;
};

const resolvedFeature = (feature: FeatureDefinition, settings: UserFeatureSettings | undefined): ResolvedFeature => ({
  id: feature.id,
  index: feature.index,
  description: feature.description,
  outputs: Object.entries(feature.output ?? {}).map(([type, definition]): ResolvedOutput => {
    const user = settings?.output?.[type as OutputType];
    return {
      type: type as OutputType,
      base: definition!.value,
      ...(user?.value ? { limit: user.value } : {}),
      ...((user?.duration ?? definition!.duration) ? { duration: user?.duration ?? definition!.duration } : {}),
      reverse: user?.reverse ?? false,
      disabled: user?.disabled ?? false,
    };
  }),
  inputs: feature.input ?? {},
});

export interface Resolution {
  readonly config: DeviceConfig;
  readonly device: ResolvedDevice;
}

/**
 * The model a hardware selection names: the configuration listing its selector, or the protocol's
 * defaults when it names none; undefined when the protocol has no configuration for the selector.
 */
const selectedModel = (protocol: ProtocolConfig, selection: DefinitionSelection): ModelDefinition | undefined =>
  selection.selector === undefined
    ? protocol.defaults
    : protocol.configurations.find((model) => names(model, selection.selector));

const sameSelection = (a: DefinitionSelection | undefined, b: DefinitionSelection): boolean =>
  a?.selector === b.selector && a?.hardwareName === b.hardwareName;

/**
 * A remembered device whose hardware now reports another layout keeps its identity (id, index, name,
 * allow/deny) and the feature settings of the channels both layouts share; the others start afresh.
 */
const relaidOut = (
  known: UserDeviceSettings,
  model: ModelDefinition,
  selection: DefinitionSelection,
): UserDeviceSettings => ({
  ...known,
  baseId: model.id,
  selection,
  ...(known.features
    ? { features: known.features.filter((feature) => model.features.some((f) => f.id === feature.baseId)) }
    : {}),
});

/**
 * What a device is, by its runtime key: the user's entry for it if any, else the database model for
 * its identifier, else the protocol's defaults. A device seen for the first time is remembered with the
 * lowest index no remembered device holds, so it gets the same index when it comes back.
 *
 * Hardware that chooses its own definition (`selection`, an SDL pad's layout) gets the model it names
 * and is announced by its own name; the choice is remembered, so later resolutions (a config reload)
 * see the same device. Undefined when the protocol is unknown or has no model for the selection.
 */
export const resolveDevice = (
  config: DeviceConfig,
  key: DeviceKey,
  selection?: DefinitionSelection,
): Resolution | undefined => {
  const protocol = config.protocols.get(key.protocol);
  if (!protocol) return undefined;
  const keyString = deviceKeyString(key);
  const known = config.devices.get(keyString);
  const chosen = selection ?? known?.selection;
  const model = chosen ? selectedModel(protocol, chosen) : findModel(protocol, key.identifier, known?.baseId);
  if (!model) return undefined;
  const settings: UserDeviceSettings = known
    ? chosen && (known.baseId !== model.id || !sameSelection(known.selection, chosen))
      ? relaidOut(known, model, chosen)
      : known
    : {
        key,
        baseId: model.id,
        allow: false,
        deny: false,
        index: lowestFreeIndex(config.devices),
        ...(chosen ? { selection: chosen } : {}),
      };
  const nextConfig =
    settings === known ? config : { ...config, devices: remembering(config.devices, keyString, settings, known) };
  const messageGapMs = settings.messageGapMs ?? model.messageGapMs ?? protocol.defaults.messageGapMs;
  return {
    config: nextConfig,
    device: {
      key,
      index: settings.index,
      name: chosen?.hardwareName ?? model.name,
      ...(settings.displayName !== undefined ? { displayName: settings.displayName } : {}),
      ...(model.protocolVariant !== undefined ? { protocolVariant: model.protocolVariant } : {}),
      ...(messageGapMs !== undefined ? { messageGapMs } : {}),
      features: model.features.map((feature) =>
        resolveFeature(
          feature,
          settings.features?.find((f) => f.baseId === feature.id),
        ),
      ),
    },
  };
};
