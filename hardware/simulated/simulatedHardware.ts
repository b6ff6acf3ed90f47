/**
 * A virtual device connection: records every command it receives, answers through an optional device
 * simulator, and lets tests inject notifications, queued reads, write failures and disconnects.
 */
import type { ManufacturerData } from '../../protocols/config/deviceDefinitions.js';
import type { Endpoint } from '../../protocols/config/endpoints.js';
import { realClock, type Clock } from '../../protocols/core/clock.js';
import { HardwareError, HardwareEvents, type Hardware, type HardwareEvent } from '../hardware.js';

export type HardwareCommandRecord =
  | { readonly type: 'write'; readonly endpoint: Endpoint; readonly data: Uint8Array; readonly withResponse: boolean }
  | { readonly type: 'subscribe' | 'unsubscribe'; readonly endpoint: Endpoint };

/**
 * The device side of a simulation: sees each write and may answer with notifications; may also
 * answer reads (a model-number characteristic) and react to a subscription (a toy that starts
 * talking once the engine listens).
 */
export type DeviceSimulator = ((write: { endpoint: Endpoint; data: Uint8Array }, device: SimulatedHardware) => void) & {
  /** What a read of `endpoint` returns now; undefined: the device does not answer (the read times out). */
  readonly read?: (endpoint: Endpoint, device: SimulatedHardware) => Uint8Array | undefined;
  /** Called once the engine subscribed to `endpoint` (what the device says then goes through `notify`). */
  readonly subscribed?: (endpoint: Endpoint, device: SimulatedHardware) => void;
  /** What the device advertises besides its name (a Fluffer's key is hidden in its manufacturer data). */
  readonly manufacturerData?: readonly ManufacturerData[];
};

/** `onWrite` with the read and subscription answers of `answers` (a wrapper that watches another simulator's writes). */
export const withAnswersOf = (
  onWrite: (write: { endpoint: Endpoint; data: Uint8Array }, device: SimulatedHardware) => void,
  answers: Pick<DeviceSimulator, 'read' | 'subscribed' | 'manufacturerData'> | undefined,
): DeviceSimulator =>
  Object.assign(onWrite, {
    ...(answers?.read ? { read: answers.read } : {}),
    ...(answers?.subscribed ? { subscribed: answers.subscribed } : {}),
    ...(answers?.manufacturerData ? { manufacturerData: answers.manufacturerData } : {}),
  });

export interface SimulatedHardwareOptions {
  readonly name: string;
  readonly address: string;
  readonly endpoints: readonly Endpoint[];
  readonly messageGapMs?: number;
  readonly simulator?: DeviceSimulator;
  /** The clock reads poll on and simulators answer on (default: real time; a test's own clock in tests). */
  readonly clock?: Clock;
  /**
   * The most recent commands `commands` keeps (default: all, for tests that read the whole log). A
   * device simulated for hours (`npm start`) keeps only its latest ones, so the log does not grow forever.
   */
  readonly keepCommands?: number;
}

/** How often a read looks for the answer the test queued. */
const READ_POLL_MS = 5;

interface CommandWaiter {
  resolve(record: HardwareCommandRecord): void;
}

export class SimulatedHardware implements Hardware {
  readonly name: string;
  readonly address: string;
  readonly endpoints: readonly Endpoint[];
  readonly messageGapMs: number;
  readonly requiresKeepalive = false;
  /** The clock this device keeps: its read poll, and its simulator's replies. */
  readonly clock: Clock;
  /** Every write, subscribe and unsubscribe, in order (only the latest `keepCommands` of them, when set). */
  readonly commands: HardwareCommandRecord[] = [];
  /** When each of `commands` arrived (`performance.now()`, ms): tells a keepalive resend from a duplicate. */
  readonly commandTimes: number[] = [];
  connected = true;
  /** While true, what the device sends is lost on the way (a flaky radio): `notify` delivers nothing. */
  dropNotifications = false;
  /** Awaited before each write lands: a slow radio, on whatever clock the test runs (see `buttplug-actors/testing`). */
  writeDelay: (() => Promise<void>) | undefined;

  private readonly events = new HardwareEvents();
  private readonly subscribed = new Set<Endpoint>();
  private readonly queuedReads: { endpoint: Endpoint; data: Uint8Array }[] = [];
  private readonly commandWaiters: CommandWaiter[] = [];
  private unreadCommands = 0;
  private failures: { remaining: number; message: string } | undefined;
  private paused: { resume: () => void; promise: Promise<void> } | undefined;
  private readonly simulator: DeviceSimulator | undefined;
  private readonly keepCommands: number;

  constructor(options: SimulatedHardwareOptions) {
    this.name = options.name;
    this.address = options.address;
    this.endpoints = options.endpoints;
    this.messageGapMs = options.messageGapMs ?? 0;
    this.simulator = options.simulator;
    this.clock = options.clock ?? realClock;
    this.keepCommands = options.keepCommands ?? Infinity;
  }

  get writes(): Extract<HardwareCommandRecord, { type: 'write' }>[] {
    return this.commands.filter((c): c is Extract<HardwareCommandRecord, { type: 'write' }> => c.type === 'write');
  }

  /** Writes as text, handy for ASCII protocols such as Lovense. */
  get writtenText(): string[] {
    return this.writes.map((w) => new TextDecoder().decode(w.data));
  }

