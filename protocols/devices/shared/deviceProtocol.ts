/**
 * The shape of a device protocol module: the devices it speaks to (as data) and what bytes to say
 * (as pure functions). The device actor runs the scripts, threads the state and does the I/O.
 */
import type { InputCommand, InputType } from '../../buttplug/featureTypes.js';
import type { ManufacturerData, ProtocolConfig } from '../../config/deviceDefinitions.js';
import type { Endpoint } from '../../config/endpoints.js';
import type { FeatureOutput, ResolvedDevice, ResolvedFeature } from '../../config/resolvedDevice.js';

export type { FeatureOutput };
import type { Notification, ProtocolScript, WriteRequest } from './hardwareRequests.js';

/** A write the encoder wants; `delayMs` schedules it after the batch (motion played over time). */
export interface ProtocolWrite extends WriteRequest {
  readonly delayMs?: number;
}

export type EncodeResult<S> =
  | { readonly ok: true; readonly state: S; readonly writes: readonly ProtocolWrite[] }
  | { readonly ok: false; readonly reason: string };

export const encoded = <S>(state: S, writes: readonly ProtocolWrite[]): EncodeResult<S> => ({
  ok: true,
  state,
  writes,
});
export const unsupported = (reason: string): EncodeResult<never> => ({ ok: false, reason });

/** What a protocol may know about the device it drives. */
export interface ProtocolDevice {
  readonly definition: ResolvedDevice;
  /** What identification returned (model code, BLE name...). */
  readonly identifier?: string;
  readonly hardwareName: string;
  readonly endpoints: readonly Endpoint[];
  /** What the device advertised (BLE manufacturer data), for protocols whose handshake depends on it. */
  readonly manufacturerData?: readonly ManufacturerData[];
}

/**
 * What identification found: the model's identifier (undefined: the protocol's defaults), or, for a
 * protocol whose newer models speak another protocol of the database, that protocol and identifier.
 * The device then resolves against that protocol's models; this module still drives it.
 */
export type Identification = string | undefined | { readonly protocol: string; readonly identifier?: string };

export const identifiedProtocol = (identification: Identification): string | undefined =>
  typeof identification === 'object' ? identification.protocol : undefined;

export const identifiedModel = (identification: Identification): string | undefined =>
  typeof identification === 'object' ? identification.identifier : identification;

export interface IdentifyContext {
  readonly hardwareName: string;
  readonly address: string;
  readonly endpoints: readonly Endpoint[];
  /** What the device advertised (BLE manufacturer data), for protocols that read the model from it. */
  readonly manufacturerData?: readonly ManufacturerData[];
}

export interface SensorReading {
  readonly featureIndex: number;
  readonly type: InputType;
  readonly value: number;
}

/** A sensor of the device that some session listens to. */
export interface InputStream {
  readonly featureIndex: number;
  readonly type: InputType;
}

export interface InputRequest {
  readonly feature: ResolvedFeature;
  readonly type: InputType;
  readonly command: InputCommand;
  /**
   * The device's other streams that sessions still listen to (the engine always says), so a
   * protocol whose sensors share one hardware subscription ends it only with the last of them.
   */
  readonly otherStreams?: readonly InputStream[];
}

export type KeepalivePolicy =
  /** Resend the last write whenever nothing was written for `intervalMs` (devices that stop on silence). */
  | { readonly kind: 'repeatLastWrite'; readonly intervalMs: number }
  /** Only when the hardware layer demands keepalive (e.g. a backgrounded mobile BLE stack): send `write`. */
  | { readonly kind: 'whenHardwareRequires'; readonly write: WriteRequest; readonly intervalMs: number }
  /**
   * Whenever nothing was written for `intervalMs`, send what the protocol's `keepaliveWrites` says:
   * a level re-sent only while the device runs, a packet whose counter moves on.
   */
  | { readonly kind: 'protocolKeepalive'; readonly intervalMs: number };

export interface KeepaliveResult<S> {
  readonly state: S;
  /** Empty: nothing to send this time. */
  readonly writes: readonly WriteRequest[];
}

export interface DeviceProtocol<S = unknown> {
  readonly name: string;
  /** The protocol's devices: how they are found and which models exist. */
  readonly config: ProtocolConfig;
  /** Which model is this? Default: the hardware's advertised name. */
  identify?(context: IdentifyContext): ProtocolScript<Identification>;
  /** Initial protocol state for a resolved device. */
  createState(device: ProtocolDevice): S;
  /** The protocol's init exchange, run once after identification; may refine the state. */
  initialize?(device: ProtocolDevice, state: S): ProtocolScript<S>;
  /** Turns output changes into writes. Pure; must not throw for validated input. */
  encodeOutputs(state: S, outputs: readonly FeatureOutput[], device: ProtocolDevice): EncodeResult<S>;
  /** Reads a sensor once. */
  readInput?(state: S, request: InputRequest, device: ProtocolDevice): ProtocolScript<number>;
  /** Starts or stops a sensor's notifications. */
  subscribeInput?(state: S, request: InputRequest, device: ProtocolDevice): ProtocolScript<void>;
  unsubscribeInput?(state: S, request: InputRequest, device: ProtocolDevice): ProtocolScript<void>;
  /** Turns a notification into sensor readings for subscribers. */
  decodeNotification?(state: S, notification: Notification, device: ProtocolDevice): readonly SensorReading[];
  readonly keepalive?: KeepalivePolicy;
  /** For a `protocolKeepalive`: what to send after a silence, from the state. Pure. */
  keepaliveWrites?(state: S, device: ProtocolDevice): KeepaliveResult<S>;
  /** Send a stop right after connecting (seeds the packet a repeat-last-write keepalive resends). */
  readonly stopOnConnect?: boolean;
}

// Protocol modules each have their own state type; the registry and the device actor hold them all.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDeviceProtocol = DeviceProtocol<any>;
