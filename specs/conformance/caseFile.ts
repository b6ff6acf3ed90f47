/**
 * Device-protocol conformance cases (the reference implementation's YAML test-case format): loading,
 * validation, and the case as data (vendored cases: specs/conformance/upstream/cases).
 *
 * Rust enum variants are YAML local tags (`!Write`, `!Vibrate`, `!Stop`...). Every tag the format
 * knows resolves to `{ tag, body }`; an Effect schema then checks the whole tree, so a malformed
 * file is reported as such instead of surfacing later as a strange mismatch.
 */
import { readFile } from 'node:fs/promises';
import * as ParseResult from 'effect/ParseResult';
import * as Schema from 'effect/Schema';
import { parseDocument, type CollectionTag, type ScalarTag } from 'yaml';
import { ENDPOINTS, type Endpoint } from '../../protocols/config/endpoints.js';
import { OUTPUT_TYPES, type OutputType } from '../../protocols/buttplug/featureTypes.js';

// ---- the case as the runner uses it ----

export type HardwareCommand =
  | {
      readonly kind: 'write';
      readonly endpoint: Endpoint;
      readonly data: readonly number[];
      readonly withResponse: boolean;
    }
  | { readonly kind: 'subscribe' | 'unsubscribe'; readonly endpoint: Endpoint };

export interface EndpointData {
  readonly endpoint: Endpoint;
  readonly data: readonly number[];
}

export type DeviceEvent =
  /** Pushed on subscribed endpoints only. */
  | { readonly kind: 'notifications'; readonly entries: readonly EndpointData[] }
  /** Answers for the protocol's next reads, in order. */
  | { readonly kind: 'reads'; readonly entries: readonly EndpointData[] }
  | { readonly kind: 'disconnect' };

/** What the test client does: the legacy message forms every spec version translates. */
export type ClientForm =
  | { readonly kind: 'Vibrate'; readonly entries: readonly { readonly index: number; readonly speed: number }[] }
  | {
      readonly kind: 'Rotate';
      readonly entries: readonly { readonly index: number; readonly speed: number; readonly clockwise: boolean }[];
    }
  | {
      readonly kind: 'Linear';
      readonly entries: readonly { readonly index: number; readonly duration: number; readonly position: number }[];
    }
  | {
      readonly kind: 'Scalar';
      readonly entries: readonly {
        readonly index: number;
        readonly scalar: number;
        readonly actuatorType: OutputType;
      }[];
    }
  | { readonly kind: 'Battery'; readonly expectedPower: number; readonly runAsync: boolean }
  | { readonly kind: 'Stop' }
  | { readonly kind: 'RSSI' };

export type CaseStep =
  | { readonly kind: 'messages'; readonly deviceIndex: number; readonly messages: readonly ClientForm[] }
  | { readonly kind: 'commands'; readonly deviceIndex: number; readonly commands: readonly HardwareCommand[] }
  | { readonly kind: 'events'; readonly deviceIndex: number; readonly events: readonly DeviceEvent[] }
  | { readonly kind: 'versionGated'; readonly minSpecVersion: number; readonly steps: readonly CaseStep[] };

/** A step after version gates are resolved. */
export type FlatStep = Exclude<CaseStep, { kind: 'versionGated' }>;

export interface CaseDevice {
  readonly name: string;
  readonly address?: string;
  /** An SDL gamepad's reported layout (`__sdl-rumble-and-triggers`, `__sdl-triggers-only`); absent: rumble only. */
  readonly sdlSelection?: string;
  readonly expectedName?: string;
  readonly expectedDisplayName?: string;
}

export interface ConformanceCase {
  readonly devices: readonly CaseDevice[];
  readonly deviceInit: readonly CaseStep[];
  readonly deviceCommands: readonly CaseStep[];
  readonly userDeviceConfigFile?: string;
  readonly deviceConfigFile?: string;
  /** How long the `device_init` steps may wait for a command, instead of the default. */
  readonly deviceInitTimeoutMs?: number;
  /**
   * Upstream loads Rhai protocol scripts from here (MaxPro); this engine drives those protocols
   * natively, so the key only says where upstream's scripts are.
   */
  readonly scriptProtocolDirectory?: string;
}

// ---- YAML: every tag of the format, on the node kinds it is written on ----

