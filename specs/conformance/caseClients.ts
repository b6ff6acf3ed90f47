/**
 * The test client of a conformance run, one per spec version: v4 is our own ButtplugClient over the
 * embedded connector; v0..v3 are raw legacy sessions that speak JSON frames to `server.connect`.
 * Both announce devices and perform a case's message forms, resolving when the server answered.
 */
import { frameTransport, type ButtplugServer, type ServerSession } from '../../actors/engine/buttplugServer.js';
import { ButtplugClient } from '../../actors/client/buttplugClient.js';
import type { ButtplugClientDevice } from '../../actors/client/clientDevice.js';
import { withTimeout } from '../../protocols/core/timeouts.js';
import { EmbeddedConnector } from '../../transports/embeddedConnector.js';
import type { ClientForm } from './caseFile.js';
import { FormError, legacyRequest, v4OutputCommands, type LegacyDevice } from './messageForms.js';

export interface AnnouncedDevice {
  readonly index: number;
  readonly name: string;
  readonly displayName?: string;
}

export interface CaseClient {
  readonly version: number;
  /** Handshake and StartScanning. */
  start(): Promise<void>;
  /** Devices announced so far (DeviceAdded), by index. */
  readonly announced: ReadonlyMap<number, AnnouncedDevice>;
  /** Calls back on every announcement; returns the function that stops listening. */
  onAnnounce(listener: () => void): () => void;
  /** Sends one form to a device; resolves when answered, with the reading (0..1) for a battery read. */
  perform(form: ClientForm, deviceIndex: number): Promise<number | undefined>;
  close(): Promise<void>;
}

const REQUEST_TIMEOUT_MS = 2_000;

type Listener = () => void;

class Announcements {
  readonly devices = new Map<number, AnnouncedDevice>();
  private readonly listeners = new Set<Listener>();

  add(device: AnnouncedDevice): void {
    this.devices.set(device.index, device);
    for (const listener of [...this.listeners]) listener();
  }

