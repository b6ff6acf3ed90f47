/**
 * A session codec speaks one spec version to a client: it decodes the client's frames, turns its
 * messages into engine requests, and turns what the engine says (always v4) into that version's
 * messages. Pure; its state (e.g. the devices a legacy client knows) lives in the session's context.
 */
import type { ButtplugFailure } from './errorCodes.js';
import type { EngineRequest } from './engineRequests.js';
import type { DecodedFrame, TaggedMessage } from './frame.js';
import type { DeviceListV4, ServerMessageV4 } from './messages.js';

export type Inbound =
  | { readonly kind: 'request'; readonly request: EngineRequest }
  | { readonly kind: 'ping'; readonly id: number }
  | { readonly kind: 'disconnect'; readonly id: number }
  /** A RequestServerInfo after the handshake. */
  | { readonly kind: 'handshake'; readonly id: number }
  | { readonly kind: 'failure'; readonly id: number; readonly failure: ButtplugFailure };

export interface ServerInfoFields {
  readonly id: number;
  readonly serverName: string;
  readonly maxPingTime: number;
}

export interface SessionCodec<S = unknown> {
  /** The spec version this codec speaks (0..4). */
  readonly version: number;
  initialState(): S;
  /** Decodes a text frame or an already-parsed frame value. */
  decode(frame: unknown): DecodedFrame<TaggedMessage>;
  serverInfo(fields: ServerInfoFields): TaggedMessage;
  inbound(message: TaggedMessage, state: S): { readonly state: S; readonly inbound: Inbound };
  outbound(message: ServerMessageV4, state: S): { readonly state: S; readonly messages: readonly TaggedMessage[] };
  /** The devices present when the session starts (legacy clients are told about changes relative to these). */
  seedDevices(state: S, devices: DeviceListV4): S;
}
