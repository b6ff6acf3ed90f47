/**
 * Test aid: a Bluetooth adapter with peripherals, played at noble's bindings layer (the object noble
 * drives its HCI socket through). Pass it as `new BluetoothLeDcm({ bindings: adapter })` and the real
 * noble library scans, connects, discovers, reads, writes and gets notifications from these fake
 * peripherals. Everything happens a tick later, as over a real radio, and in noble's own spellings
 * (UUIDs without dashes, short 16-bit forms).
 *
 * Peripherals can be made to go out of range (connects then wait, as LE connection requests do),
 * drop their link, refuse a connection, or never acknowledge writes.
 */
import { EventEmitter } from 'node:events';
import type { AdapterState } from '../noble.js';
import { canonicalUuid, nobleUuid } from '../bleUuid.js';

export type CharacteristicProperty = 'read' | 'write' | 'writeWithoutResponse' | 'notify' | 'indicate';

export interface FakeCharacteristicSpec {
  readonly uuid: string;
  readonly properties: readonly CharacteristicProperty[];
  /** What a read returns until `setValue` changes it. */
  readonly value?: readonly number[];
}

export interface FakeWrite {
  readonly service: string;
  readonly characteristic: string;
  readonly data: Uint8Array;
  readonly withoutResponse: boolean;
}

export interface FakePeripheralSpec {
  readonly name?: string;
  /** Default: a fresh `aa:bb:cc:..` address. */
  readonly address?: string;
  /** Company id and bytes, advertised as manufacturer data. */
  readonly manufacturerData?: { readonly company: number; readonly data: readonly number[] };
  readonly advertisedServices?: readonly string[];
  /** Service UUID -> its characteristics. */
  readonly services: Readonly<Record<string, readonly FakeCharacteristicSpec[]>>;
  /** The device side: sees each write and may answer (e.g. with `peripheral.notify`). */
  readonly onWrite?: (write: FakeWrite, peripheral: FakePeripheral) => void;
}

interface CharacteristicState {
  readonly service: string;
  readonly spec: FakeCharacteristicSpec;
  value: Uint8Array;
  subscribed: boolean;
}

const tick = (fn: () => void): void => {
  setTimeout(fn, 1);
};

let addressCounter = 0;

export class FakePeripheral {
  readonly id: string;
  readonly address: string;
  readonly writes: FakeWrite[] = [];
  connected = false;
  /** Connection attempts that reached the radio. */
  connectAttempts = 0;
  private reachable = true;
  private pendingConnect = false;
  private refusals: string[] = [];
  private unacknowledged = 0;
  private readonly characteristics = new Map<string, CharacteristicState>();
  private readonly writeWaiters: ((write: FakeWrite) => void)[] = [];

  constructor(
    private readonly adapter: FakeBleAdapter,
    readonly spec: FakePeripheralSpec,
  ) {
    this.address = spec.address ?? `aa:bb:cc:00:00:${(++addressCounter).toString(16).padStart(2, '0')}`;
    this.id = this.address.replace(/:/g, '').toLowerCase();
    for (const [service, characteristics] of Object.entries(spec.services)) {
      for (const characteristic of characteristics) {
        this.characteristics.set(this.key(service, characteristic.uuid), {
          service: canonicalUuid(service),
          spec: characteristic,
          value: Uint8Array.from(characteristic.value ?? []),
          subscribed: false,
        });
      }
    }
  }

  get inRange(): boolean {
    return this.reachable;
  }

  /** Sends a notification on a characteristic; false unless the central subscribed to it. */
  notify(characteristic: string, data: readonly number[] | Uint8Array | string): boolean {
    const state = this.find(characteristic);
    if (!this.connected || !state?.subscribed) return false;
    const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(Uint8Array.from(data));
    tick(() => this.adapter.emit('read', this.id, nobleUuid(state.service), nobleUuid(state.spec.uuid), bytes, true));
    return true;
  }

  isSubscribed(characteristic: string): boolean {
    return this.find(characteristic)?.subscribed ?? false;
  }

  setValue(characteristic: string, value: readonly number[]): void {
    this.find(characteristic)!.value = Uint8Array.from(value);
  }

  /** Writes as text, handy for ASCII protocols such as Lovense. */
  get writtenText(): string[] {
    return this.writes.map((write) => new TextDecoder().decode(write.data));
  }

