/**
 * A Lovense toy reached through the USB dongle. The Lovense protocol writes its text commands to `tx`
 * as it would over Bluetooth; the dongle carries each in a `command` message, and the toy's replies
 * come back as `toyData` messages, delivered here as `rx` notifications. The dongle forwards every
 * reply, so subscribing is only a formality; it cannot read.
 */
import type { Endpoint } from '../../protocols/config/endpoints.js';
import { HardwareError, HardwareEvents, type Hardware, type HardwareEvent } from '../hardware.js';

/** The same gap as Bluetooth: the dongle relays over it. */
export const DONGLE_MESSAGE_GAP_MS = 75;

/** What the toy needs from the dongle's manager. */
export interface DongleLink {
  sendCommand(toyId: string, command: string): Promise<void>;
  /** The engine hung up on the toy. */
  release(toyId: string): void;
}

const decoder = new TextDecoder();

export class LovenseDongleHardware implements Hardware {
  readonly name = 'Lovense Dongle Device';
  readonly endpoints: readonly Endpoint[] = ['rx', 'tx'];
  readonly messageGapMs = DONGLE_MESSAGE_GAP_MS;
  readonly requiresKeepalive = false;
  private readonly events = new HardwareEvents();
  private connected = true;

  constructor(
    /** The dongle's id for the toy. */
    readonly address: string,
    private readonly link: DongleLink,
  ) {}

  async write(endpoint: Endpoint, data: Uint8Array): Promise<void> {
    this.check(endpoint, 'tx');
    await this.link.sendCommand(this.address, decoder.decode(data));
  }

  async read(): Promise<Uint8Array> {
    throw new HardwareError('toys behind the Lovense dongle cannot be read; they answer with notifications');
  }

  async subscribe(endpoint: Endpoint): Promise<void> {
    this.check(endpoint, 'rx');
  }

  async unsubscribe(endpoint: Endpoint): Promise<void> {
    this.check(endpoint, 'rx');
  }

  async disconnect(): Promise<void> {
    if (!this.connected) return;
    this.gone('disconnected by the engine');
    this.link.release(this.address);
  }

  onEvent(listener: (event: HardwareEvent) => void): () => void {
    return this.events.on(listener);
  }

  /** A reply from the toy. */
  receive(text: string): void {
    if (this.connected)
      this.events.emit({ type: 'notification', endpoint: 'rx', data: new TextEncoder().encode(text) });
  }

  gone(reason: string): void {
    if (!this.connected) return;
    this.connected = false;
    this.events.emit({ type: 'disconnected', reason });
  }

  private check(endpoint: Endpoint, expected: Endpoint): void {
    if (!this.connected) throw new HardwareError('device is disconnected');
    if (endpoint !== expected)
      throw new HardwareError(`toys behind the Lovense dongle have no ${endpoint} endpoint here`);
  }
}
