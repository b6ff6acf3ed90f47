/**
 * A connected Bluetooth LE peripheral as Hardware: each endpoint is a GATT characteristic, chosen by
 * the protocol's `services` map (service UUID -> endpoint -> characteristic UUID). Every GATT operation
 * is bounded, and fails at once when the link drops.
 */
import type { Logger } from '../../protocols/core/logger.js';
import { isEndpoint, type Endpoint } from '../../protocols/config/endpoints.js';
import { HardwareError, HardwareEvents, type Hardware, type HardwareEvent } from '../hardware.js';
import { canonicalUuid } from './bleUuid.js';
import type { NobleCharacteristic, NoblePeripheral, NobleService } from './noble.js';
import { messageOf } from '../../protocols/core/errorText.js';

/** The gap Bluetooth LE toys need between writes. */
export const BLE_MESSAGE_GAP_MS = 75;

export type ServiceMap = Readonly<Record<string, Readonly<Partial<Record<Endpoint, string>>>>>;

export interface BluetoothLeConnectOptions {
  readonly name: string;
  readonly address: string;
  /** Bound for connecting and discovering services together. */
  readonly timeoutMs: number;
  /** Bound for each later GATT operation (read, write with response, subscribe). */
  readonly operationTimeoutMs: number;
  readonly requiresKeepalive: boolean;
  readonly signal?: AbortSignal;
  readonly logger: Logger;
}

/** Runs one callback-style noble call with a bound; `cancel` undoes a call that is given up on. */
const callWithin = <T>(
  what: string,
  timeoutMs: number,
  start: (done: (error: unknown, value?: T) => void) => void,
  cancel?: () => void,
) =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new HardwareError(`${what} timed out after ${timeoutMs} ms`));
      cancel?.();
    }, timeoutMs);
    start((error, value) => {
      clearTimeout(timer);
      if (error) reject(new HardwareError(`${what} failed: ${messageOf(error)}`));
      else resolve(value as T);
    });
  });

/** Which write type to use: the one asked for, unless the characteristic only supports the other. */
export const writeWithoutResponse = (properties: readonly string[], withResponse: boolean): boolean => {
  const canWrite = properties.includes('write');
  const canWriteWithout = properties.includes('writeWithoutResponse');
  if (withResponse) return !canWrite && canWriteWithout;
  return canWriteWithout || !canWrite;
};

export class BluetoothLeHardware implements Hardware {
  readonly name: string;
  readonly address: string;
  readonly endpoints: readonly Endpoint[];
  readonly messageGapMs = BLE_MESSAGE_GAP_MS;
  readonly requiresKeepalive: boolean;

  private readonly events = new HardwareEvents();
  private readonly notificationListeners = new Map<Endpoint, (data: Buffer, isNotification: boolean) => void>();
  /** Operations waiting on the peripheral; a drop fails them all at once. */
  private readonly inFlight = new Set<(error: Error) => void>();
  private connected = true;
  private closingReason: string | undefined;

  /** Connects (if needed), discovers the protocol's services and binds their characteristics to endpoints. */
  static async connect(
    peripheral: NoblePeripheral,
    services: ServiceMap,
    options: BluetoothLeConnectOptions,
  ): Promise<BluetoothLeHardware> {
    const deadline = Date.now() + options.timeoutMs;
    const left = () => Math.max(1, deadline - Date.now());
    if (peripheral.state !== 'connected') {
      const abort = () => peripheral.cancelConnect();
      options.signal?.addEventListener('abort', abort, { once: true });
      try {
        // The first step has the whole budget; its timeout message names the budget the caller gave.
        await callWithin(`connecting to ${options.name}`, options.timeoutMs, (done) => peripheral.connect(done), abort);
      } finally {
        options.signal?.removeEventListener('abort', abort);
      }
    }
    try {
      const characteristics = await BluetoothLeHardware.bindEndpoints(peripheral, services, left, options);
      if (characteristics.size === 0) throw new HardwareError(`${options.name} offers none of the protocol's services`);
      return new BluetoothLeHardware(peripheral, characteristics, options);
    } catch (error) {
      peripheral.disconnect();
      throw error;
    }
  }

  private static async bindEndpoints(
    peripheral: NoblePeripheral,
    services: ServiceMap,
    left: () => number,
    options: BluetoothLeConnectOptions,
  ): Promise<Map<Endpoint, NobleCharacteristic>> {
    const found = await callWithin<NobleService[]>('discovering services', left(), (done) =>
      peripheral.discoverServices([], done),
    );
    const bound = new Map<Endpoint, NobleCharacteristic>();
    for (const [serviceUuid, endpoints] of Object.entries(services)) {
      const service = found.find((s) => canonicalUuid(s.uuid) === canonicalUuid(serviceUuid));
      if (!service) continue;
      const characteristics = await callWithin<NobleCharacteristic[]>(
        `discovering characteristics of ${serviceUuid}`,
        left(),
        (done) => service.discoverCharacteristics([], done),
      );
      for (const [endpoint, characteristicUuid] of Object.entries(endpoints)) {
        const characteristic = characteristics.find(
          (c) => canonicalUuid(c.uuid) === canonicalUuid(characteristicUuid!),
        );
        if (characteristic && isEndpoint(endpoint)) bound.set(endpoint, characteristic);
        // The reference only logs this too: some models lack an endpoint their protocol never uses.
        else
          options.logger.warn({ endpoint, characteristic: characteristicUuid }, 'characteristic not found on device');
      }
    }
    return bound;
  }