const TAG_NAMES = [
  'Messages',
  'Commands',
  'Events',
  'VersionGated',
  'Write',
  'Subscribe',
  'Unsubscribe',
  'Notifications',
  'Reads',
  'Disconnect',
  'Vibrate',
  'Rotate',
  'Linear',
  'Scalar',
  'Battery',
  'Stop',
  'RSSI',
] as const;

/** Each tag is accepted on a mapping, a sequence or a scalar; the schema below decides which shape is right. */
const customTags: (CollectionTag | ScalarTag)[] = TAG_NAMES.flatMap((name) => [
  { tag: `!${name}`, collection: 'map', resolve: (map) => ({ tag: name, body: map.toJSON() }) } satisfies CollectionTag,
  { tag: `!${name}`, collection: 'seq', resolve: (seq) => ({ tag: name, body: seq.toJSON() }) } satisfies CollectionTag,
  { tag: `!${name}`, resolve: (text: string) => ({ tag: name, body: text === '' ? null : text }) } satisfies ScalarTag,
]);

// ---- schemas of the parsed tree ----

const tagged = <T extends string, B extends Schema.Schema.Any>(tag: T, body: B) =>
  Schema.Struct({ tag: Schema.Literal(tag), body });
const noBody = Schema.NullOr(Schema.Literal(''));

const Index = Schema.Int.pipe(Schema.between(0, 0xffff_ffff));
const Byte = Schema.Int.pipe(Schema.between(0, 255));
const EndpointName = Schema.Literal(...ENDPOINTS);
const UnitFloat = Schema.Number.pipe(Schema.between(0, 1));
/** ActuatorType names as the reference deserialises them (case-insensitive aliases are not used by any case). */
const ActuatorType = Schema.Literal(...OUTPUT_TYPES);

const Write = tagged(
  'Write',
  Schema.Struct({
    endpoint: EndpointName,
    data: Schema.Array(Byte),
    write_with_response: Schema.Boolean,
    // Three upstream files annotate writes with the feature they concern; the reference ignores it.
    feature_id: Schema.optional(Schema.String),
  }),
);
const Subscribe = tagged('Subscribe', Schema.Struct({ endpoint: EndpointName }));
const Unsubscribe = tagged('Unsubscribe', Schema.Struct({ endpoint: EndpointName }));
const HardwareCommandNode = Schema.Union(Write, Subscribe, Unsubscribe);

const EndpointDataNode = Schema.Struct({ endpoint: EndpointName, data: Schema.Array(Byte) });
const EventNode = Schema.Union(
  tagged('Notifications', Schema.Array(EndpointDataNode)),
  tagged('Reads', Schema.Array(EndpointDataNode)),
  tagged('Disconnect', noBody),
);

const MessageNode = Schema.Union(
  tagged('Vibrate', Schema.Array(Schema.Struct({ Index, Speed: UnitFloat }))),
  tagged('Rotate', Schema.Array(Schema.Struct({ Index, Speed: UnitFloat, Clockwise: Schema.Boolean }))),
  tagged(
    'Linear',
    Schema.Array(
      Schema.Struct({ Index, Duration: Schema.Int.pipe(Schema.between(0, 0xffff_ffff)), Position: UnitFloat }),
    ),
  ),
  tagged('Scalar', Schema.Array(Schema.Struct({ Index, Scalar: UnitFloat, ActuatorType }))),
  tagged('Battery', Schema.Struct({ expected_power: UnitFloat, run_async: Schema.Boolean })),
  tagged('Stop', noBody),
  tagged('RSSI', noBody),
);

const MessagesNode = tagged('Messages', Schema.Struct({ device_index: Index, messages: Schema.Array(MessageNode) }));
const CommandsNode = tagged(
  'Commands',
  Schema.Struct({ device_index: Index, commands: Schema.Array(HardwareCommandNode) }),
);
const EventsNode = tagged('Events', Schema.Struct({ device_index: Index, events: Schema.Array(EventNode) }));

// Version gates nest steps, so the step schema is recursive and its types are spelled out.
interface VersionGatedNode {
  readonly tag: 'VersionGated';
  readonly body: { readonly min_spec_version: number; readonly commands: readonly StepNodeType[] };
}
interface VersionGatedEncoded {
  readonly tag: 'VersionGated';
  readonly body: { readonly min_spec_version: number; readonly commands: readonly StepNodeEncoded[] };
}
type StepNodeType = typeof MessagesNode.Type | typeof CommandsNode.Type | typeof EventsNode.Type | VersionGatedNode;
type StepNodeEncoded =
  typeof MessagesNode.Encoded | typeof CommandsNode.Encoded | typeof EventsNode.Encoded | VersionGatedEncoded;

