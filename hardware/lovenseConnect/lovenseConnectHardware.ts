/**
 * A toy reached through the Lovense Connect app. Writes to `tx` are request paths
 * (`Vibrate?v=10&t=<toy id>`, built by the lovense-connect-service protocol) sent as GETs to the app;
 * reading `rx` gives the battery level the app last reported (one byte). There are no notifications.
 *
 * The toy is gone when the app stops listing it as connected, when the app stops answering, or when a
 * command gets no answer at all (the manager's poller and `write` decide); an error answer only fails
 * that command.
 */
import type { Endpoint } from '../../protocols/config/endpoints.js';
import { HardwareError, HardwareEvents, type Hardware, type HardwareEvent } from '../hardware.js';
import { httpGet, UnreachableError } from './lovenseConnectApi.js';
import { messageOf } from '../../protocols/core/errorText.js';

export interface LovenseConnectHardwareOptions {
  /** Toy name as the app reports it. */
  readonly name: string;
  /** Toy id as the app reports it. */
  readonly address: string;
  /** The app, `http://host:port`. */
  readonly app: string;
  readonly battery: number;
  readonly requestTimeoutMs: number;
}

export class LovenseConnectHardware implements Hardware {
  readonly name: string;
  readonly address: string;
  readonly app: string;
  readonly endpoints: readonly Endpoint[] = ['rx', 'tx'];
  readonly messageGapMs = 0;
  readonly requiresKeepalive = false;
  private readonly events = new HardwareEvents();
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private battery: number;
  private goneReason: string | undefined;

  constructor(private readonly options: LovenseConnectHardwareOptions) {
    this.name = options.name;
    this.address = options.address;
    this.app = options.app;
    this.battery = options.battery;
  }

  get connected(): boolean {
    return this.goneReason === undefined;
  }

  async write(endpoint: Endpoint, data: Uint8Array): Promise<void> {
    this.check(endpoint, 'tx');
    let path: string;
    try {
      path = this.decoder.decode(data);
    } catch {
      throw new HardwareError('a Lovense Connect command must be a UTF-8 request path');
    }
    try {
      await httpGet(`${this.app}/${path.replace(/^\/+/, '')}`, this.options.requestTimeoutMs);
    } catch (error) {
      const reason = `command to ${this.name} failed: ${messageOf(error)}`;
      // No answer at all means the app is gone: answer the write first, then let the toy go.
      if (error instanceof UnreachableError) setImmediate(() => this.gone(reason));
      throw new HardwareError(reason);
    }
  }

  async read(endpoint: Endpoint): Promise<Uint8Array> {
    this.check(endpoint, 'rx');
    return Uint8Array.of(this.battery);
  }

  async subscribe(endpoint: Endpoint): Promise<void> {
    throw new HardwareError(`Lovense Connect has no notifications (asked to subscribe to ${endpoint})`);
  }

  async unsubscribe(endpoint: Endpoint): Promise<void> {
    throw new HardwareError(`Lovense Connect has no notifications (asked to unsubscribe from ${endpoint})`);
  }

  async disconnect(): Promise<void> {
    this.gone('disconnected by the engine');
  }

  onEvent(listener: (event: HardwareEvent) => void): () => void {
    return this.events.on(listener);
  }

  /** What the app's toy list now says about this toy. */
  update(battery: number): void {
    this.battery = battery;
  }

  /** The toy is no longer reachable. */
  gone(reason: string): void {
    if (this.goneReason !== undefined) return;
    this.goneReason = reason;
    this.events.emit({ type: 'disconnected', reason });
  }

  private check(endpoint: Endpoint, expected: Endpoint): void {
    if (this.goneReason !== undefined) throw new HardwareError(`${this.name} is gone: ${this.goneReason}`);
    if (endpoint !== expected)
      throw new HardwareError(
        `Lovense Connect toys take ${expected === 'tx' ? 'commands on tx' : 'reads on rx'}, not ${endpoint}`,
      );
  }
}
