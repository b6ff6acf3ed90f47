/**
 * The device database's vocabulary: how protocols declare the hardware they speak to (communication
 * specifiers) and the models they know (features with ranges). Built-in protocol modules declare these
 * as data; config files in the upstream JSON format are read into the same shapes.
 */
import type { InputCommand, InputType, OutputType } from '../buttplug/featureTypes.js';
import type { Endpoint } from './endpoints.js';

export type Range = readonly [number, number];

export interface OutputDefinition {
  /** Inclusive hardware step range; a negative minimum means the output takes a direction. */
  readonly value: Range;
  /** Only HwPositionWithDuration: accepted durations in ms. */
  readonly duration?: Range;
}

export interface InputDefinition {
  readonly value: readonly Range[];
  readonly command: readonly InputCommand[];
}

export interface FeatureDefinition {
  /** Stable identity; user configs refer to it. */
  readonly id: string;
  readonly index: number;
  readonly description: string;
  readonly output?: Readonly<Partial<Record<OutputType, OutputDefinition>>>;
  readonly input?: Readonly<Partial<Record<InputType, InputDefinition>>>;
}

/** One model of a protocol (or its defaults, used when identification finds no specific model). */
export interface ModelDefinition {
  readonly id: string;
  readonly name: string;
  /** What the protocol's identification yields for this model (BLE name, Lovense type letter...). */
  readonly identifiers: readonly string[];
  readonly features: readonly FeatureDefinition[];
  readonly protocolVariant?: string;
  readonly messageGapMs?: number;
}

export interface ManufacturerData {
  readonly company: number;
  readonly data?: readonly number[];
}

/** How a protocol's devices are found, per transport. */
export type CommunicationSpecifier =
  | {
      readonly transport: 'btle';
      /** Exact names or prefixes ending in `*`. */
      readonly names: readonly string[];
      readonly manufacturerData?: readonly ManufacturerData[];
      readonly advertisedServices?: readonly string[];
      /** service UUID -> endpoint -> characteristic UUID. */
      readonly services: Readonly<Record<string, Readonly<Partial<Record<Endpoint, string>>>>>;
    }
  | {
      readonly transport: 'serial';
      readonly port: string;
      readonly baudRate: number;
      readonly dataBits: number;
      readonly stopBits: number;
      readonly parity: string;
    }
  | { readonly transport: 'hid' | 'usb'; readonly pairs: readonly { vendorId: number; productId: number }[] }
  | { readonly transport: 'websocket'; readonly name: string }
  | { readonly transport: 'xinput' }
  | { readonly transport: 'lovenseConnectService' }
  /** Every SDL gamepad (v5); the hardware says which layout (rumble, trigger rumble) it has. */
  | { readonly transport: 'sdlGamepad' }
  /** Simulated devices (v5), by exact archetype name (`simulated-1vibe`...). */
  | { readonly transport: 'simulated'; readonly names: readonly string[] };

export type Transport = CommunicationSpecifier['transport'];

/** A protocol's entry in the device database. */
export interface ProtocolConfig {
  readonly name: string;
  readonly communication: readonly CommunicationSpecifier[];
  readonly defaults: ModelDefinition;
  readonly configurations: readonly ModelDefinition[];
}

/**
 * A definition the hardware chose for itself instead of being looked up by the name it reports: an SDL
 * pad says which rumble channels it has. The device is then announced by the hardware's own name.
 */
export interface DefinitionSelection {
  /** The identifier of the protocol's configuration to use (`__sdl-triggers-only`); absent: its defaults. */
  readonly selector?: string;
  readonly hardwareName: string;
}

/** What a device communication manager knows about a device it found, before connecting. */
export type DiscoveryInfo = {
  readonly name: string;
  readonly address: string;
  /** Hardware that reports its own layout (an SDL gamepad). */
  readonly selection?: DefinitionSelection;
} & (
  | {
      readonly transport: 'btle';
      readonly manufacturerData?: readonly ManufacturerData[];
      readonly advertisedServices?: readonly string[];
    }
  | { readonly transport: 'serial'; readonly port: string }
  | { readonly transport: 'hid' | 'usb'; readonly vendorId: number; readonly productId: number }
  | { readonly transport: 'websocket'; readonly identifier: string }
  | { readonly transport: 'xinput' }
  | { readonly transport: 'lovenseConnectService' }
  | { readonly transport: 'sdlGamepad' }
  | { readonly transport: 'simulated' }
);

/** The runtime identity of a device: what index reuse and user settings are keyed by. */
export interface DeviceKey {
  readonly protocol: string;
  readonly identifier?: string;
  readonly address: string;
}

export const deviceKeyString = (key: DeviceKey): string =>
  JSON.stringify([key.protocol, key.identifier ?? null, key.address]);
