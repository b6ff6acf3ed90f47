/**
 * Test aid: a Lovense USB dongle on a `FakeHidLibrary`. It speaks the dongle's JSON-over-HID protocol:
 * answers "which toy is connected?", searches (finding the toys placed near it), stops searching, relays
 * commands to its toy and the toy's replies back (a Lovense toy answering `DeviceType;` and `Battery;`),
 * and reports the toy leaving.
 */
import { lovenseAnswer } from '../../simulated/deviceSimulators.js';
import type { FakeHidDevice, FakeHidLibrary } from '../../hid/testing/fakeHid.js';
import { DongleResult, DongleOutgoing, type DongleIncoming } from '../dongleMessages.js';
import { LOVENSE_DONGLE_PRODUCT_ID, LOVENSE_DONGLE_VENDOR_ID } from '../lovenseDongleDcm.js';
import * as Either from 'effect/Either';
import * as Schema from 'effect/Schema';

export interface FakeDongleToy {
  /** The dongle's id for the toy (its Bluetooth address in hex). */
  readonly id: string;
  /** Which Lovense it is, by its advertised name: `LVS-Edge`, `LVS-Lush`... */
  readonly name: string;
  readonly battery?: number;
}

export interface FakeLovenseDongleOptions {
  /** Toys near the dongle, found by a search. */
  readonly toys?: readonly FakeDongleToy[];
  /** A toy still connected from before (reported when asked `statuss`). */
  readonly connectedToy?: FakeDongleToy;
  /** How long a search takes to find a toy (default 10 ms). */
  readonly searchMs?: number;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class FakeLovenseDongle {
  readonly device: FakeHidDevice;
  /** Every message the dongle received, in order. */
  readonly received: DongleOutgoing[] = [];
  /** Every message the dongle sent. */
  readonly sent: DongleIncoming[] = [];
  connectedToy: FakeDongleToy | undefined;
  private readonly nearby: FakeDongleToy[];
  private pending = '';
  private searchTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    hid: FakeHidLibrary,
    private readonly options: FakeLovenseDongleOptions = {},
  ) {
    this.nearby = [...(options.toys ?? [])];
    this.connectedToy = options.connectedToy;
    this.device = hid.plug({
      vendorId: LOVENSE_DONGLE_VENDOR_ID,
      productId: LOVENSE_DONGLE_PRODUCT_ID,
      product: 'USB Dongle',
      onWrite: (report) => this.receiveReport(report),
    });
  }

  /** Commands the connected toy got, as text. */
  commandsFor(toyId: string): string[] {
    return this.received.filter((m) => m.func === 'command' && m.id === toyId).map((m) => m.cmd ?? '');
  }

  placeToy(toy: FakeDongleToy): void {
    this.nearby.push(toy);
  }

  /** The toy switches off or leaves: the dongle says so. */
  dropToy(): void {
    const toy = this.connectedToy;
    if (!toy) return;
    this.connectedToy = undefined;
    this.send({ type: 'toy', func: 'status', data: { id: toy.id, status: DongleResult.ToyDisconnected } });
  }

  unplug(): void {
    clearTimeout(this.searchTimer);
    this.device.unplug();
  }

  /** Sends a message to the host, cut into 64-byte input reports padded with NULs. */
  send(message: DongleIncoming): void {
    this.sent.push(message);
    const bytes = encoder.encode(`${JSON.stringify(message)}\n`);
    for (let offset = 0; offset < bytes.length; offset += 64) {
      const report = new Uint8Array(64);
      report.set(bytes.subarray(offset, offset + 64));
      this.device.sendReport(report);
    }
  }

  private receiveReport(report: readonly number[]): void {
    // Output reports: report id first, then text padded with zeros.
    this.pending += decoder.decode(Uint8Array.from(report.slice(1).filter((byte) => byte !== 0)));
    let end: number;
    while ((end = this.pending.indexOf('\r\n')) >= 0) {
      const line = this.pending.slice(0, end);
      this.pending = this.pending.slice(end + 2);
      const message = Either.getOrUndefined(Schema.decodeUnknownEither(DongleOutgoing)(JSON.parse(line)));
      if (message) this.handle(message);
    }
  }

  private handle(message: DongleOutgoing): void {
    this.received.push(message);
    switch (message.func) {
      case 'statuss':
        if (this.connectedToy)
          this.send({
            type: 'toy',
            func: 'status',
            data: { id: this.connectedToy.id, status: DongleResult.ToyConnected },
          });
        return;
      case 'search':
        this.send({ type: 'toy', func: 'search', result: DongleResult.SearchStarted });
        clearTimeout(this.searchTimer);
        this.searchTimer = setTimeout(() => {
          const toy = this.nearby.shift();
          if (!toy) return;
          this.connectedToy = toy;
          this.send({ type: 'toy', func: 'toyData', data: { id: toy.id } });
        }, this.options.searchMs ?? 10);
        return;
      case 'stopSearch':
        clearTimeout(this.searchTimer);
        this.send({ type: 'usb', func: 'stopSearch', result: DongleResult.CommandSuccess });
        this.send({ type: 'toy', func: 'search', result: DongleResult.SearchStopped });
        return;
      case 'command': {
        const toy = this.connectedToy;
        if (!toy || toy.id !== message.id) {
          this.send({ type: 'toy', func: 'command', result: DongleResult.ToyNotFound });
          return;
        }
        const reply = lovenseAnswer(message.cmd ?? '', {
          name: toy.name,
          address: toy.id,
          ...(toy.battery !== undefined ? { battery: toy.battery } : {}),
        });
        if (reply) setTimeout(() => this.send({ type: 'toy', func: 'toyData', data: { id: toy.id, data: reply } }), 2);
        return;
      }
      default:
        return;
    }
  }
}
