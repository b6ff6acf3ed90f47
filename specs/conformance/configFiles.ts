/**
 * Reads the reference's JSON device configuration files for cases that name them: a user file
 * (`user_device_config_file`: extra specifiers and configurations per protocol, per-device settings)
 * into the engine's `UserConfig`, and a base file (`device_config_file`, the whole database) into
 * protocol configs. Checks beyond the shape (feature counts, ranges inside the base range) are the
 * device configuration's business.
 */
import { readFile } from 'node:fs/promises';
import { ParseResult, Schema } from 'effect';
import type { InputType, OutputType } from '../../protocols/buttplug/featureTypes.js';
import type {
  CommunicationSpecifier,
  FeatureDefinition,
  InputDefinition,
  ModelDefinition,
  OutputDefinition,
  ProtocolConfig,
  Range,
} from '../../protocols/config/deviceDefinitions.js';
import type { UserConfig, UserDeviceSettings, UserOutputSettings } from '../../protocols/config/deviceConfig.js';
import { ENDPOINTS } from '../../protocols/config/endpoints.js';

const U32 = Schema.Int.pipe(Schema.between(0, 0xffff_ffff));
const I32 = Schema.Int.pipe(Schema.between(-0x8000_0000, 0x7fff_ffff));
const RangeNode = Schema.Tuple(I32, I32);

const OUTPUT_KEYS = {
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

const OutputNode = Schema.Struct({
  value: Schema.optional(RangeNode),
  duration: Schema.optional(RangeNode),
  disabled: Schema.optional(Schema.Boolean),
  reverse: Schema.optional(Schema.Boolean),
  reverse_position: Schema.optional(Schema.Boolean),
  // Written by some tools; the value range is what counts.
  step_limit: Schema.optional(RangeNode),
});
const InputNode = Schema.Struct({
  value: Schema.Array(RangeNode),
  command: Schema.Array(Schema.Literal('Read', 'Subscribe')),
});
const FeatureNode = Schema.Struct({
  id: Schema.optional(Schema.String),
  base_id: Schema.optional(Schema.String),
  index: Schema.optional(U32),
  description: Schema.optional(Schema.String),
  output: Schema.optional(Schema.partial(Schema.Record({ key: Schema.Literal(...Object.keys(OUTPUT_KEYS)), value: OutputNode }))),
  input: Schema.optional(Schema.partial(Schema.Record({ key: Schema.Literal(...Object.keys(INPUT_KEYS)), value: InputNode }))),
  feature_settings: Schema.optional(Schema.Unknown),
});

const Endpoints = Schema.Record({ key: Schema.Literal(...ENDPOINTS), value: Schema.String });
const SpecifierNode = Schema.Union(
  Schema.Struct({
    btle: Schema.Struct({
      names: Schema.Array(Schema.String),
      services: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.partial(Endpoints) })),
      manufacturer_data: Schema.optional(
        Schema.Array(Schema.Struct({ company: U32, data: Schema.optional(Schema.Array(U32)), expected_length: Schema.optional(U32) })),
      ),
      advertised_services: Schema.optional(Schema.Array(Schema.String)),
    }),
  }),
  Schema.Struct({
    serial: Schema.Struct({
      port: Schema.String,
      baud_rate: U32,
      data_bits: U32,
      stop_bits: U32,
      parity: Schema.String,
    }),
  }),
  Schema.Struct({ hid: Schema.Struct({ pairs: Schema.Array(Schema.Struct({ vendor_id: U32, product_id: U32 })) }) }),
  Schema.Struct({ usb: Schema.Struct({ pairs: Schema.Array(Schema.Struct({ vendor_id: U32, product_id: U32 })) }) }),
  Schema.Struct({ websocket: Schema.Struct({ name: Schema.String }) }),
  Schema.Struct({ xinput: Schema.Unknown }),
  Schema.Struct({ lovense_connect_service: Schema.Unknown }),
);

const ConfigurationNode = Schema.Struct({
  id: Schema.String,
  identifier: Schema.Array(Schema.String),
  name: Schema.String,
  features: Schema.optional(Schema.Array(FeatureNode)),
  protocol_variant: Schema.optional(Schema.String),
  message_gap_ms: Schema.optional(U32),
});

const DeviceConfigFileNode = Schema.Struct({
  version: Schema.Struct({ major: Schema.Literal(4), minor: U32 }),
  protocols: Schema.Record({
    key: Schema.String,
    value: Schema.Struct({
      communication: Schema.optional(Schema.Array(SpecifierNode)),
      defaults: Schema.Struct({
        id: Schema.String,
        name: Schema.String,
        features: Schema.optional(Schema.Array(FeatureNode)),
        protocol_variant: Schema.optional(Schema.String),
        message_gap_ms: Schema.optional(U32),
      }),
      configurations: Schema.optional(Schema.Array(ConfigurationNode)),
    }),
  }),
});

