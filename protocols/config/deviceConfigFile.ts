/**
 * Reads a device config file in the upstream v4 JSON format into the device database's shapes
 * (`ProtocolConfig[]`). Never throws: a bad file comes back as issues, each at its JSON path.
 * Configurations inherit the defaults' features, protocol variant and message gap when they have none.
 */
import type { InputType, OutputType } from '../buttplug/featureTypes.js';
import { defineDevices, type DevicesShorthand, type ModelShorthand } from './deviceData.js';
import {
  configFileSchemas,
  strictConfigFileSchemas,
  type BaseFeature,
  type CommunicationEntry,
  type Configuration,
  type Defaults,
} from './configFileSchema.js';
import {
  decodeConfig,
  issue,
  showRange,
  type ConfigIssue,
  type ConfigParseResult,
  type JsonPath,
} from './configIssues.js';
import type {
  CommunicationSpecifier,
  FeatureDefinition,
  InputDefinition,
  OutputDefinition,
  ProtocolConfig,
  Range,
} from './deviceDefinitions.js';
import type { Endpoint } from './endpoints.js';

/** File key -> our output type. */
export const OUTPUT_KEYS = {
  vibrate: 'Vibrate',
  rotate: 'Rotate',
  oscillate: 'Oscillate',
  constrict: 'Constrict',
  spray: 'Spray',
  temperature: 'Temperature',
  led: 'Led',
  position: 'Position',
  hw_position_with_duration: 'HwPositionWithDuration',
} as const satisfies Record<string, OutputType>;

const INPUT_KEYS = {
  battery: 'Battery',
  rssi: 'Rssi',
  pressure: 'Pressure',
  button: 'Button',
  depth: 'Depth',
  position: 'Position',
} as const satisfies Record<string, InputType>;

const entries = <K extends string, V>(record: Partial<Record<K, V>>) =>
  Object.entries(record).filter((entry): entry is [K, V] => entry[1] !== undefined);

export const toSpecifier = (entry: CommunicationEntry): CommunicationSpecifier => {
  if (entry.btle) {
    const { names, manufacturer_data, advertised_services, services } = entry.btle;
    return {
      transport: 'btle',
      names,
      ...(manufacturer_data
        ? { manufacturerData: manufacturer_data.map(({ company, data }) => (data ? { company, data } : { company })) }
        : {}),
      ...(advertised_services ? { advertisedServices: advertised_services } : {}),
      services: services as Record<string, Partial<Record<Endpoint, string>>>,
    };
  }
  if (entry.serial) {
    const { port, baud_rate, data_bits, stop_bits, parity } = entry.serial;
    return { transport: 'serial', port, baudRate: baud_rate, dataBits: data_bits, stopBits: stop_bits, parity };
  }
  const vidPid = entry.hid ?? entry.usb;
  if (vidPid) {
    return {
      transport: entry.hid ? 'hid' : 'usb',
      pairs: vidPid.pairs.map(({ vendor_id, product_id }) => ({ vendorId: vendor_id, productId: product_id })),
    };
  }
  if (entry.websocket) return { transport: 'websocket', name: entry.websocket.name };
  if (entry.xinput) return { transport: 'xinput' };
  if (entry['sdl-gamepad']) return { transport: 'sdlGamepad' };
  if (entry.simulated) return { transport: 'simulated', names: entry.simulated.names };
  return { transport: 'lovenseConnectService' };
};

const toFeature = (feature: BaseFeature): FeatureDefinition => {
  const output: Partial<Record<OutputType, OutputDefinition>> = {};
  for (const [key, properties] of entries(feature.output ?? {})) {
    const duration = 'duration' in properties ? { duration: properties.duration as Range } : {};
    output[OUTPUT_KEYS[key]] = { value: properties.value, ...duration };
  }
  const input: Partial<Record<InputType, InputDefinition>> = {};
  for (const [key, properties] of entries(feature.input ?? {})) {
    input[INPUT_KEYS[key]] = { value: properties.value, command: properties.command };
  }
  return {
    id: feature.id,
    index: feature.index,
    description: feature.description ?? '',
    ...(feature.output ? { output } : {}),
    ...(feature.input ? { input } : {}),
  };
};

export const toModel = (model: Defaults | Configuration): ModelShorthand => ({
  id: model.id,
  name: model.name,
  ...('identifier' in model ? { identifiers: model.identifier } : {}),
  ...(model.features ? { features: model.features.map(toFeature) } : {}),
  ...(model.protocol_variant !== undefined ? { protocolVariant: model.protocol_variant } : {}),
  ...(model.message_gap_ms !== undefined ? { messageGapMs: model.message_gap_ms } : {}),
});

