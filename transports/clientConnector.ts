/**
 * How a client reaches a server: embedded (same process), WebSocket, IPC... A connector moves frames
 * and reports when the link drops; it knows nothing of devices.
 */
import type { EventEmitter } from 'eventemitter3';
import type { TaggedMessage } from '../protocols/buttplug/frameEnvelope.js';

export interface ConnectorEvents {
  /** A frame from the server: text, or an already-parsed array of `{"Name": {...}}` messages. */
  frame: [frame: string | readonly unknown[]];
  /** The link is gone for good (not called after the client's own `disconnect()`). */
  disconnect: [reason: string];
  /** Reconnecting connectors: a new link is up after a drop (the server sees a new client: handshake again). */
  reconnected: [];
  /**
   * Reconnecting connectors: the link dropped (attempt 1) or the previous attempt failed; the next
   * attempt starts in `delayMs`. `connected` is false until `reconnected`.
   */
  reconnecting: [attempt: number, delayMs: number, reason: string];
}

export interface ButtplugClientConnector extends EventEmitter<ConnectorEvents> {
  readonly connected: boolean;
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  send(messages: readonly TaggedMessage[]): void;
}

export class ConnectorError extends Error {
  override readonly name = 'ConnectorError';
}
