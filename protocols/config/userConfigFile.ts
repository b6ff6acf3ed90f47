/**
 * Reads a user device config file (upstream v4 or v5 JSON, `user_configs`; v5 through userConfigV5.ts) into `UserConfig`, checked against
 * the device database it will be layered on. Never throws: every problem comes back as an issue at
 * its JSON path, so the engine never starts with half of someone's settings.
 *
 * Where the reference logs and drops a bad device entry (unknown base_id, feature count mismatch,
 * range outside the base range), this is an error: the user asked for a limit and would not get it.
 */
import type { OutputType } from '../buttplug/featureTypes.js';
import { withDefaults } from './deviceData.js';
import { configFileSchemas, strictConfigFileSchemas, type UserDevice, type UserOutputs } from './configFileSchema.js';
import {
  decodeConfig,
  issue,
  showRange,
  type ConfigIssue,
  type ConfigParseResult,
  type JsonPath,
} from './configIssues.js';
import {
  modelById,
  type UserConfig,
  type UserDeviceSettings,
  type UserFeatureSettings,
  type UserOutputSettings,
} from './deviceConfig.js';
import {
  deviceKeyString,
  type CommunicationSpecifier,
  type ModelDefinition,
  type ProtocolConfig,
  type Range,
} from './deviceDefinitions.js';
import { checkConfigurations, OUTPUT_KEYS, toModel, toSpecifier } from './deviceConfigFile.js';
import { fromV5UserFile, isVersion5 } from './userConfigV5.js';

/** The user's output settings that are there, by file key. */
const outputEntries = (outputs: UserOutputs) =>
  (Object.entries(outputs) as [keyof typeof OUTPUT_KEYS, UserOutputs[keyof UserOutputs]][]).filter(
    (entry): entry is [keyof typeof OUTPUT_KEYS, NonNullable<UserOutputs[keyof UserOutputs]>] => entry[1] !== undefined,
  );

/** A user range `[a, b]` must be non-empty and inside `[0, max]` of the base range. */
const checkUserRange = (user: Range, base: Range, what: string, at: JsonPath): ConfigIssue | undefined => {
  if (user[0] > user[1]) return issue(at, `${what} ${showRange(user)} is empty`);
  if (user[1] <= base[1]) return undefined;
  const signed = base[0] < 0 ? ` (for an output that takes a direction, a range counts steps either way from 0)` : '';
  return issue(at, `${what} ${showRange(user)} is outside the base range [0, ${base[1]}]${signed}`);
};

const checkOutputs = (
  outputs: UserOutputs,
  baseFeature: ModelDefinition['features'][number],
  model: ModelDefinition,
  at: JsonPath,
): ConfigIssue[] => {
  const issues: ConfigIssue[] = [];
  for (const [key, settings] of outputEntries(outputs)) {
    const base = baseFeature.output?.[OUTPUT_KEYS[key]];
    if (!base) {
      const has = Object.keys(baseFeature.output ?? {}).join(', ') || 'no outputs';
      issues.push(
        issue(
          [...at, key],
          `feature ${baseFeature.index} of "${model.name}" has no ${OUTPUT_KEYS[key]} output (it has ${has})`,
        ),
      );
      continue;
    }
    if (settings.value) {
      const problem = checkUserRange(settings.value, base.value, 'range', [...at, key, 'value']);
      if (problem) issues.push(problem);
    }
    if ('duration' in settings && settings.duration && base.duration) {
      const problem = checkUserRange(settings.duration, base.duration, 'duration range', [...at, key, 'duration']);
      if (problem) issues.push(problem);
    }
  }
  return issues;
};

const toOutputSettings = (outputs: UserOutputs): Partial<Record<OutputType, UserOutputSettings>> => {
  const result: Partial<Record<OutputType, UserOutputSettings>> = {};
  for (const [key, settings] of outputEntries(outputs)) {
    result[OUTPUT_KEYS[key]] = {
      ...(settings.value ? { value: settings.value } : {}),
      ...(settings.disabled !== undefined ? { disabled: settings.disabled } : {}),
      ...('reverse' in settings && settings.reverse !== undefined ? { reverse: settings.reverse } : {}),
      ...('duration' in settings && settings.duration ? { duration: settings.duration } : {}),
    };
  }
  return result;
};

