/** Small constructors that keep protocol modules' device tables short and readable. */
import type { InputType, OutputType } from '../buttplug/featureTypes.js';
import type {
  CommunicationSpecifier,
  FeatureDefinition,
  InputDefinition,
  ModelDefinition,
  OutputDefinition,
  ProtocolConfig,
  Range,
} from './deviceDefinitions.js';

type OutputShorthand = Partial<Record<Exclude<OutputType, 'HwPositionWithDuration'>, Range>> & {
  readonly HwPositionWithDuration?: { readonly value: Range; readonly duration: Range };
};

export interface FeatureShorthand {
  readonly description?: string;
  readonly output?: OutputShorthand;
  readonly input?: Partial<Record<InputType, InputDefinition>>;
}

export const feature = (index: number, id: string, spec: FeatureShorthand): FeatureDefinition => {
  const output: Partial<Record<OutputType, OutputDefinition>> = {};
  for (const [type, range] of Object.entries(spec.output ?? {})) {
    output[type as OutputType] = Array.isArray(range)
      ? { value: range as unknown as Range }
      : (range as OutputDefinition);
  }
  return {
    id,
    index,
    description: spec.description ?? '',
    ...(spec.output ? { output } : {}),
    ...(spec.input ? { input: spec.input } : {}),
  };
};

export const batteryInput: InputDefinition = { value: [[0, 100]], command: ['Read'] };

export interface ModelShorthand {
  readonly id: string;
  readonly name: string;
  readonly identifiers?: readonly string[];
  /** Omitted: the protocol's default features. */
  readonly features?: readonly FeatureDefinition[];
  readonly protocolVariant?: string;
  readonly messageGapMs?: number;
}

export interface DevicesShorthand {
  readonly name: string;
  readonly communication: readonly CommunicationSpecifier[];
  readonly defaults: ModelShorthand & { readonly features: readonly FeatureDefinition[] };
  readonly configurations?: readonly ModelShorthand[];
}

/** A model as the database keeps it: without its own features, variant or gap it has the defaults'. */
export const withDefaults = (
  model: ModelShorthand,
  defaults: ModelShorthand & { readonly features: readonly FeatureDefinition[] },
): ModelDefinition => {
  const protocolVariant = model.protocolVariant ?? defaults.protocolVariant;
  const messageGapMs = model.messageGapMs ?? defaults.messageGapMs;
  return {
    id: model.id,
    name: model.name,
    identifiers: model.identifiers ?? [],
    features: model.features ?? defaults.features,
    ...(protocolVariant !== undefined ? { protocolVariant } : {}),
    ...(messageGapMs !== undefined ? { messageGapMs } : {}),
  };
};

/** Builds a protocol's database entry; a configuration without its own features, variant or gap inherits the defaults'. */
export const defineDevices = (spec: DevicesShorthand): ProtocolConfig => ({
  name: spec.name,
  communication: spec.communication,
  defaults: withDefaults(spec.defaults, spec.defaults),
  configurations: (spec.configurations ?? []).map((model) => withDefaults(model, spec.defaults)),
});
