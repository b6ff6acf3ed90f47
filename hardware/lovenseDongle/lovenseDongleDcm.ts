/**
 * The Lovense USB dongle device communication manager (HID VID 0x1915, PID 0x520a). It looks for the
 * dongle every second until one is plugged in, talks to it in its JSON-over-HID protocol (the dongle's
 * states are `lovenseDongleMachine`), and reports the toy the dongle finds as a Bluetooth LE device
 * named `LVS-DongleDevice`, so the `lovense` protocol drives it, its commands carried by the dongle.
 */
import { createActor, type Actor } from 'xstate';
import { silentLogger, type Logger } from '../../protocols/core/logger.js';
import type { DcmEvents, DeviceCommunicationManager } from '../deviceCommunicationManager.js';
import { HardwareError, type DiscoveredDevice } from '../hardware.js';
import { openHidLibrary, type HidConnection, type HidLibrary } from '../hid/hidLibrary.js';
import { appendDongleReport, encodeDongleMessage, parseDongleLine, type DongleOutgoing } from './dongleMessages.js';
import { LovenseDongleHardware } from './lovenseDongleHardware.js';
import { lovenseDongleMachine, type DonglePort } from './lovenseDongleMachine.js';
import { messageOf } from '../../protocols/core/errorText.js';

export const LOVENSE_DONGLE_VENDOR_ID = 0x1915;
export const LOVENSE_DONGLE_PRODUCT_ID = 0x520a;
/** The name toys behind the dongle are reported with: it matches the `lovense` protocol's `LVS-*`. */
export const DONGLE_TOY_NAME = 'LVS-DongleDevice';

export interface LovenseDongleDcmOptions {
  /** The HID library: node-hid (default, loaded on start) or a stand-in such as `FakeHidLibrary`. */
  readonly hid?: HidLibrary;
  /** How often to look for a dongle that is not plugged in (default 1 s). */
  readonly dongleSearchIntervalMs?: number;
  /** How long the dongle gets to say which toy is still connected, after opening it (default 250 ms, as the reference). */
  readonly probeMs?: number;
}

const UNAVAILABLE = 'The Lovense USB dongle is not available';
const NO_DONGLE = 'no Lovense USB dongle is plugged in';
const UNPLUGGED = 'the Lovense USB dongle was unplugged';

interface OpenDongle {
  readonly connection: HidConnection;
  readonly actor: Actor<typeof lovenseDongleMachine>;
  /** Writes go out one message at a time. */
  writes: Promise<void>;
  /** Text received after the last complete line. */
  pending: string;
}

export class LovenseDongleDcm implements DeviceCommunicationManager {
  readonly name = 'lovense-dongle-hid';
  private hid: HidLibrary | undefined;
  private events: DcmEvents | undefined;
  private logger: Logger = silentLogger;
  private dongle: OpenDongle | undefined;
  private readonly toys = new Map<string, LovenseDongleHardware>();
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private scanning = false;

  constructor(private readonly options: LovenseDongleDcmOptions = {}) {}

  async start(events: DcmEvents, logger: Logger): Promise<void> {
    this.hid = await openHidLibrary(UNAVAILABLE, this.options.hid);
    this.events = events;
    this.logger = logger;
    if (!(await this.lookForDongle())) {
      events.availabilityChanged(false, `${UNAVAILABLE}: none is plugged in.`);
      this.keepLooking();
    }
  }

  async startScanning(): Promise<void> {
    if (!this.dongle) throw new Error(NO_DONGLE);
    this.scanning = true;
    this.dongle.actor.send({ type: 'scan.start' });
  }

  async stopScanning(): Promise<void> {
    this.scanning = false;
    this.dongle?.actor.send({ type: 'scan.stop' });
  }

  async stop(): Promise<void> {
    this.events = undefined;
    clearTimeout(this.searchTimer);
    this.close('disconnected by the engine');
  }

  private keepLooking(): void {
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(async () => {
      if (!this.events) return;
      if (await this.lookForDongle()) this.events?.availabilityChanged(true);
      else this.keepLooking();
    }, this.options.dongleSearchIntervalMs ?? 1_000);
  }

