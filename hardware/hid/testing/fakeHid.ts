/**
 * Test aid: a stand-in for the `node-hid` module (`devicesAsync`, `HIDAsync.open`) with devices tests
 * plug in and out. Pass it as `new HidDcm({ hid })` or `new LovenseDongleDcm({ hid })`. A device sees
 * every output report written to it and can send input reports; it can be unplugged (its open
 * connections then fail as node-hid's do) or made to fail writes.
 */
import { EventEmitter } from 'node:events';
import type { HidConnection, HidDeviceInfo, HidLibrary } from '../hidLibrary.js';

export interface FakeHidDeviceSpec {
  readonly vendorId: number;
  readonly productId: number;
  readonly product?: string;
  readonly manufacturer?: string;
  readonly serialNumber?: string;
  /** Default: a fresh `/dev/hidraw<n>`. */
  readonly path?: string;
  /** The device side: sees each output report and may answer with `device.sendReport`. */
  readonly onWrite?: (report: readonly number[], device: FakeHidDevice) => void;
}

let pathCounter = 0;

export class FakeHidDevice {
  readonly info: HidDeviceInfo;
  /** Every output report, in order. */
  readonly writes: number[][] = [];
  plugged = true;
  readonly connections = new Set<FakeHidConnection>();
  private writeFailures: string[] = [];

  constructor(readonly spec: FakeHidDeviceSpec) {
    this.info = {
      vendorId: spec.vendorId,
      productId: spec.productId,
      path: spec.path ?? `/dev/hidraw${pathCounter++}`,
      serialNumber: spec.serialNumber,
      product: spec.product,
      manufacturer: spec.manufacturer,
      interface: 0,
    };
  }

  /** An input report to every open connection: a `data` event where the read loop runs, else the next `read`. */
  sendReport(report: readonly number[] | Uint8Array): void {
    for (const connection of this.connections) connection.receive(Buffer.from(Uint8Array.from(report)));
  }

  /** Pulled out: gone from the enumeration; open connections report an error and fail every call. */
  unplug(): void {
    this.plugged = false;
    for (const connection of this.connections) connection.lost();
  }

  /** The next writes throw with these messages (one per write). */
  failWrites(...messages: string[]): void {
    this.writeFailures.push(...messages);
  }

  /** Called by a connection: the write goes through, or fails. */
  takeWrite(report: number[]): void {
    const failure = this.writeFailures.shift();
    if (failure) throw new Error(failure);
    this.writes.push(report);
    this.spec.onWrite?.(report, this);
  }
}

export class FakeHidConnection extends EventEmitter implements HidConnection {
  closed = false;
  private readonly queued: Buffer[] = [];
  private readonly readers: ((report: Buffer | undefined) => void)[] = [];

  constructor(readonly device: FakeHidDevice) {
    super();
  }

  async write(data: number[]): Promise<number> {
    if (this.closed) throw new Error('Cannot write to a closed HID device');
    if (!this.device.plugged) throw new Error('Cannot write to hid device');
    this.device.takeWrite([...data]);
    return data.length;
  }

  read(timeoutMs = 0): Promise<Buffer | undefined> {
    if (!this.device.plugged || this.closed) return Promise.reject(new Error('could not read from HID device'));
    const next = this.queued.shift();
    if (next) return Promise.resolve(next);
    return new Promise((resolve) => {
      const reader = (report: Buffer | undefined) => {
        clearTimeout(timer);
        resolve(report);
      };
      const timer = setTimeout(() => {
        this.readers.splice(this.readers.indexOf(reader), 1);
        resolve(undefined);
      }, timeoutMs);
      this.readers.push(reader);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.device.connections.delete(this);
    this.removeAllListeners();
  }

  receive(report: Buffer): void {
    if (this.closed) return;
    // As node-hid: listening for `data` runs the read loop, which takes every report.
    setTimeout(() => {
      if (this.closed) return;
      if (this.listenerCount('data') > 0) this.emit('data', report);
      else {
        const reader = this.readers.shift();
        if (reader) reader(report);
        else this.queued.push(report);
      }
    }, 1);
  }

  /** The read loop (if running) fails once, as node-hid's does; nothing is emitted once the connection is closed. */
  lost(): void {
    if (this.closed || this.listenerCount('data') === 0) return;
    setTimeout(() => {
      if (!this.closed) this.emit('error', new Error('could not read from HID device'));
    }, 1);
  }
}

export interface FakeHidLibraryOptions {
  /** The native binding does not load: every call fails with this (as node-hid without libusb). */
  readonly loadError?: string;
}

export class FakeHidLibrary implements HidLibrary {
  readonly devices: FakeHidDevice[] = [];
  readonly HIDAsync: { open(path: string): Promise<HidConnection> };
  /** Paths opened, in order. */
  readonly opened: string[] = [];

  constructor(private readonly options: FakeHidLibraryOptions = {}) {
    this.HIDAsync = { open: (path) => this.open(path) };
  }

  plug(spec: FakeHidDeviceSpec): FakeHidDevice {
    const device = new FakeHidDevice(spec);
    this.devices.push(device);
    return device;
  }

  async devicesAsync(): Promise<HidDeviceInfo[]> {
    if (this.options.loadError) throw new Error(this.options.loadError);
    return this.devices.filter((d) => d.plugged).map((d) => d.info);
  }

  private async open(path: string): Promise<HidConnection> {
    if (this.options.loadError) throw new Error(this.options.loadError);
    const device = this.devices.find((d) => d.plugged && d.info.path === path);
    if (!device) throw new Error(`cannot open device with path ${path}`);
    this.opened.push(path);
    const connection = new FakeHidConnection(device);
    device.connections.add(connection);
    return connection;
  }
}
