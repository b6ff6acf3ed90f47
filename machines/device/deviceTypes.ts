/**
 * The device machine's contract: its input, context and events, what it tells the device manager,
 * and the inputs of the I/O actors the live system provides (actors/engine/deviceActors.ts).
 */
import type { AnyActorRef } from 'xstate';
import type { DiscoveredDevice, Hardware } from '../../hardware/hardware.js';
import type { EngineRequest } from '../../protocols/buttplug/engineRequests.js';
import type { InputCommand, InputType } from '../../protocols/buttplug/featureTypes.js';
import type { DeviceInfo } from '../../protocols/buttplug/messages.js';
import type { Endpoint } from '../../protocols/config/endpoints.js';
import type {
  CommunicationSpecifier,
  DefinitionSelection,
  DeviceKey,
  ManufacturerData,
} from '../../protocols/config/deviceDefinitions.js';
import type { ResolvedDevice, ResolvedFeature } from '../../protocols/config/resolvedDevice.js';
import type { Logger } from '../../protocols/core/logger.js';
import type { UndrivableOutput } from '../../protocols/devices/shared/drivableOutputs.js';
import type {
  AnyDeviceProtocol,
  InputStream,
  ProtocolDevice,
  ProtocolWrite,
} from '../../protocols/devices/shared/deviceProtocol.js';
import type { WriteRequest } from '../../protocols/devices/shared/hardwareRequests.js';
import type { InputTasks } from './inputTasks.js';
import type { Batch, OutputQueue } from './outputQueue.js';
import type { Subscriptions } from './sensorSubscriptions.js';

export interface DeviceTimeouts {
  readonly connectMs: number;
  /** Identification, initialisation, a sensor read: each protocol exchange. */
  readonly exchangeMs: number;
  readonly definitionMs: number;
  readonly writeMs: number;
  readonly closeMs: number;
  /** Hardware that can reconnect gets this long after a drop to come back before the device is removed. */
  readonly reconnectWindowMs: number;
  /** Pause before the first reconnect attempt; it doubles after each failed attempt, up to `reconnectMaxDelayMs`. */
  readonly reconnectFirstDelayMs: number;
  readonly reconnectMaxDelayMs: number;
}

export const defaultDeviceTimeouts: DeviceTimeouts = {
  connectMs: 10_000,
  exchangeMs: 10_000,
  definitionMs: 5_000,
  writeMs: 5_000,
  closeMs: 2_000,
  reconnectWindowMs: 10_000,
  reconnectFirstDelayMs: 250,
  reconnectMaxDelayMs: 2_000,
};

export interface DeviceInput {
  readonly deviceId: string;
  readonly discovered: DiscoveredDevice;
  readonly protocol: AnyDeviceProtocol;
  /** How to connect for this protocol (its BLE services, serial settings...). */
  readonly specifier: CommunicationSpecifier;
  readonly timeouts: DeviceTimeouts;
  readonly logger: Logger;
}

export interface InFlight {
  /** Which write this is: the hardware's answer names it, so an answer to an older write finishes nothing. */
  readonly seq: number;
  readonly batch: Batch;
  readonly writes: readonly WriteRequest[];
  readonly delayed: readonly ProtocolWrite[];
  /** The encoder refused the batch (a protocol bug): nothing is written, and its requests fail with this. */
  readonly failure?: string;
}

/** A device once connected, identified and initialised: what it is and how it is reached. */
export interface DeviceLink {
  readonly hardware: Hardware;
  /** What identification said the model is (undefined: the protocol's defaults). */
  readonly identifier?: string;
  readonly protocolDevice: ProtocolDevice;
  /** Outputs the database declares that the protocol cannot stop: not advertised, warned about once. */
  readonly leftOut?: readonly UndrivableOutput[];
}

export interface DeviceContext extends DeviceInput {
  /** The hardware opened last: hung up when the device fails, is told to go, or gives up reconnecting. */
  readonly hardware?: Hardware;
  /** Present from the first time the device is ready (kept while it reconnects). */
  readonly link?: DeviceLink;
  readonly protocolState: unknown;
  /** Replies go to the session that asked; internal stops (on connect) have nobody to answer. */
  readonly queue: OutputQueue<AnyActorRef | undefined>;
  readonly inFlight?: InFlight;
  /** The `seq` of the last write started. */
  readonly writeSeq: number;
  readonly lastWrite?: WriteRequest;
  /** Which sessions listen to which sensor stream. */
  readonly subscriptions: Subscriptions<AnyActorRef>;
  readonly inputTasks: InputTasks<AnyActorRef>;
  /** The child playing timed writes (a stroke) and the features it moves. */
  readonly motion?: { readonly id: string; readonly features: readonly number[] };
  readonly goneReason: string;
  /** Failed reconnect attempts since the hardware dropped. */
  readonly reconnectAttempts: number;
}