const checkDevice = (
  device: UserDevice,
  at: JsonPath,
  modelsByProtocol: ReadonlyMap<string, readonly ModelDefinition[]>,
): { issues: ConfigIssue[]; settings?: UserDeviceSettings } => {
  const { identifier, config } = device;
  const models = modelsByProtocol.get(identifier.protocol);
  if (!models) {
    return { issues: [issue([...at, 'identifier', 'protocol'], `unknown protocol "${identifier.protocol}"`)] };
  }
  const model = modelById(models, config.base_id, identifier.identifier);
  if (!model) {
    const owner = [...modelsByProtocol].find(([, list]) => list.some((m) => m.id === config.base_id))?.[0];
    const message = owner
      ? `base_id ${config.base_id} is a model of protocol "${owner}", not "${identifier.protocol}"`
      : `base_id ${config.base_id} is not the id of any "${identifier.protocol}" model (defaults or configuration)`;
    return { issues: [issue([...at, 'config', 'base_id'], message)] };
  }
  const issues: ConfigIssue[] = [];
  if (config.features.length !== model.features.length) {
    issues.push(
      issue(
        [...at, 'config', 'features'],
        `lists ${config.features.length} features but "${model.name}" has ${model.features.length}; list each of its features once`,
      ),
    );
  }
  const seen = new Map<string, number>();
  const features: UserFeatureSettings[] = [];
  config.features.forEach((feature, j) => {
    const here = [...at, 'config', 'features', j];
    const earlier = seen.get(feature.base_id);
    if (earlier !== undefined)
      issues.push(issue([...here, 'base_id'], `feature ${feature.base_id} is also configured by features[${earlier}]`));
    seen.set(feature.base_id, j);
    const baseFeature = model.features.find((f) => f.id === feature.base_id);
    if (!baseFeature) {
      issues.push(issue([...here, 'base_id'], `base_id ${feature.base_id} is not a feature of "${model.name}"`));
      return;
    }
    if (feature.output) issues.push(...checkOutputs(feature.output, baseFeature, model, [...here, 'output']));
    features.push({
      id: feature.id,
      baseId: feature.base_id,
      ...(feature.output ? { output: toOutputSettings(feature.output) } : {}),
    });
  });
  const { allow, deny, index, display_name, message_gap_ms } = config.user_config;
  return {
    issues,
    settings: {
      key: {
        protocol: identifier.protocol,
        address: identifier.address,
        ...(identifier.identifier !== undefined ? { identifier: identifier.identifier } : {}),
      },
      id: config.id,
      baseId: model.id,
      allow,
      deny,
      index,
      ...(display_name !== undefined ? { displayName: display_name } : {}),
      ...(message_gap_ms !== undefined ? { messageGapMs: message_gap_ms } : {}),
      features,
    },
  };
};

/** A user config file (already parsed from JSON), checked against the device database it will be layered on. */
export const parseUserConfigFile = (
  value: unknown,
  database: readonly ProtocolConfig[],
): ConfigParseResult<UserConfig> => {
  const simulated = database.find((protocol) => protocol.name === 'simulated');
  const archetypes = (simulated?.communication ?? []).flatMap((s) => (s.transport === 'simulated' ? s.names : []));
  const v5 = isVersion5(value) ? fromV5UserFile(value, archetypes) : undefined;
  const decoded = decodeConfig(
    configFileSchemas.UserConfigFile,
    strictConfigFileSchemas.UserConfigFile,
    v5 ? v5.file : value,
  );
  if (!decoded.ok) return v5?.issues.length ? { ok: false, issues: [...decoded.issues, ...v5.issues] } : decoded;
  const issues: ConfigIssue[] = [...(v5?.issues ?? [])];
  const warnings = [...decoded.warnings];
  const protocols = new Map(database.map((protocol) => [protocol.name, protocol]));
  const modelsByProtocol = new Map(
    database.map((p) => [p.name, [p.defaults, ...p.configurations] as ModelDefinition[]]),
  );
  const communication: Record<string, readonly CommunicationSpecifier[]> = {};
  const configurations: Record<string, readonly ModelDefinition[]> = {};

  for (const [name, entry] of Object.entries(decoded.value.user_configs?.protocols ?? {})) {
    const at = ['user_configs', 'protocols', name];
    const protocol = protocols.get(name);
    if (!protocol) {
      issues.push(
        issue(
          at,
          `unknown protocol "${name}" (user settings can extend a protocol of the device database, not create one)`,
        ),
      );
      continue;
    }
    if (entry.communication) communication[name] = entry.communication.map(toSpecifier);
    if (entry.configurations) {
      const known = new Map(
        protocol.configurations.flatMap((model) => model.identifiers.map((id) => [id, model.name] as const)),
      );
      const checked = checkConfigurations(entry.configurations, [...at, 'configurations'], known);
      issues.push(...checked.issues);
      warnings.push(...checked.warnings);
      const models = entry.configurations.map((configuration) =>
        withDefaults(toModel(configuration), protocol.defaults),
      );
      configurations[name] = models;
      modelsByProtocol.get(name)!.push(...models);
    }
  }

  const devices: UserDeviceSettings[] = [];
  const keys = new Map<string, number>();
  const indexes = new Map<number, number>();
  (decoded.value.user_configs?.devices ?? []).forEach((device, i) => {
    const at = ['user_configs', 'devices', i];
    const checked = checkDevice(device, at, modelsByProtocol);
    issues.push(...checked.issues);
    if (!checked.settings) return;
    const key = deviceKeyString(checked.settings.key);
    const sameKey = keys.get(key);
    if (sameKey !== undefined)
      issues.push(
        issue([...at, 'identifier'], `the same device is already configured by user_configs.devices[${sameKey}]`),
      );
    keys.set(key, i);
    const sameIndex = indexes.get(checked.settings.index);
    if (sameIndex !== undefined) {
      issues.push(
        issue(
          [...at, 'config', 'user_config', 'index'],
          `index ${checked.settings.index} is already reserved by user_configs.devices[${sameIndex}]`,
        ),
      );
    }
    indexes.set(checked.settings.index, i);
    devices.push(checked.settings);
  });

  if (issues.length > 0) return { ok: false, issues };
  const { major, minor } = decoded.value.version;
  return {
    ok: true,
    value: {
      communication,
      configurations,
      devices,
      version: { major, minor: minor ?? 0 },
      ...(v5 ? { simulatedDevices: v5.simulatedDevices } : {}),
    },
    warnings,
  };
};
