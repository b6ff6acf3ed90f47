/**
 * The part of `@abandonware/noble` this manager uses, typed, and how it is loaded. Noble's default
 * entry opens the platform's Bluetooth binding (an HCI socket on Linux) as soon as it is required,
 * which throws on a machine without that binding; so noble is only loaded when the manager starts,
 * either over the platform binding or over bindings the caller passes (a fake adapter in tests).
 */
import { createRequire } from 'node:module';

export type AdapterState = 'unknown' | 'resetting' | 'unsupported' | 'unauthorized' | 'poweredOff' | 'poweredOn';

type Callback<T = void> = (error: Error | null | undefined | string, value?: T) => void;

type DataListener = (data: Buffer, isNotification: boolean) => void;
type DisconnectListener = (reason?: unknown) => void;

export interface NobleCharacteristic {
  readonly uuid: string;
  /** `read`, `write`, `writeWithoutResponse`, `notify`, `indicate`... */
  readonly properties: readonly string[];
  read(callback: Callback<Buffer>): void;
  write(data: Buffer, withoutResponse: boolean, callback: Callback): void;
  subscribe(callback: Callback): void;
  unsubscribe(callback: Callback): void;
  on(event: 'data', listener: DataListener): unknown;
  removeListener(event: 'data', listener: DataListener): unknown;
}

export interface NobleService {
  readonly uuid: string;
  discoverCharacteristics(uuids: string[], callback: Callback<NobleCharacteristic[]>): void;
}

export interface NoblePeripheral {
  readonly id: string;
  readonly address: string;
  readonly state: 'disconnected' | 'connecting' | 'connected' | 'disconnecting' | 'error';
  readonly advertisement: { localName?: string; manufacturerData?: Buffer; serviceUuids?: string[] };
  connect(callback: Callback): void;
  cancelConnect(): void;
  disconnect(callback?: Callback): void;
  discoverServices(uuids: string[], callback: Callback<NobleService[]>): void;
  once(event: 'disconnect', listener: DisconnectListener): unknown;
  removeListener(event: 'disconnect', listener: DisconnectListener): unknown;
}

export interface Noble {
  startScanning(serviceUuids: string[], allowDuplicates: boolean, callback: Callback): void;
  stopScanning(): void;
  on(event: 'stateChange', listener: (state: AdapterState) => void): unknown;
  on(event: 'discover', listener: (peripheral: NoblePeripheral) => void): unknown;
  on(event: 'warning', listener: (message: string) => void): unknown;
  removeListener(event: 'stateChange' | 'discover' | 'warning', listener: (...args: never[]) => void): unknown;
  removeAllListeners(event?: string): unknown;
}

/**
 * The object noble drives the adapter through: an event emitter with noble's binding methods
 * (`init`, `startScanning`, `connect`, `write`...). See `testing/fakeBleAdapter.ts` for a complete one.
 */
export interface NobleBindings {
  init(): void;
  on(event: string, listener: (...args: unknown[]) => void): unknown;
}

const require = createRequire(import.meta.url);

/** Noble over the given bindings, or over the platform's own (which throws here if it cannot load). */
export const loadNoble = (bindings?: NobleBindings): Noble =>
  bindings
    ? (require('@abandonware/noble/with-bindings.js') as (b: NobleBindings) => Noble)(bindings)
    : (require('@abandonware/noble/with-custom-binding.js') as () => Noble)();