const UserConfigFileNode = Schema.Struct({
  version: Schema.Struct({ major: Schema.Literal(4), minor: U32 }),
  user_configs: Schema.Struct({
    protocols: Schema.optional(
      Schema.Record({
        key: Schema.String,
        value: Schema.Struct({
          communication: Schema.optional(Schema.Array(SpecifierNode)),
          configurations: Schema.optional(Schema.Array(ConfigurationNode)),
          defaults: Schema.optional(Schema.Unknown),
        }),
      }),
    ),
    devices: Schema.optional(
      Schema.Array(
        Schema.Struct({
          identifier: Schema.Struct({ protocol: Schema.String, identifier: Schema.optional(Schema.String), address: Schema.String }),
          config: Schema.Struct({
            id: Schema.optional(Schema.String),
            base_id: Schema.optional(Schema.String),
            name: Schema.optional(Schema.String),
            features: Schema.optional(Schema.Array(FeatureNode)),
            user_config: Schema.Struct({
              allow: Schema.Boolean,
              deny: Schema.Boolean,
              index: U32,
              display_name: Schema.optional(Schema.String),
              message_gap_ms: Schema.optional(U32),
            }),
          }),
        }),
      ),
    ),
  }),
});

type FeatureNode = typeof FeatureNode.Type;
type SpecifierNode = typeof SpecifierNode.Type;

const toSpecifier = (node: SpecifierNode): CommunicationSpecifier => {
  if ('btle' in node) {
    const { names, services, manufacturer_data, advertised_services } = node.btle;
    return {
      transport: 'btle',
      names,
      services: services ?? {},
      ...(manufacturer_data
        ? { manufacturerData: manufacturer_data.map((m) => ({ company: m.company, ...(m.data ? { data: m.data } : {}) })) }
        : {}),
      ...(advertised_services ? { advertisedServices: advertised_services } : {}),
    };
  }
  if ('serial' in node) {
    const { port, baud_rate, data_bits, stop_bits, parity } = node.serial;
    return { transport: 'serial', port, baudRate: baud_rate, dataBits: data_bits, stopBits: stop_bits, parity };
  }
  if ('hid' in node || 'usb' in node) {
    const [transport, body] = 'hid' in node ? (['hid', node.hid] as const) : (['usb', node.usb] as const);
    return { transport, pairs: body.pairs.map((p) => ({ vendorId: p.vendor_id, productId: p.product_id })) };
  }
  if ('websocket' in node) return { transport: 'websocket', name: node.websocket.name };
  return 'xinput' in node ? { transport: 'xinput' } : { transport: 'lovenseConnectService' };
};

const outputEntries = (feature: FeatureNode) =>
  Object.entries(feature.output ?? {}).map(([key, body]) => [OUTPUT_KEYS[key as keyof typeof OUTPUT_KEYS], body!] as const);

const toFeature = (node: FeatureNode, position: number): FeatureDefinition => {
  const output: Partial<Record<OutputType, OutputDefinition>> = {};
  for (const [type, body] of outputEntries(node)) {
    output[type] = { value: (body.value ?? [0, 0]) as Range, ...(body.duration ? { duration: body.duration as Range } : {}) };
  }
  const input: Partial<Record<InputType, InputDefinition>> = {};
  for (const [key, body] of Object.entries(node.input ?? {})) {
    input[INPUT_KEYS[key as keyof typeof INPUT_KEYS]] = { value: body!.value as Range[], command: body!.command };
  }
  return {
    id: node.id ?? `user-feature-${position}`,
    index: node.index ?? position,
    description: node.description ?? '',
    ...(Object.keys(output).length ? { output } : {}),
    ...(Object.keys(input).length ? { input } : {}),
  };
};

export class ConfigFormatError extends Error {
  override readonly name = 'ConfigFormatError';
}

const decode = <A, I>(schema: Schema.Schema<A, I>, value: unknown, excess: 'error' | 'ignore'): A => {
  const decoded = Schema.decodeUnknownEither(schema, { errors: 'first', onExcessProperty: excess })(value);
  if (decoded._tag === 'Right') return decoded.right;
  const [issue] = ParseResult.ArrayFormatter.formatErrorSync(decoded.left);
  throw new ConfigFormatError(issue ? `${issue.path.join('.') || 'file'}: ${issue.message}` : 'invalid configuration');
};