/**
 * What the reference would accept but we cannot drive sensibly: empty or lopsided ranges, two features
 * with one index. (Feature ids may repeat: the shipped file does it once.)
 */
export const checkFeatures = (features: readonly BaseFeature[], at: JsonPath): ConfigIssue[] => {
  const issues: ConfigIssue[] = [];
  const seenIndex = new Map<number, number>();
  features.forEach((feature, i) => {
    const here = [...at, i];
    const sameIndex = seenIndex.get(feature.index);
    if (sameIndex !== undefined)
      issues.push(issue([...here, 'index'], `index ${feature.index} is also used by features[${sameIndex}]`));
    seenIndex.set(feature.index, i);
    for (const [key, output] of entries(feature.output ?? {})) {
      const [min, max] = output.value;
      if (min > max) issues.push(issue([...here, 'output', key, 'value'], `range ${showRange(output.value)} is empty`));
      else if (min < 0 && min !== -max) {
        // A start above 0 is v5 data (umove's temperature [37, 42]): clients count steps to the end, as upstream does.
        issues.push(
          issue(
            [...here, 'output', key, 'value'],
            `range ${showRange(output.value)} must start at 0 or above, or at -${max} for an output that takes a direction`,
          ),
        );
      }
      if ('duration' in output) {
        const duration = output.duration as Range;
        if (duration[0] < 0 || duration[0] > duration[1]) {
          issues.push(
            issue(
              [...here, 'output', key, 'duration'],
              `duration range ${showRange(duration)} must satisfy 0 <= min <= max`,
            ),
          );
        }
      }
    }
    for (const [key, input] of entries(feature.input ?? {})) {
      input.value.forEach((range, r) => {
        if (range[0] > range[1])
          issues.push(issue([...here, 'input', key, 'value', r], `range ${showRange(range)} is empty`));
      });
    }
  });
  return issues;
};

/** Checks a configuration's features; duplicate identifiers are only warned about (the later one wins, as upstream). */
export const checkConfigurations = (
  configurations: readonly Configuration[],
  at: JsonPath,
  knownIdentifiers: ReadonlyMap<string, string> = new Map(),
): { issues: ConfigIssue[]; warnings: ConfigIssue[] } => {
  const issues: ConfigIssue[] = [];
  const warnings: ConfigIssue[] = [];
  const seen = new Map(knownIdentifiers);
  configurations.forEach((configuration, i) => {
    if (configuration.features) issues.push(...checkFeatures(configuration.features, [...at, i, 'features']));
    for (const identifier of configuration.identifier) {
      const earlier = seen.get(identifier);
      if (earlier !== undefined && earlier !== configuration.name) {
        warnings.push(
          issue(
            [...at, i, 'identifier'],
            `identifier ${JSON.stringify(identifier)} also names "${earlier}"; this one wins`,
          ),
        );
      }
      seen.set(identifier, configuration.name);
    }
  });
  return { issues, warnings };
};

/** A device config file (already parsed from JSON) as protocol database entries, or what is wrong with it. */
export const parseDeviceConfigFile = (value: unknown): ConfigParseResult<ProtocolConfig[]> => {
  const parsed = parseDeviceTables(value);
  return parsed.ok ? { ...parsed, value: parsed.value.map(defineDevices) } : parsed;
};

/** The same, as each protocol's entry is written (configurations without the defaults they inherit): what the device tables are generated from. */
export const parseDeviceTables = (value: unknown): ConfigParseResult<DevicesShorthand[]> => {
  const decoded = decodeConfig(configFileSchemas.DeviceConfigFile, strictConfigFileSchemas.DeviceConfigFile, value);
  if (!decoded.ok) return decoded;
  const issues: ConfigIssue[] = [];
  const warnings = [...decoded.warnings];
  const protocols: DevicesShorthand[] = [];
  for (const [name, protocol] of Object.entries(decoded.value.protocols)) {
    const at = ['protocols', name];
    issues.push(...checkFeatures(protocol.defaults.features, [...at, 'defaults', 'features']));
    const checked = checkConfigurations(protocol.configurations ?? [], [...at, 'configurations']);
    issues.push(...checked.issues);
    warnings.push(...checked.warnings);
    protocols.push({
      name,
      communication: (protocol.communication ?? []).map(toSpecifier),
      defaults: { ...toModel(protocol.defaults), features: protocol.defaults.features.map(toFeature) },
      configurations: (protocol.configurations ?? []).map(toModel),
    });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: protocols, warnings };
};