const StepNode: Schema.Schema<StepNodeType, StepNodeEncoded> = Schema.Union(
  MessagesNode,
  CommandsNode,
  EventsNode,
  tagged(
    'VersionGated',
    Schema.Struct({
      min_spec_version: Schema.Int.pipe(Schema.between(0, 4)),
      commands: Schema.Array(Schema.suspend((): Schema.Schema<StepNodeType, StepNodeEncoded> => StepNode)),
    }),
  ),
);

const CaseNode = Schema.Struct({
  devices: Schema.Array(
    Schema.Struct({
      identifier: Schema.Struct({
        name: Schema.String,
        address: Schema.optional(Schema.String),
        sdl_selection: Schema.optional(Schema.String),
      }),
      expected_name: Schema.optional(Schema.String),
      expected_display_name: Schema.optional(Schema.String),
    }),
  ).pipe(Schema.minItems(1)),
  device_config_file: Schema.optional(Schema.String),
  user_device_config_file: Schema.optional(Schema.String),
  device_init_timeout_ms: Schema.optional(Schema.Int.pipe(Schema.positive())),
  script_protocol_directory: Schema.optional(Schema.String),
  device_init: Schema.optional(Schema.NullOr(Schema.Array(StepNode))),
  device_commands: Schema.NullOr(Schema.Array(StepNode)),
});

type MessageNodeType = typeof MessageNode.Type;
type HardwareCommandNodeType = typeof HardwareCommandNode.Type;
type EventNodeType = typeof EventNode.Type;

// ---- tree -> case ----

const toCommand = (node: HardwareCommandNodeType): HardwareCommand =>
  node.tag === 'Write'
    ? { kind: 'write', endpoint: node.body.endpoint, data: node.body.data, withResponse: node.body.write_with_response }
    : { kind: node.tag === 'Subscribe' ? 'subscribe' : 'unsubscribe', endpoint: node.body.endpoint };

const toEvent = (node: EventNodeType): DeviceEvent => {
  switch (node.tag) {
    case 'Notifications':
      return { kind: 'notifications', entries: node.body };
    case 'Reads':
      return { kind: 'reads', entries: node.body };
    case 'Disconnect':
      return { kind: 'disconnect' };
  }
};

const toForm = (node: MessageNodeType): ClientForm => {
  switch (node.tag) {
    case 'Vibrate':
      return { kind: 'Vibrate', entries: node.body.map((e) => ({ index: e.Index, speed: e.Speed })) };
    case 'Rotate':
      return {
        kind: 'Rotate',
        entries: node.body.map((e) => ({ index: e.Index, speed: e.Speed, clockwise: e.Clockwise })),
      };
    case 'Linear':
      return {
        kind: 'Linear',
        entries: node.body.map((e) => ({ index: e.Index, duration: e.Duration, position: e.Position })),
      };
    case 'Scalar':
      return {
        kind: 'Scalar',
        entries: node.body.map((e) => ({ index: e.Index, scalar: e.Scalar, actuatorType: e.ActuatorType })),
      };
    case 'Battery':
      return { kind: 'Battery', expectedPower: node.body.expected_power, runAsync: node.body.run_async };
    case 'Stop':
      return { kind: 'Stop' };
    case 'RSSI':
      return { kind: 'RSSI' };
  }
};

const toStep = (node: StepNodeType): CaseStep => {
  switch (node.tag) {
    case 'Messages':
      return { kind: 'messages', deviceIndex: node.body.device_index, messages: node.body.messages.map(toForm) };
    case 'Commands':
      return { kind: 'commands', deviceIndex: node.body.device_index, commands: node.body.commands.map(toCommand) };
    case 'Events':
      return { kind: 'events', deviceIndex: node.body.device_index, events: node.body.events.map(toEvent) };
    case 'VersionGated':
      return {
        kind: 'versionGated',
        minSpecVersion: node.body.min_spec_version,
        steps: node.body.commands.map(toStep),
      };
  }
};