type ConfigurationNode = typeof ConfigurationNode.Type;

/** A configuration inherits what it leaves out (features, variant, gap) from its protocol's defaults. */
const toModel = (model: ConfigurationNode, defaults: ModelDefinition | undefined): ModelDefinition => {
  const protocolVariant = model.protocol_variant ?? defaults?.protocolVariant;
  const messageGapMs = model.message_gap_ms ?? defaults?.messageGapMs;
  return {
    id: model.id,
    name: model.name,
    identifiers: model.identifier,
    features: model.features ? model.features.map(toFeature) : (defaults?.features ?? []),
    ...(protocolVariant !== undefined ? { protocolVariant } : {}),
    ...(messageGapMs !== undefined ? { messageGapMs } : {}),
  };
};

/**
 * Turns a parsed device configuration file into protocol configs; throws `ConfigFormatError` on a
 * malformed file. Unknown keys are ignored as the reference does: the shipped database stores
 * `sexverse-v5`'s one model under a misspelled `configuration`, which must stay unreachable.
 */
export const readDeviceConfig = (value: unknown): ProtocolConfig[] =>
  Object.entries(decode(DeviceConfigFileNode, value, 'ignore').protocols).map(([name, body]) => {
    const defaults: ModelDefinition = toModel({ ...body.defaults, identifier: [] }, undefined);
    return {
      name,
      communication: (body.communication ?? []).map(toSpecifier),
      defaults,
      configurations: (body.configurations ?? []).map((model) => toModel(model, defaults)),
    };
  });

/**
 * Turns a parsed user config file into a `UserConfig`; throws `ConfigFormatError` on a malformed
 * file. Extra configurations inherit what they leave out from the base protocol's defaults.
 */
export const readUserConfig = (value: unknown, base: readonly ProtocolConfig[]): UserConfig => {
  const { protocols = {}, devices = [] } = decode(UserConfigFileNode, value, 'error').user_configs;
  const communication: Record<string, CommunicationSpecifier[]> = {};
  const configurations: Record<string, ModelDefinition[]> = {};
  for (const [protocol, body] of Object.entries(protocols)) {
    if (body.communication) communication[protocol] = body.communication.map(toSpecifier);
    if (body.configurations) {
      const defaults = base.find((config) => config.name === protocol)?.defaults;
      configurations[protocol] = body.configurations.map((model) => toModel(model, defaults));
    }
  }
  const deviceSettings = devices.map((entry): UserDeviceSettings => {
    const { identifier, config } = entry;
    const settings = config.user_config;
    return {
      key: {
        protocol: identifier.protocol,
        ...(identifier.identifier !== undefined ? { identifier: identifier.identifier } : {}),
        address: identifier.address,
      },
      ...(config.id !== undefined ? { id: config.id } : {}),
      ...(config.base_id !== undefined ? { baseId: config.base_id } : {}),
      ...(settings.display_name !== undefined ? { displayName: settings.display_name } : {}),
      allow: settings.allow,
      deny: settings.deny,
      index: settings.index,
      ...(settings.message_gap_ms !== undefined ? { messageGapMs: settings.message_gap_ms } : {}),
      features: (config.features ?? []).flatMap((feature) => {
        if (feature.base_id === undefined) return [];
        const output: Partial<Record<OutputType, UserOutputSettings>> = {};
        for (const [type, body] of outputEntries(feature)) {
          const reverse = body.reverse ?? body.reverse_position;
          output[type] = {
            ...(body.value ? { value: body.value as Range } : {}),
            ...(body.disabled !== undefined ? { disabled: body.disabled } : {}),
            ...(reverse !== undefined ? { reverse } : {}),
            ...(body.duration ? { duration: body.duration as Range } : {}),
          };
        }
        return [{ ...(feature.id !== undefined ? { id: feature.id } : {}), baseId: feature.base_id, output }];
      }),
    };
  });
  return { communication, configurations, devices: deviceSettings };
};

const readJson = async (path: string): Promise<unknown> => {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new ConfigFormatError(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
};

const withPath = <T>(path: string, read: () => T): T => {
  try {
    return read();
  } catch (error) {
    throw error instanceof ConfigFormatError ? new ConfigFormatError(`${path}: ${error.message}`) : error;
  }
};

export const loadUserConfig = async (path: string, base: readonly ProtocolConfig[]): Promise<UserConfig> => {
  const value = await readJson(path);
  return withPath(path, () => readUserConfig(value, base));
};

export const loadDeviceConfigFile = async (path: string): Promise<ProtocolConfig[]> => {
  const value = await readJson(path);
  return withPath(path, () => readDeviceConfig(value));
};