  async write(endpoint: Endpoint, data: Uint8Array, withResponse: boolean): Promise<void> {
    this.check(endpoint);
    if (this.paused) {
      await this.paused.promise;
      this.check(endpoint);
    }
    if (this.writeDelay) {
      await this.writeDelay();
      this.check(endpoint);
    }
    if (this.failures && this.failures.remaining > 0) {
      this.failures.remaining--;
      throw new HardwareError(this.failures.message);
    }
    this.record({ type: 'write', endpoint, data: Uint8Array.from(data), withResponse });
    this.simulator?.({ endpoint, data }, this);
  }

  async read(endpoint: Endpoint, options: { length?: number; timeoutMs: number }): Promise<Uint8Array> {
    this.check(endpoint);
    const deadline = this.clock.now() + options.timeoutMs;
    // A read the test queued comes first; else the device answers, if it does.
    if (this.queuedReads.length === 0) {
      const answer = this.simulator?.read?.(endpoint, this);
      if (answer) return Uint8Array.from(answer.subarray(0, options.length ?? answer.length));
    }
    while (this.queuedReads.length === 0) {
      if (!this.connected) throw new HardwareError('device disconnected during read');
      if (this.clock.now() >= deadline) throw new HardwareError(`read on ${endpoint} timed out`);
      await new Promise<void>((resolve) => this.clock.setTimeout(() => resolve(), READ_POLL_MS));
    }
    const next = this.queuedReads.shift()!;
    if (next.endpoint !== endpoint)
      throw new HardwareError(`read on ${endpoint} but the device answered on ${next.endpoint}`);
    return next.data;
  }

  async subscribe(endpoint: Endpoint): Promise<void> {
    this.check(endpoint);
    this.subscribed.add(endpoint);
    this.record({ type: 'subscribe', endpoint });
    this.simulator?.subscribed?.(endpoint, this);
  }

  async unsubscribe(endpoint: Endpoint): Promise<void> {
    this.check(endpoint);
    this.subscribed.delete(endpoint);
    this.record({ type: 'unsubscribe', endpoint });
  }

  async disconnect(): Promise<void> {
    this.drop('disconnected by the engine');
  }

  onEvent(listener: (event: HardwareEvent) => void): () => void {
    return this.events.on(listener);
  }

  // ---- test and simulator controls ----

  /** Pushes a notification, delivered only while the endpoint is subscribed (as real hardware does). */
  notify(endpoint: Endpoint, data: Uint8Array | readonly number[] | string): boolean {
    if (!this.connected || !this.subscribed.has(endpoint) || this.dropNotifications) return false;
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : Uint8Array.from(data);
    this.events.emit({ type: 'notification', endpoint, data: bytes });
    return true;
  }

  /** Queues the answer to a future read. */
  queueRead(endpoint: Endpoint, data: readonly number[] | Uint8Array): void {
    this.queuedReads.push({ endpoint, data: Uint8Array.from(data) });
  }

  /** Makes the next `count` writes fail. */
  failWrites(count: number, message = 'simulated write failure'): void {
    this.failures = { remaining: count, message };
  }

  /** Writes wait (a slow radio) until `resumeWrites()`, or fail if the device drops meanwhile. */
  pauseWrites(): void {
    if (this.paused) return;
    let resume = () => {};
    const promise = new Promise<void>((resolve) => (resume = resolve));
    this.paused = { resume, promise };
  }

  resumeWrites(): void {
    const paused = this.paused;
    this.paused = undefined;
    paused?.resume();
  }

  /** The device goes away (out of range, battery empty...). */
  drop(reason = 'simulated disconnect'): void {
    if (!this.connected) return;
    this.connected = false;
    this.subscribed.clear();
    this.events.emit({ type: 'disconnected', reason });
    this.resumeWrites();
  }

  isSubscribed(endpoint: Endpoint): boolean {
    return this.subscribed.has(endpoint);
  }

  /** Resolves with the next command not yet taken by an earlier call, or rejects after `timeoutMs`. */
  nextCommand(timeoutMs: number): Promise<HardwareCommandRecord> {
    const taken = this.commands.length - this.unreadCommands;
    if (this.unreadCommands > 0) {
      this.unreadCommands--;
      return Promise.resolve(this.commands[taken]!);
    }
    return new Promise((resolve, reject) => {
      const waiter: CommandWaiter = {
        resolve: (record) => {
          clearTimeout(timer);
          resolve(record);
        },
      };
      const timer = setTimeout(() => {
        this.commandWaiters.splice(this.commandWaiters.indexOf(waiter), 1);
        reject(new Error(`no hardware command within ${timeoutMs} ms`));
      }, timeoutMs);
      this.commandWaiters.push(waiter);
    });
  }

  /** Commands received but not yet taken by `nextCommand`. */
  get pendingCommands(): readonly HardwareCommandRecord[] {
    return this.commands.slice(this.commands.length - this.unreadCommands);
  }

  private record(record: HardwareCommandRecord): void {
    this.commands.push(record);
    this.commandTimes.push(performance.now());
    const waiter = this.commandWaiters.shift();
    if (waiter) waiter.resolve(record);
    else this.unreadCommands++;
    // Trimmed in batches (at twice the limit), so keeping the log bounded costs O(1) per command.
    if (this.commands.length >= 2 * this.keepCommands) {
      const forget = this.commands.length - this.keepCommands;
      this.commands.splice(0, forget);
      this.commandTimes.splice(0, forget);
      this.unreadCommands = Math.min(this.unreadCommands, this.commands.length);
    }
  }

  private check(endpoint: Endpoint): void {
    if (!this.connected) throw new HardwareError('device is disconnected');
    if (!this.endpoints.includes(endpoint)) throw new HardwareError(`device has no ${endpoint} endpoint`);
  }
}