export type DeviceRequest = Extract<EngineRequest, { kind: 'output' | 'input' }>;
export type InputRequestEvent = {
  type: 'request.input';
  request: Extract<EngineRequest, { kind: 'input' }>;
  replyTo: AnyActorRef;
};
export type StopEvent = Extract<DeviceEvent, { type: 'device.stop' }>;
export type DeviceRequestEvent = Extract<DeviceEvent, { type: 'device.request' }>;

export type DeviceEvent =
  /** The device manager's answer to `device.identified`: the definition for the key the device reported. */
  | { type: 'device.definition'; definition: ResolvedDevice; key: DeviceKey }
  | { type: 'device.rejected'; reason: string }
  /** The user's settings changed while the device is connected: its outputs stop and it takes the new definition. */
  | { type: 'device.redefine'; definition: ResolvedDevice }
  /** Raised after the stop a redefinition starts with, so the stop still sees the old outputs. */
  | { type: 'device.applyDefinition'; definition: ResolvedDevice }
  /** `endsFrame`: the last request of its frame for this device (the session says so): its batch is complete. */
  | { type: 'device.request'; request: DeviceRequest; replyTo: AnyActorRef; endsFrame?: boolean }
  | {
      type: 'device.stop';
      featureIndex?: number;
      outputs: boolean;
      inputs: boolean;
      /** Only this session's subscriptions end; all when absent. */
      session?: AnyActorRef;
      reply?: { replyTo: AnyActorRef; id: number };
      endsFrame?: boolean;
    }
  | { type: 'session.ended'; session: AnyActorRef }
  | { type: 'hardware.notification'; endpoint: Endpoint; data: Uint8Array }
  | { type: 'hardware.disconnected'; reason: string }
  | { type: 'input.done'; token: number; value?: number }
  | { type: 'input.failed'; token: number; error: string }
  | InputRequestEvent
  /** The rest of the frame has arrived (one microtask after the first output of a batch no request said was complete). */
  | { type: 'frame.ended' }
  /** The hardware's one answer to a write started by `startWrite`. */
  | { type: 'write.done'; seq: number }
  | { type: 'write.failed'; seq: number; error: string }
  | { type: 'keepalive.due' }
  | { type: 'disconnect' };

/** What a device tells the device manager. */
export type DeviceToManagerEvent =
  /** `selection`: the hardware chose its own definition (an SDL pad's layout). */
  | { type: 'device.identified'; deviceId: string; key: DeviceKey; selection?: DefinitionSelection }
  | { type: 'device.ready'; deviceId: string; index: number; info: DeviceInfo; address: string };

/** A device actor ends (its `done` event) when its device is gone for good. */
export interface DeviceOutput {
  readonly deviceId: string;
  readonly address: string;
  readonly reason: string;
}

// ---- I/O the live system provides (actors/engine/deviceActors.ts) ----
export interface ConnectInput {
  readonly discovered: DiscoveredDevice;
  readonly specifier: CommunicationSpecifier;
  readonly timeoutMs: number;
}
export interface IdentifyInput {
  readonly hardware: Hardware;
  readonly protocol: AnyDeviceProtocol;
  readonly timeoutMs: number;
  /** What the device advertised, for protocols that identify the model from it. */
  readonly manufacturerData?: readonly ManufacturerData[];
}
export interface InitializeInput extends IdentifyInput {
  readonly device: ProtocolDevice;
  readonly state: unknown;
}
export interface WriteBatchInput {
  readonly hardware: Hardware;
  readonly writes: readonly WriteRequest[];
  readonly timeoutMs: number;
}
/** What `startWrite` writes; it answers with `write.done` or `write.failed` carrying `seq`. */
export interface StartWriteParams extends WriteBatchInput {
  readonly seq: number;
}
export type CloseInput = WriteBatchInput;
export interface InputTaskInput extends InitializeInput {
  readonly token: number;
  readonly feature: ResolvedFeature;
  readonly type: InputType;
  readonly command: InputCommand;
  readonly otherStreams: readonly InputStream[];
}
export interface MotionInput {
  readonly hardware: Hardware;
  readonly writes: readonly ProtocolWrite[];
  readonly timeoutMs: number;
  readonly logger: Logger;
}