  private async lookForDongle(): Promise<boolean> {
    const hid = this.hid;
    if (!hid) return false;
    try {
      const found = (await hid.devicesAsync()).find(
        (device) =>
          device.vendorId === LOVENSE_DONGLE_VENDOR_ID && device.productId === LOVENSE_DONGLE_PRODUCT_ID && device.path,
      );
      if (!found || !this.events) return false;
      this.attach(await hid.HIDAsync.open(found.path!));
      this.logger.info({ path: found.path }, 'Lovense USB dongle found');
      return true;
    } catch (error) {
      this.logger.warn({ error: messageOf(error) }, 'Lovense USB dongle could not be opened');
      return false;
    }
  }

  private attach(connection: HidConnection): void {
    // The machine calls these from its actions; the engine hears of them just after, never inside them.
    const later = (report: () => void) => queueMicrotask(report);
    const port: DonglePort = {
      send: (message) => void this.send(message).catch(() => {}),
      toyFound: (id) => later(() => this.offerToy(id)),
      toyData: (id, text) => later(() => this.toys.get(id)?.receive(text)),
      toyGone: (id) => later(() => this.toys.get(id)?.gone('the toy disconnected from the Lovense dongle')),
      scanningFinished: () =>
        later(() => {
          this.scanning = false;
          this.events?.scanningFinished();
        }),
    };
    const actor = createActor(lovenseDongleMachine, {
      input: {
        port,
        logger: this.logger,
        ...(this.options.probeMs !== undefined ? { probeMs: this.options.probeMs } : {}),
      },
    });
    const dongle: OpenDongle = { connection, actor, writes: Promise.resolve(), pending: '' };
    this.dongle = dongle;
    connection.on('data', (report) => {
      const { pending, lines } = appendDongleReport(dongle.pending, report);
      dongle.pending = pending;
      for (const line of lines) {
        const message = parseDongleLine(line);
        if (message) actor.send({ type: 'dongle.message', message });
        else this.logger.debug({ line }, 'unreadable line from the Lovense dongle');
      }
    });
    connection.on('error', (error) => this.lost(`${UNPLUGGED} (${error.message})`));
    actor.start();
  }

  /** Writes one message, after the ones before it; a failed write means the dongle is gone. */
  private send(message: DongleOutgoing): Promise<void> {
    const dongle = this.dongle;
    if (!dongle) return Promise.reject(new HardwareError(NO_DONGLE));
    const write = dongle.writes.then(async () => {
      for (const report of encodeDongleMessage(message)) await dongle.connection.write(report);
    });
    dongle.writes = write.catch(() => {});
    return write.catch((error: unknown) => {
      this.lost(`${UNPLUGGED} (${messageOf(error)})`);
      throw new HardwareError(`the Lovense USB dongle could not be written to: ${messageOf(error)}`);
    });
  }

  private offerToy(id: string): void {
    const device: DiscoveredDevice = {
      info: { transport: 'btle', name: DONGLE_TOY_NAME, address: id },
      connect: async () => {
        if (!this.dongle) throw new HardwareError(NO_DONGLE);
        const hardware = new LovenseDongleHardware(id, {
          sendCommand: (toyId, command) => this.send({ type: 'toy', func: 'command', id: toyId, cmd: command }),
          release: () => this.dongle?.actor.send({ type: 'toy.released' }),
        });
        this.toys.set(id, hardware);
        hardware.onEvent(
          (event) => event.type === 'disconnected' && this.toys.get(id) === hardware && this.toys.delete(id),
        );
        return hardware;
      },
    };
    this.logger.info({ toy: id }, 'Lovense dongle found a toy');
    this.events?.deviceFound(device);
  }

  /** The dongle went away: its toys with it. Look for it again. */
  private lost(reason: string): void {
    if (!this.dongle) return;
    this.close(reason);
    if (!this.events) return;
    this.logger.warn({ reason }, 'Lovense USB dongle lost');
    // A scan in progress is over; the manager stops waiting for it.
    if (this.scanning) this.events.scanningFinished();
    this.scanning = false;
    this.events.availabilityChanged(false, `${UNAVAILABLE}: it was unplugged.`);
    this.keepLooking();
  }

  private close(reason: string): void {
    const dongle = this.dongle;
    this.dongle = undefined;
    for (const toy of [...this.toys.values()]) toy.gone(reason);
    this.toys.clear();
    if (!dongle) return;
    dongle.actor.stop();
    dongle.connection.close().catch(() => {});
  }
}
