/**
 * The USB HID device communication manager, over `node-hid`. Each look (`scanOnce`, every second while
 * scanning, run by the DCM machine's poll loop) enumerates HID devices and offers each one (name:
 * product string, address: serial number, else its path); the device configuration's `hid` specifiers
 * (vendor/product pairs) pick the toys among them. The same enumeration notices open devices that were
 * unplugged, so the manager is looked at between scans too while it has devices open.
 */
import { silentLogger, type Logger } from '../../protocols/core/logger.js';
import type { DcmEvents, DeviceCommunicationManager, PollLook } from '../deviceCommunicationManager.js';
import { HardwareError, type DiscoveredDevice } from '../hardware.js';
import { HidHardware } from './hidHardware.js';
import { openHidLibrary, type HidDeviceInfo, type HidLibrary } from './hidLibrary.js';
import { messageOf } from '../../protocols/core/errorText.js';

export interface HidDcmOptions {
  /** The HID library: node-hid (default, loaded on start) or a stand-in such as `FakeHidLibrary`. */
  readonly hid?: HidLibrary;
  /** How often devices are enumerated while scanning or while one is open (default 1 s, as the reference). */
  readonly pollIntervalMs?: number;
}

const hex = (value: number) => value.toString(16).padStart(4, '0');

/** The address a device keeps across reconnects where it has a serial number; its path otherwise. */
export const hidAddress = (device: HidDeviceInfo): string | undefined => device.serialNumber || device.path;

/**
 * One physical device: a device with several interfaces is listed once per interface, with the same
 * serial number (or, lacking one, the same ids).
 */
const deviceKey = (device: HidDeviceInfo): string =>
  device.serialNumber || `${hex(device.vendorId)}:${hex(device.productId)}`;

export const hidName = (device: HidDeviceInfo): string =>
  device.product?.trim() || `HID device ${hex(device.vendorId)}:${hex(device.productId)}`;

export class HidDcm implements DeviceCommunicationManager {
  readonly name = 'hid';
  private hid: HidLibrary | undefined;
  private events: DcmEvents | undefined;
  private logger: Logger = silentLogger;
  /** Devices offered during this scan, by `deviceKey`. */
  private readonly offered = new Set<string>();
  /** Open devices by the path they were opened at. */
  private readonly open = new Map<string, HidHardware>();

  readonly pollIntervalMs: number;

  constructor(private readonly options: HidDcmOptions = {}) {
    this.pollIntervalMs = options.pollIntervalMs ?? 1_000;
  }

  async start(events: DcmEvents, logger: Logger): Promise<void> {
    this.hid = await openHidLibrary('HID is not available', this.options.hid);
    this.events = events;
    this.logger = logger;
  }

  async startScanning(): Promise<void> {
    if (!this.hid) throw new Error('the HID manager is not started');
    this.offered.clear();
  }

  async stopScanning(): Promise<void> {}

  async stop(): Promise<void> {
    this.events = undefined;
    for (const hardware of [...this.open.values()]) hardware.gone('disconnected by the engine');
  }

  isWatching(): boolean {
    return this.open.size > 0;
  }

  /** One enumeration: notice unplugged open devices, and offer new devices while scanning. */
  async scanOnce({ scanning, signal }: PollLook): Promise<void> {
    const hid = this.hid;
    if (!hid || !this.events) return;
    let devices: HidDeviceInfo[] = [];
    try {
      devices = await hid.devicesAsync();
    } catch (error) {
      this.logger.warn({ error: messageOf(error) }, 'HID enumeration failed');
    }
    const present = new Set(devices.map((device) => device.path));
    for (const [path, hardware] of this.open) {
      if (!present.has(path)) hardware.gone('HID device unplugged');
    }
    if (scanning && !signal.aborted) {
      for (const device of devices) this.offer(hid, device);
    }
  }

  private offer(hid: HidLibrary, device: HidDeviceInfo): void {
    const address = hidAddress(device);
    const key = deviceKey(device);
    if (!address || !device.path || this.offered.has(key)) return;
    this.offered.add(key);
    const path = device.path;
    const name = hidName(device);
    const discovered: DiscoveredDevice = {
      info: { transport: 'hid', name, address, vendorId: device.vendorId, productId: device.productId },
      connect: async () => {
        if (!this.events) throw new HardwareError('the HID manager is stopped');
        let connection;
        try {
          connection = await hid.HIDAsync.open(path);
        } catch (error) {
          throw new HardwareError(`cannot open ${name} at ${path}: ${messageOf(error)}`);
        }
        const hardware = new HidHardware(name, address, connection);
        this.open.set(path, hardware);
        hardware.onEvent((event) => {
          if (event.type !== 'disconnected') return;
          this.open.delete(path);
          // Offered again if it is plugged back in during this scan.
          this.offered.delete(key);
        });
        return hardware;
      },
    };
    this.logger.debug({ name, address, vendorId: device.vendorId, productId: device.productId }, 'HID device found');
    this.events?.deviceFound(discovered);
  }
}
