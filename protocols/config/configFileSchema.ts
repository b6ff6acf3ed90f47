/**
 * The upstream v4 device configuration JSON (snake_case), as Effect schemas: the device config file
 * (`protocols`) and the user config file (`user_configs`). Structure only; what the values mean
 * (ranges inside ranges, ids that must exist) is checked by the parsers.
 *
 * Unknown keys follow the reference, which validates against its JSON schema and then ignores extra
 * keys: where that schema forbids extra keys (features, configurations, specifiers, user entries) an
 * unknown key is an error; elsewhere it is ignored (and reported as a warning). That is how
 * `sexverse-v5`'s misspelled `configuration` key in the shipped file is ignored.
 */
import * as Schema from 'effect/Schema';
import { ENDPOINTS } from './endpoints.js';

const optional = <S extends Schema.Schema.All>(schema: S) => Schema.optionalWith(schema, { exact: true });

const integer = (min: number, max: number) =>
  Schema.Int.pipe(
    Schema.between(min, max, {
      message: (issue) => `expected an integer from ${min} to ${max}, got ${JSON.stringify(issue.actual)}`,
    }),
  );

const I32 = integer(-0x8000_0000, 0x7fff_ffff);
const U32 = integer(0, 0xffff_ffff);
const U16 = integer(0, 0xffff);
const U8 = integer(0, 0xff);

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const Uuid = Schema.String.pipe(
  Schema.pattern(UUID_PATTERN, {
    message: (issue) =>
      `expected a lowercase UUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx), got ${JSON.stringify(issue.actual)}`,
  }),
);

const NonEmptyStrings = Schema.Array(Schema.String).pipe(
  Schema.minItems(1, { message: () => 'expected at least one name' }),
);

/** `[min, max]` as the base file writes it (i32). */
const BaseRange = Schema.Tuple(I32, I32);
/** `[min, max]` as the user file writes it (u32). */
const UserRange = Schema.Tuple(U32, U32);