  /** Resolves with the next write (or one already made and not yet taken). */
  nextWrite(timeoutMs = 1_000): Promise<FakeWrite> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no write to ${this.spec.name} within ${timeoutMs} ms`)),
        timeoutMs,
      );
      this.writeWaiters.push((write) => {
        clearTimeout(timer);
        resolve(write);
      });
    });
  }

  /** The link drops (out of range, battery empty); the peripheral stays reachable unless told otherwise. */
  drop(reason = 0x08): void {
    if (!this.connected) return;
    this.disconnected();
    tick(() => this.adapter.emit('disconnect', this.id, reason));
  }

  /** Out of range: it stops advertising and connection requests wait for it. Coming back completes them. */
  setInRange(reachable: boolean): void {
    this.reachable = reachable;
    if (!reachable) return this.drop();
    if (this.pendingConnect) this.completeConnect();
    if (this.adapter.scanning) this.adapter.advertise(this);
  }

  /** The next connection attempt fails with this error. */
  refuseNextConnect(error = 'connection rejected'): void {
    this.refusals.push(error);
  }

  /** The next `count` writes are never acknowledged (a stack that lost the link without noticing). */
  ignoreWrites(count: number): void {
    this.unacknowledged = count;
  }

  get advertisement() {
    const { name, manufacturerData, advertisedServices } = this.spec;
    return {
      localName: name,
      txPowerLevel: undefined,
      manufacturerData: manufacturerData
        ? Buffer.from([manufacturerData.company & 0xff, manufacturerData.company >> 8, ...manufacturerData.data])
        : undefined,
      serviceData: [],
      serviceUuids: (advertisedServices ?? []).map(nobleUuid),
      solicitationServiceUuids: [],
    };
  }

  // ---- the radio side, called by the adapter ----

  requestConnect(): void {
    this.connectAttempts++;
    const refusal = this.refusals.shift();
    if (refusal) return tick(() => this.adapter.emit('connect', this.id, new Error(refusal)));
    this.pendingConnect = true;
    if (this.reachable) this.completeConnect();
  }

  cancelConnect(): void {
    this.pendingConnect = false;
  }

  requestDisconnect(): void {
    if (!this.connected) return;
    this.disconnected();
    tick(() => this.adapter.emit('disconnect', this.id, 0x16));
  }

  serviceUuids(): string[] {
    return [...new Set([...this.characteristics.values()].map((c) => c.service))].map(nobleUuid);
  }

  characteristicsOf(service: string): { uuid: string; properties: readonly string[] }[] {
    return [...this.characteristics.values()]
      .filter((c) => c.service === canonicalUuid(service))
      .map((c) => ({ uuid: nobleUuid(c.spec.uuid), properties: c.spec.properties }));
  }

  read(service: string, characteristic: string): void {
    const state = this.characteristics.get(this.key(service, characteristic));
    if (!this.connected || !state) return;
    const value = Buffer.from(state.value);
    tick(() => this.adapter.emit('read', this.id, service, characteristic, value, false));
  }

  write(service: string, characteristic: string, data: Buffer, withoutResponse: boolean): void {
    const state = this.characteristics.get(this.key(service, characteristic));
    if (!this.connected || !state) return;
    const write: FakeWrite = {
      service: state.service,
      characteristic: canonicalUuid(state.spec.uuid),
      data: Uint8Array.from(data),
      withoutResponse,
    };
    this.writes.push(write);
    this.writeWaiters.shift()?.(write);
    if (this.unacknowledged > 0) {
      this.unacknowledged--;
      return;
    }
    tick(() => this.adapter.emit('write', this.id, service, characteristic));
    this.spec.onWrite?.(write, this);
  }

  setNotify(service: string, characteristic: string, notify: boolean): void {
    const state = this.characteristics.get(this.key(service, characteristic));
    if (!this.connected || !state) return;
    state.subscribed = notify;
    tick(() => this.adapter.emit('notify', this.id, service, characteristic, notify));
  }

  private completeConnect(): void {
    this.pendingConnect = false;
    this.connected = true;
    tick(() => this.adapter.emit('connect', this.id));
  }

  private disconnected(): void {
    this.connected = false;
    for (const state of this.characteristics.values()) state.subscribed = false;
  }

  private find(characteristic: string): CharacteristicState | undefined {
    return [...this.characteristics.values()].find(
      (c) => c.spec.uuid === characteristic || canonicalUuid(c.spec.uuid) === canonicalUuid(characteristic),
    );
  }

  private key(service: string, characteristic: string): string {
    return `${canonicalUuid(service)}/${canonicalUuid(characteristic)}`;
  }
}

export interface FakeBleAdapterOptions {
  /** What the adapter reports when noble opens it (default `poweredOn`). */
  readonly state?: AdapterState;
  /** Opening the adapter throws this (as an HCI socket does when there is no device). */
  readonly initError?: string;
  /** Never report a state at all. */
  readonly silent?: boolean;
}

/** Noble's bindings interface, played by an adapter with fake peripherals. */
export class FakeBleAdapter extends EventEmitter {
  scanning = false;
  readonly peripherals: FakePeripheral[] = [];
  private state: AdapterState;

  constructor(private readonly options: FakeBleAdapterOptions = {}) {
    super();
    this.state = options.state ?? 'poweredOn';
  }

  addPeripheral(spec: FakePeripheralSpec): FakePeripheral {
    const peripheral = new FakePeripheral(this, spec);
    this.peripherals.push(peripheral);
    if (this.scanning) this.advertise(peripheral);
    return peripheral;
  }

  /** The adapter is switched off or on (or unplugged: `unsupported`). */
  setState(state: AdapterState): void {
    this.state = state;
    if (state !== 'poweredOn') {
      this.scanning = false;
      for (const peripheral of this.peripherals) peripheral.drop(0x16);
    }
    tick(() => this.emit('stateChange', state));
  }

  advertise(peripheral: FakePeripheral): void {
    if (!peripheral.inRange || peripheral.connected) return;
    tick(() =>
      this.emit('discover', peripheral.id, peripheral.address, 'public', true, peripheral.advertisement, -52, true),
    );
  }

  // ---- noble's bindings interface ----

  init(): void {
    if (this.options.initError) throw new Error(this.options.initError);
    if (!this.options.silent) tick(() => this.emit('stateChange', this.state));
  }

  startScanning(_serviceUuids: string[], allowDuplicates: boolean): void {
    this.scanning = true;
    tick(() => this.emit('scanStart', !allowDuplicates));
    for (const peripheral of this.peripherals) this.advertise(peripheral);
  }

  stopScanning(): void {
    this.scanning = false;
    tick(() => this.emit('scanStop'));
  }

  connect(id: string): void {
    this.peripheral(id)?.requestConnect();
  }

  cancelConnect(id: string): void {
    this.peripheral(id)?.cancelConnect();
  }

  disconnect(id: string): void {
    this.peripheral(id)?.requestDisconnect();
  }

  discoverServices(id: string): void {
    const peripheral = this.peripheral(id);
    if (peripheral?.connected) tick(() => this.emit('servicesDiscover', id, peripheral.serviceUuids()));
  }

  discoverCharacteristics(id: string, service: string): void {
    const peripheral = this.peripheral(id);
    if (peripheral?.connected)
      tick(() => this.emit('characteristicsDiscover', id, service, peripheral.characteristicsOf(service)));
  }

  read(id: string, service: string, characteristic: string): void {
    this.peripheral(id)?.read(service, characteristic);
  }

  write(id: string, service: string, characteristic: string, data: Buffer, withoutResponse: boolean): void {
    this.peripheral(id)?.write(service, characteristic, data, withoutResponse);
  }

  notify(id: string, service: string, characteristic: string, notify: boolean): void {
    this.peripheral(id)?.setNotify(service, characteristic, notify);
  }

  // Parts of the interface no Buttplug protocol needs: accepted and ignored.
  setScanParameters(): void {}
  reset(): void {}
  updateRssi(): void {}
  discoverIncludedServices(): void {}
  discoverDescriptors(): void {}
  readValue(): void {}
  writeValue(): void {}
  readHandle(): void {}
  writeHandle(): void {}
  broadcast(): void {}

  private peripheral(id: string): FakePeripheral | undefined {
    return this.peripherals.find((p) => p.id === id);
  }
}
