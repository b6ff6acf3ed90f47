/**
 * An open USB HID device as Hardware: `tx` writes output reports, `rx` reads input reports (one at a
 * time, or as notifications while subscribed). Reports nobody asked for yet are kept, a few, as the
 * operating system does, so a reply that beats the read is not lost. A HID device that fails to read
 * or write is unplugged, so any I/O error ends the connection.
 */
import type { Endpoint } from '../../protocols/config/endpoints.js';
import { HardwareError, HardwareEvents, type Hardware, type HardwareEvent } from '../hardware.js';
import type { HidConnection } from './hidLibrary.js';
import { messageOf } from '../../protocols/core/errorText.js';

/** Unread input reports kept (hidapi keeps about as many). */
const UNREAD_REPORTS = 16;

export class HidHardware implements Hardware {
  readonly endpoints: readonly Endpoint[] = ['rx', 'tx'];
  readonly messageGapMs = 0;
  readonly requiresKeepalive = false;

  private readonly events = new HardwareEvents();
  private readonly reportWaiters: ((report: Buffer) => void)[] = [];
  private readonly unread: Buffer[] = [];
  private subscribed = false;
  private connected = true;

  constructor(
    readonly name: string,
    readonly address: string,
    private readonly connection: HidConnection,
  ) {
    connection.on('error', this.onError);
    // One read loop serves both reads and notifications.
    connection.on('data', this.onReport);
  }

  get isConnected(): boolean {
    return this.connected;
  }

  async write(endpoint: Endpoint, data: Uint8Array): Promise<void> {
    this.check(endpoint, 'tx');
    try {
      await this.connection.write([...data]);
    } catch (error) {
      const reason = `HID write failed: ${messageOf(error)}`;
      this.gone(reason);
      throw new HardwareError(reason);
    }
  }

  read(endpoint: Endpoint, options: { readonly timeoutMs: number }): Promise<Uint8Array> {
    this.check(endpoint, 'rx');
    const kept = this.unread.shift();
    if (kept) return Promise.resolve(Uint8Array.from(kept));
    return new Promise((resolve, reject) => {
      const waiter = (report: Buffer) => {
        clearTimeout(timer);
        if (report.length === 0) reject(new HardwareError('device disconnected during read'));
        else resolve(Uint8Array.from(report));
      };
      const timer = setTimeout(() => {
        this.reportWaiters.splice(this.reportWaiters.indexOf(waiter), 1);
        reject(new HardwareError(`read on rx timed out after ${options.timeoutMs} ms`));
      }, options.timeoutMs);
      this.reportWaiters.push(waiter);
    });
  }

  async subscribe(endpoint: Endpoint): Promise<void> {
    this.check(endpoint, 'rx');
    this.subscribed = true;
  }

  async unsubscribe(endpoint: Endpoint): Promise<void> {
    this.check(endpoint, 'rx');
    this.subscribed = false;
  }

  async disconnect(): Promise<void> {
    if (!this.connected) return;
    this.gone('disconnected by the engine');
  }

  onEvent(listener: (event: HardwareEvent) => void): () => void {
    return this.events.on(listener);
  }

  /** The device left (unplugged, or the engine hung up): close it and say so once. */
  gone(reason: string): void {
    if (!this.connected) return;
    this.connected = false;
    this.connection.removeListener('data', this.onReport);
    this.connection.removeListener('error', this.onError);
    this.connection.close().catch(() => {});
    for (const waiter of this.reportWaiters.splice(0)) waiter(Buffer.alloc(0));
    this.events.emit({ type: 'disconnected', reason });
  }

  private readonly onReport = (report: Buffer): void => {
    if (this.subscribed) this.events.emit({ type: 'notification', endpoint: 'rx', data: Uint8Array.from(report) });
    const waiter = this.reportWaiters.shift();
    if (waiter) waiter(report);
    else if (!this.subscribed && this.unread.push(report) > UNREAD_REPORTS) this.unread.shift();
  };

  private readonly onError = (error: Error): void => this.gone(`HID device failed: ${error.message}`);

  private check(endpoint: Endpoint, expected: Endpoint): void {
    if (!this.connected) throw new HardwareError('device is disconnected');
    if (endpoint !== expected)
      throw new HardwareError(`HID devices have no ${endpoint} endpoint here (rx reads, tx writes)`);
  }
}
