/**
 * A device on a serial line: `tx` writes to the port, what the port receives arrives on `rx` (as
 * notifications once subscribed, else for the next read). A failed write means the line is broken, so
 * the port is closed and the device reported gone; the engine then removes it.
 */
import type { Endpoint } from '../../protocols/config/endpoints.js';
import { HardwareError, HardwareEvents, type Hardware, type HardwareEvent } from '../hardware.js';
import { ReceivedBytes } from '../receivedBytes.js';
import type { SerialLine } from './serialPortLibrary.js';
import { messageOf } from '../../protocols/core/errorText.js';

export class SerialHardware implements Hardware {
  readonly endpoints: readonly Endpoint[] = ['rx', 'tx'];
  readonly messageGapMs = 0;
  readonly requiresKeepalive = false;
  private readonly events = new HardwareEvents();
  private readonly received = new ReceivedBytes(this.events);
  private goneReason: string | undefined;

  /** `name` and `address` are the port's path, as the reference names serial devices. */
  constructor(
    readonly name: string,
    readonly address: string,
    private readonly line: SerialLine,
  ) {
    line.onData((data) => this.received.push(data));
    line.onClose((reason) => this.gone(reason));
  }

  async write(endpoint: Endpoint, data: Uint8Array): Promise<void> {
    this.check(endpoint, 'tx', 'writes');
    try {
      await this.line.write(data);
    } catch (error) {
      const reason = `write to ${this.address} failed: ${messageOf(error)}`;
      // Answer the write first, then let the device go.
      setImmediate(() => void this.shut(reason));
      throw new HardwareError(reason);
    }
  }

  async read(endpoint: Endpoint, options: { readonly timeoutMs: number }): Promise<Uint8Array> {
    this.check(endpoint, 'rx', 'reads');
    return this.received.read(options.timeoutMs);
  }

  async subscribe(endpoint: Endpoint): Promise<void> {
    this.check(endpoint, 'rx', 'notifies');
    this.received.subscribe(endpoint);
  }

  async unsubscribe(endpoint: Endpoint): Promise<void> {
    this.check(endpoint, 'rx', 'notifies');
    this.received.unsubscribe(endpoint);
  }

  async disconnect(): Promise<void> {
    await this.shut('disconnected by the engine');
  }

  onEvent(listener: (event: HardwareEvent) => void): () => void {
    return this.events.on(listener);
  }

  private async shut(reason: string): Promise<void> {
    if (this.goneReason !== undefined) return;
    this.gone(reason);
    await this.line.close().catch(() => {});
  }

  private gone(reason: string): void {
    if (this.goneReason !== undefined) return;
    this.goneReason = reason;
    this.received.close(reason);
    this.events.emit({ type: 'disconnected', reason });
  }

  private check(endpoint: Endpoint, expected: Endpoint, verb: string): void {
    if (this.goneReason !== undefined)
      throw new HardwareError(`serial port ${this.address} is closed: ${this.goneReason}`);
    if (endpoint !== expected) throw new HardwareError(`a serial port ${verb} on ${expected}, not ${endpoint}`);
  }
}
