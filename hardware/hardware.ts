/**
 * The hardware boundary: how bytes move to and from one device, whatever the transport. Hardware knows
 * endpoints and bytes, never Buttplug messages.
 */
import type { CommunicationSpecifier, DiscoveryInfo } from '../protocols/config/deviceDefinitions.js';
import type { Endpoint } from '../protocols/config/endpoints.js';

export type HardwareEvent =
  | { readonly type: 'notification'; readonly endpoint: Endpoint; readonly data: Uint8Array }
  | { readonly type: 'disconnected'; readonly reason: string };

export interface Hardware {
  readonly name: string;
  readonly address: string;
  /** Endpoints this connection can reach; a request to any other endpoint fails. */
  readonly endpoints: readonly Endpoint[];
  /** The smallest gap this transport needs between writes, in ms (BLE: 75). */
  readonly messageGapMs: number;
  /** The transport needs periodic traffic to keep the link (e.g. a backgrounded mobile BLE stack). */
  readonly requiresKeepalive: boolean;
  write(endpoint: Endpoint, data: Uint8Array, withResponse: boolean): Promise<void>;
  read(endpoint: Endpoint, options: { readonly length?: number; readonly timeoutMs: number }): Promise<Uint8Array>;
  subscribe(endpoint: Endpoint): Promise<void>;
  unsubscribe(endpoint: Endpoint): Promise<void>;
  disconnect(): Promise<void>;
  /** Listens for notifications and the disconnect; returns the function that stops listening. */
  onEvent(listener: (event: HardwareEvent) => void): () => void;
}

export interface ConnectOptions {
  readonly timeoutMs: number;
  /** Aborted when the engine no longer wants this connection (the device was dropped meanwhile). */
  readonly signal?: AbortSignal;
}

/** A device a communication manager found and can connect to. */
export interface DiscoveredDevice {
  readonly info: DiscoveryInfo;
  /**
   * Connects for the chosen protocol; the specifier says how (a BLE protocol's service map, a serial
   * port's baud rate). May be called again after the hardware dropped when `canReconnect` is set.
   */
  connect(specifier: CommunicationSpecifier, options: ConnectOptions): Promise<Hardware>;
  /**
   * The link can drop and come back (a BLE toy out of range for a moment): a ready device whose
   * hardware drops is kept, reconnecting, for a bounded time before it is removed.
   */
  readonly canReconnect?: boolean;
}

export class HardwareError extends Error {
  override readonly name = 'HardwareError';
}

type HardwareListener = (event: HardwareEvent) => void;

/**
 * Tiny listener set shared by hardware implementations. Hardware usually has one listener (its device
 * actor), so there is no Set until a second one comes: a Set costs about 120 bytes, per device.
 */
export class HardwareEvents {
  private listeners: HardwareListener | Set<HardwareListener> | undefined;

  on(listener: HardwareListener): () => void {
    if (this.listeners === undefined || this.listeners === listener) this.listeners = listener;
    else if (typeof this.listeners === 'function') this.listeners = new Set([this.listeners, listener]);
    else this.listeners.add(listener);
    return () => this.off(listener);
  }

  private off(listener: HardwareListener): void {
    if (this.listeners === listener) this.listeners = undefined;
    else if (typeof this.listeners === 'object') this.listeners.delete(listener);
  }

  emit(event: HardwareEvent): void {
    const listeners = this.listeners;
    if (typeof listeners === 'function') listeners(event);
    else if (listeners) for (const listener of [...listeners]) listener(event);
  }
}