export class CaseFormatError extends Error {
  override readonly name = 'CaseFormatError';
}

const parseTree = <A, I>(text: string, schema: Schema.Schema<A, I>): A => {
  const document = parseDocument(text, { customTags, prettyErrors: false });
  const problem = document.errors[0] ?? document.warnings[0];
  // An unknown tag is only a warning to the YAML parser, but a file we would misread.
  if (problem) throw new CaseFormatError(`YAML: ${problem.message.split('\n')[0]}`);
  const decoded = Schema.decodeUnknownEither(schema, { errors: 'first', onExcessProperty: 'error' })(document.toJS());
  if (decoded._tag === 'Left') {
    const [issue] = ParseResult.ArrayFormatter.formatErrorSync(decoded.left);
    throw new CaseFormatError(issue ? `${issue.path.join('.') || 'file'}: ${issue.message}` : 'invalid case');
  }
  return decoded.right;
};

/** Parses a YAML list of steps (as under `device_commands`). */
export const parseSteps = (text: string): CaseStep[] => parseTree(text, Schema.Array(StepNode)).map(toStep);

/** Parses a case file's text; throws `CaseFormatError` naming the first problem. */
export const parseCase = (text: string): ConformanceCase => {
  const node = parseTree(text, CaseNode);
  return {
    devices: node.devices.map((device) => ({
      name: device.identifier.name,
      ...(device.identifier.address !== undefined ? { address: device.identifier.address } : {}),
      ...(device.identifier.sdl_selection !== undefined ? { sdlSelection: device.identifier.sdl_selection } : {}),
      ...(device.expected_name !== undefined ? { expectedName: device.expected_name } : {}),
      ...(device.expected_display_name !== undefined ? { expectedDisplayName: device.expected_display_name } : {}),
    })),
    deviceInit: (node.device_init ?? []).map(toStep),
    deviceCommands: (node.device_commands ?? []).map(toStep),
    ...(node.user_device_config_file !== undefined ? { userDeviceConfigFile: node.user_device_config_file } : {}),
    ...(node.device_config_file !== undefined ? { deviceConfigFile: node.device_config_file } : {}),
    ...(node.device_init_timeout_ms !== undefined ? { deviceInitTimeoutMs: node.device_init_timeout_ms } : {}),
    ...(node.script_protocol_directory !== undefined
      ? { scriptProtocolDirectory: node.script_protocol_directory }
      : {}),
  };
};

export const loadCase = async (path: string): Promise<ConformanceCase> => parseCase(await readFile(path, 'utf8'));

/**
 * The steps a run at `version` performs: a gated group is replaced by its (flattened) contents when
 * the version reaches its minimum, and dropped entirely otherwise, so a message and the traffic it
 * should cause are kept or skipped together.
 */
export const flattenSteps = (steps: readonly CaseStep[], version: number): FlatStep[] =>
  steps.flatMap((step) =>
    step.kind === 'versionGated' ? (version >= step.minSpecVersion ? flattenSteps(step.steps, version) : []) : [step],
  );

// ---- text for reports ----

const hex = (data: readonly number[]) => `[${data.map((b) => b.toString(16).padStart(2, '0')).join(' ')}]`;

export const describeCommand = (command: HardwareCommand): string =>
  command.kind === 'write'
    ? `write ${command.endpoint} ${hex(command.data)}${command.withResponse ? ' with response' : ''}`
    : `${command.kind} ${command.endpoint}`;

export const describeForm = (form: ClientForm): string => {
  switch (form.kind) {
    case 'Vibrate':
      return `Vibrate ${form.entries.map((e) => `#${e.index}=${e.speed}`).join(' ')}`;
    case 'Rotate':
      return `Rotate ${form.entries.map((e) => `#${e.index}=${e.clockwise ? '' : '-'}${e.speed}`).join(' ')}`;
    case 'Linear':
      return `Linear ${form.entries.map((e) => `#${e.index}->${e.position}/${e.duration}ms`).join(' ')}`;
    case 'Scalar':
      return `Scalar ${form.entries.map((e) => `#${e.index} ${e.actuatorType}=${e.scalar}`).join(' ')}`;
    case 'Battery':
      return `Battery (expect ${form.expectedPower})`;
    case 'Stop':
    case 'RSSI':
      return form.kind;
  }
};