const buildSchemas = (unknownKeys: 'ignore' | 'error') => {
  /** Extra keys are errors in this object (the reference schema's `additionalProperties: false`). */
  const closed = <S extends Schema.Schema.Any>(schema: S): S =>
    schema.annotations({ parseOptions: { onExcessProperty: 'error' } }) as S;
  /** Extra keys are ignored here, or reported (to warn about them) when building the strict variant. */
  const open = <S extends Schema.Schema.Any>(schema: S): S =>
    schema.annotations({ parseOptions: { onExcessProperty: unknownKeys } }) as S;

  // ---- communication specifiers ------------------------------------------------------------------

  const EndpointMap = closed(
    Schema.Struct(
      Object.fromEntries(ENDPOINTS.map((endpoint) => [endpoint, optional(Uuid)])) as Record<
        (typeof ENDPOINTS)[number],
        ReturnType<typeof optional<typeof Uuid>>
      >,
    ),
  ).pipe(Schema.filter((endpoints) => Object.keys(endpoints).length > 0 || 'a service needs at least one endpoint'));

  const ManufacturerData = open(
    Schema.Struct({ company: U16, data: optional(Schema.Array(U8)), expected_length: optional(Schema.Int) }),
  );

  const BtleSpecifier = closed(
    Schema.Struct({
      names: NonEmptyStrings,
      manufacturer_data: optional(Schema.Array(ManufacturerData)),
      advertised_services: optional(Schema.Array(Uuid)),
      services: closed(Schema.Record({ key: Uuid, value: EndpointMap })).pipe(
        Schema.filter((services) => Object.keys(services).length > 0 || 'at least one service is needed'),
      ),
    }),
  );

  const SerialSpecifier = closed(
    Schema.Struct({
      port: Schema.String,
      baud_rate: U32,
      data_bits: U8,
      stop_bits: U8,
      parity: Schema.String.pipe(Schema.length(1, { message: () => 'expected one character, e.g. "N"' })),
    }),
  );

  const VidPidSpecifier = open(
    Schema.Struct({ pairs: Schema.NonEmptyArray(closed(Schema.Struct({ vendor_id: U16, product_id: U16 }))) }),
  );

  const WebsocketSpecifier = closed(Schema.Struct({ name: Schema.String }));

  const ExistsSpecifier = open(Schema.Struct({ exists: optional(Schema.Boolean) }));

  /** One `{ "<transport>": {...} }` entry of a `communication` list. */
  const CommunicationEntry = closed(
    Schema.Struct({
      btle: optional(BtleSpecifier),
      serial: optional(SerialSpecifier),
      hid: optional(VidPidSpecifier),
      usb: optional(VidPidSpecifier),
      websocket: optional(WebsocketSpecifier),
      xinput: optional(ExistsSpecifier),
      lovense_connect_service: optional(ExistsSpecifier),
      'sdl-gamepad': optional(ExistsSpecifier),
      simulated: optional(closed(Schema.Struct({ names: NonEmptyStrings }))),
    }),
  ).pipe(
    Schema.filter(
      (entry) =>
        Object.keys(entry).length === 1 || `expected exactly one transport key, got ${Object.keys(entry).length}`,
    ),
  );

  // ---- features ----------------------------------------------------------------------------------

  const ValueOutput = open(Schema.Struct({ value: BaseRange }));
  const DurationOutput = open(Schema.Struct({ value: BaseRange, duration: BaseRange }));

  /** Output types by file key; keys the reference does not know are ignored like it does. */
  const BaseOutputs = open(
    Schema.Struct({
      vibrate: optional(ValueOutput),
      rotate: optional(ValueOutput),
      oscillate: optional(ValueOutput),
      constrict: optional(ValueOutput),
      spray: optional(ValueOutput),
      temperature: optional(ValueOutput),
      led: optional(ValueOutput),
      position: optional(ValueOutput),
      hw_position_with_duration: optional(DurationOutput),
    }),
  );

  const InputProperties = closed(
    Schema.Struct({
      value: Schema.NonEmptyArray(BaseRange),
      command: Schema.Array(Schema.Literal('Read', 'Subscribe')),
    }),
  );

  const Inputs = open(
    Schema.Struct({
      battery: optional(InputProperties),
      rssi: optional(InputProperties),
      pressure: optional(InputProperties),
      button: optional(InputProperties),
      depth: optional(InputProperties),
      position: optional(InputProperties),
    }),
  );

  const BaseFeature = closed(
    Schema.Struct({
      id: Uuid,
      index: U32,
      description: optional(Schema.String),
      output: optional(BaseOutputs),
      input: optional(Inputs),
      feature_settings: optional(open(Schema.Struct({ alt_protocol_index: optional(U32) }))),
    }),
  );

  // ---- models ------------------------------------------------------------------------------------

  const Defaults = open(
    Schema.Struct({
      id: Uuid,
      name: Schema.String,
      features: Schema.Array(BaseFeature),
      protocol_variant: optional(Schema.String),
      message_gap_ms: optional(U32),
    }),
  );

  /** `message_gap_ms` is not in the reference schema here, but its loader reads it; so do we. */
  const Configuration = closed(
    Schema.Struct({
      id: Uuid,
      name: Schema.String,
      identifier: NonEmptyStrings,
      features: optional(Schema.Array(BaseFeature)),
      protocol_variant: optional(Schema.String),
      message_gap_ms: optional(U32),
    }),
  );

  const Version = open(
    Schema.Struct({
      major: Schema.Unknown.pipe(
        Schema.filter((major) => major === 4 || major === 5, {
          message: (issue) =>
            `this engine reads version 4 and 5 files, this one is version ${JSON.stringify(issue.actual)}`,
        }),
      ) as unknown as Schema.Schema<4 | 5>,
      minor: optional(U32),
    }),
  );

  // ---- the device config file --------------------------------------------------------------------

  /** `defaults` is required (the reference tolerates its absence): it is the model a device falls back to. */
  const ProtocolEntry = open(
    Schema.Struct({
      communication: optional(Schema.Array(CommunicationEntry)),
      defaults: Defaults,
      configurations: optional(Schema.NonEmptyArray(Configuration)),
    }),
  );

  /** A protocol's name, a key of `protocols`: `__proto__` would name the object's prototype, not a protocol (it was dropped unseen). */
  const ProtocolName = Schema.String.pipe(
    Schema.filter((name) => name !== '__proto__', { message: () => '"__proto__" cannot name a protocol' }),
  );

  const DeviceConfigFile = closed(
    Schema.Struct({
      version: Version,
      protocols: Schema.Record({ key: ProtocolName, value: ProtocolEntry }),
    }),
  );

  // ---- the user config file ----------------------------------------------------------------------

  const UserValueOutput = open(Schema.Struct({ value: optional(UserRange), disabled: optional(Schema.Boolean) }));
  const UserPositionOutput = open(
    Schema.Struct({
      value: optional(UserRange),
      disabled: optional(Schema.Boolean),
      reverse: optional(Schema.Boolean),
    }),
  );
  const UserDurationOutput = open(
    Schema.Struct({
      value: optional(UserRange),
      duration: optional(UserRange),
      disabled: optional(Schema.Boolean),
      reverse: optional(Schema.Boolean),
    }),
  );

  const UserOutputs = open(
    Schema.Struct({
      vibrate: optional(UserValueOutput),
      rotate: optional(UserValueOutput),
      oscillate: optional(UserValueOutput),
      constrict: optional(UserValueOutput),
      spray: optional(UserValueOutput),
      temperature: optional(UserValueOutput),
      led: optional(UserValueOutput),
      position: optional(UserPositionOutput),
      hw_position_with_duration: optional(UserDurationOutput),
    }),
  );

  const UserFeature = closed(
    Schema.Struct({
      id: Uuid,
      base_id: Uuid,
      description: optional(Schema.String),
      output: optional(UserOutputs),
    }),
  );

  const UserCustomization = closed(
    Schema.Struct({
      allow: Schema.Boolean,
      deny: Schema.Boolean,
      index: U32,
      display_name: optional(Schema.String),
      message_gap_ms: optional(U32),
    }),
  );

  const UserDevice = closed(
    Schema.Struct({
      identifier: closed(
        Schema.Struct({ protocol: Schema.String, address: Schema.String, identifier: optional(Schema.String) }),
      ),
      config: closed(
        Schema.Struct({
          id: Uuid,
          base_id: Uuid,
          name: optional(Schema.String),
          features: Schema.Array(UserFeature),
          user_config: UserCustomization,
        }),
      ),
    }),
  );

  /** `defaults` is not valid in a user file: the reference ignores it, so do we (with a warning). */
  const UserProtocol = open(
    Schema.Struct({
      communication: optional(Schema.Array(CommunicationEntry)),
      configurations: optional(Schema.Array(Configuration)),
    }),
  );

  const UserConfigFile = closed(
    Schema.Struct({
      version: Version,
      user_configs: optional(
        closed(
          Schema.Struct({
            protocols: optional(Schema.Record({ key: ProtocolName, value: UserProtocol })),
            devices: optional(Schema.Array(UserDevice)),
          }),
        ),
      ),
    }),
  );

  return { DeviceConfigFile, UserConfigFile };
};

/** What the parsers decode with. */
export const configFileSchemas = buildSchemas('ignore');
/** The same, but keys that would be ignored are reported: the parsers warn about them. */
export const strictConfigFileSchemas = buildSchemas('error');

export type DeviceConfigFile = typeof configFileSchemas.DeviceConfigFile.Type;
export type ProtocolEntry = DeviceConfigFile['protocols'][string];
export type Defaults = ProtocolEntry['defaults'];
export type Configuration = NonNullable<ProtocolEntry['configurations']>[number];
export type BaseFeature = Defaults['features'][number];
export type CommunicationEntry = NonNullable<ProtocolEntry['communication']>[number];
export type UserConfigFile = typeof configFileSchemas.UserConfigFile.Type;
export type UserDevice = NonNullable<NonNullable<UserConfigFile['user_configs']>['devices']>[number];
export type UserFeature = UserDevice['config']['features'][number];
export type UserOutputs = NonNullable<UserFeature['output']>;