  on(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** Spec v4 through the project's client library. */
export class V4CaseClient implements CaseClient {
  readonly version = 4;
  private readonly client = new ButtplugClient('conformance runner', { requestTimeoutMs: REQUEST_TIMEOUT_MS });
  private readonly announcements = new Announcements();

  constructor(private readonly server: ButtplugServer) {
    this.client.on('deviceadded', (device) =>
      this.announcements.add({
        index: device.index,
        name: device.name,
        ...(device.displayName !== undefined ? { displayName: device.displayName } : {}),
      }),
    );
  }

  get announced(): ReadonlyMap<number, AnnouncedDevice> {
    return this.announcements.devices;
  }

  onAnnounce(listener: Listener): () => void {
    return this.announcements.on(listener);
  }

  async start(): Promise<void> {
    await this.client.connect(new EmbeddedConnector(this.server));
    await this.client.startScanning();
  }

  private device(index: number): ButtplugClientDevice {
    const device = this.client.devices.find((d) => d.index === index);
    if (!device) throw new FormError(`the client knows no device ${index}`);
    return device;
  }

  async perform(form: ClientForm, deviceIndex: number): Promise<number | undefined> {
    const device = this.device(deviceIndex);
    switch (form.kind) {
      case 'Stop':
        await device.stop();
        return undefined;
      case 'Battery':
        return (await device.read('Battery')) / 100;
      case 'RSSI':
        throw new FormError('spec v4 has no RSSI reading');
      default:
        await device.sendOutputs(v4OutputCommands(form, device));
        return undefined;
    }
  }

  async close(): Promise<void> {
    await this.client.disconnect();
  }
}

type LegacyMessage = { readonly type: string } & Record<string, unknown>;

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** A v0..v3 device description (DeviceAdded body or DeviceList element). */
const readLegacyDevice = (body: Record<string, unknown>): LegacyDevice => {
  const messages = record(body['DeviceMessages']);
  const list = (name: string, key: string): string[] => {
    const entries = messages[name];
    return Array.isArray(entries) ? entries.map((entry) => String(record(entry)[key])) : [];
  };
  const displayName = body['DeviceDisplayName'];
  return {
    index: Number(body['DeviceIndex']),
    name: String(body['DeviceName']),
    ...(typeof displayName === 'string' ? { displayName } : {}),
    scalarActuators: list('ScalarCmd', 'ActuatorType'),
    sensors: list('SensorReadCmd', 'SensorType'),
  };
};

/** Spec v0..v3 as raw JSON frames, the way an old client library would speak them. */
export class LegacyCaseClient implements CaseClient {
  private readonly announcements = new Announcements();
  private readonly devices = new Map<number, LegacyDevice>();
  private readonly waiting = new Map<number, (message: LegacyMessage) => void>();
  private nextId = 1;
  /** Why the session cannot be used any more. */
  private broken: string | undefined;
  private readonly session: ServerSession;

  constructor(
    server: ButtplugServer,
    readonly version: number,
  ) {
    this.session = server.connect(
      frameTransport(
        (text) => this.receive(text),
        (reason) => {
          this.broken = `the server closed the session: ${reason}`;
        },
      ),
    );
  }

  get announced(): ReadonlyMap<number, AnnouncedDevice> {
    return this.announcements.devices;
  }

  onAnnounce(listener: Listener): () => void {
    return this.announcements.on(listener);
  }

  private receive(text: string): void {
    let frame: unknown;
    try {
      frame = JSON.parse(text);
    } catch {
      this.broken = `the server sent a frame that is not JSON: ${text.slice(0, 80)}`;
      return;
    }
    for (const element of Array.isArray(frame) ? frame : []) {
      const [type, body] = Object.entries(record(element))[0] ?? [];
      if (type === undefined) continue;
      const message: LegacyMessage = { type, ...record(body) };
      const id = Number(message['Id']);
      if (id !== 0) {
        this.waiting.get(id)?.(message);
        this.waiting.delete(id);
      } else if (type === 'DeviceAdded') {
        this.remember(readLegacyDevice(message));
      }
      if (type === 'DeviceList' && Array.isArray(message['Devices'])) {
        for (const device of message['Devices']) this.remember(readLegacyDevice(record(device)));
      }
    }
  }

  private remember(device: LegacyDevice): void {
    this.devices.set(device.index, device);
    this.announcements.add(device);
  }

  /** Sends one message and waits for the reply with its Id; an Error reply rejects. */
  private async request(message: LegacyMessage): Promise<LegacyMessage> {
    if (this.broken) throw new Error(this.broken);
    const id = this.nextId++;
    const reply = new Promise<LegacyMessage>((resolve) => this.waiting.set(id, resolve));
    const { type, ...body } = message;
    this.session.receive(JSON.stringify([{ [type]: { Id: id, ...body } }]));
    const answer = await withTimeout(reply, REQUEST_TIMEOUT_MS, `reply to ${type}`).finally(() =>
      this.waiting.delete(id),
    );
    if (answer.type === 'Error') {
      throw new Error(`${type} answered with Error ${String(answer['ErrorCode'])}: ${String(answer['ErrorMessage'])}`);
    }
    return answer;
  }

  async start(): Promise<void> {
    const handshake =
      this.version === 0
        ? { type: 'RequestServerInfo', ClientName: 'conformance runner' }
        : { type: 'RequestServerInfo', ClientName: 'conformance runner', MessageVersion: this.version };
    const info = await this.request(handshake);
    if (info.type !== 'ServerInfo') throw new Error(`handshake answered with ${info.type}`);
    await this.request({ type: 'StartScanning' });
  }

  async perform(form: ClientForm, deviceIndex: number): Promise<number | undefined> {
    const device = this.devices.get(deviceIndex);
    if (!device) throw new FormError(`the session knows no device ${deviceIndex}`);
    const { message, battery } = legacyRequest(form, this.version, device);
    const reply = await this.request(message);
    return battery ? battery(reply) : undefined;
  }

  async close(): Promise<void> {
    this.session.close('conformance run finished');
  }
}