  private constructor(
    private readonly peripheral: NoblePeripheral,
    private readonly characteristics: ReadonlyMap<Endpoint, NobleCharacteristic>,
    private readonly options: BluetoothLeConnectOptions,
  ) {
    this.name = options.name;
    this.address = options.address;
    this.endpoints = [...characteristics.keys()];
    this.requiresKeepalive = options.requiresKeepalive;
    peripheral.once('disconnect', this.onDisconnect);
  }

  async write(endpoint: Endpoint, data: Uint8Array, withResponse: boolean): Promise<void> {
    const characteristic = this.characteristic(endpoint);
    const withoutResponse = writeWithoutResponse(characteristic.properties, withResponse);
    await this.operation(`write to ${endpoint}`, this.options.operationTimeoutMs, (done) =>
      characteristic.write(Buffer.from(data), withoutResponse, done),
    );
  }

  async read(
    endpoint: Endpoint,
    options: { readonly length?: number; readonly timeoutMs: number },
  ): Promise<Uint8Array> {
    const characteristic = this.characteristic(endpoint);
    const data = await this.operation<Buffer>(`read of ${endpoint}`, options.timeoutMs, (done) =>
      characteristic.read(done),
    );
    return Uint8Array.from(data);
  }

  async subscribe(endpoint: Endpoint): Promise<void> {
    const characteristic = this.characteristic(endpoint);
    if (this.notificationListeners.has(endpoint)) return;
    const listener = (data: Buffer, isNotification: boolean) => {
      if (isNotification) this.events.emit({ type: 'notification', endpoint, data: Uint8Array.from(data) });
    };
    characteristic.on('data', listener);
    this.notificationListeners.set(endpoint, listener);
    try {
      await this.operation(`subscribing to ${endpoint}`, this.options.operationTimeoutMs, (done) =>
        characteristic.subscribe(done),
      );
    } catch (error) {
      this.stopListening(endpoint);
      throw error;
    }
  }

  async unsubscribe(endpoint: Endpoint): Promise<void> {
    const characteristic = this.characteristic(endpoint);
    if (!this.stopListening(endpoint)) return;
    await this.operation(`unsubscribing from ${endpoint}`, this.options.operationTimeoutMs, (done) =>
      characteristic.unsubscribe(done),
    );
  }

  async disconnect(): Promise<void> {
    if (!this.connected) return;
    this.closingReason = 'disconnected by the engine';
    let stopWaiting = () => {};
    const gone = new Promise<void>((resolve) => {
      stopWaiting = this.events.on((event) => event.type === 'disconnected' && resolve());
    });
    this.peripheral.disconnect();
    // Noble reports the disconnect asynchronously; do not wait for a stack that never answers.
    await Promise.race([gone, new Promise((resolve) => setTimeout(resolve, this.options.operationTimeoutMs))]);
    stopWaiting();
    if (this.connected) this.onDisconnect();
  }

  onEvent(listener: (event: HardwareEvent) => void): () => void {
    return this.events.on(listener);
  }

  private readonly onDisconnect = (reason?: unknown): void => {
    if (!this.connected) return;
    this.connected = false;
    this.peripheral.removeListener('disconnect', this.onDisconnect);
    for (const endpoint of [...this.notificationListeners.keys()]) this.stopListening(endpoint);
    const why = this.closingReason ?? `Bluetooth link lost${reason === undefined ? '' : ` (reason ${String(reason)})`}`;
    for (const fail of [...this.inFlight]) fail(new HardwareError(`device disconnected: ${why}`));
    this.events.emit({ type: 'disconnected', reason: why });
  };

  private stopListening(endpoint: Endpoint): boolean {
    const listener = this.notificationListeners.get(endpoint);
    if (!listener) return false;
    this.characteristics.get(endpoint)?.removeListener('data', listener);
    this.notificationListeners.delete(endpoint);
    return true;
  }

  private characteristic(endpoint: Endpoint): NobleCharacteristic {
    if (!this.connected) throw new HardwareError('device is disconnected');
    const characteristic = this.characteristics.get(endpoint);
    if (!characteristic) throw new HardwareError(`device has no ${endpoint} endpoint`);
    return characteristic;
  }

  private operation<T = void>(
    what: string,
    timeoutMs: number,
    start: (done: (error: unknown, value?: T) => void) => void,
  ): Promise<T> {
    let fail: (error: Error) => void = () => {};
    const dropped = new Promise<never>((_, reject) => {
      fail = reject;
    });
    this.inFlight.add(fail);
    return Promise.race([callWithin<T>(what, timeoutMs, start), dropped]).finally(() => this.inFlight.delete(fail));
  }
}
