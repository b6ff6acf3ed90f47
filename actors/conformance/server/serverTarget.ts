/**
 * The server under test, as the checks reach it: fresh connections (waiting politely while the server
 * still holds the previous client), spec v4 sessions with a background Ping when the server asks for
 * one, the devices it lists, and the simulated devices dialed into its device port. Every connection
 * is kept, so the Id oracle can read them all at the end.
 */
import { Schema } from 'effect';
import { messageBodiesV4 } from '../../../protocols/buttplug/messages.js';
import type { ServerModeOptions } from '../conformanceOptions.js';
import { messageBody, messageName, wireMessage, type WireMessage } from '../wire.js';
import { DialedDevice } from './dialedDevice.js';
import { devicesOf, modelDevice, type ModelDevice } from './specModel.js';
import { WireConnection } from './wireConnection.js';

export interface ServerInfo {
  readonly name: string;
  readonly maxPingTime: number;
}

export interface Session {
  readonly connection: WireConnection;
  readonly serverInfo: ServerInfo;
  /** Stops the background Ping (to let the server's ping timer fire). */
  stopPinging(): void;
  close(): Promise<void>;
}

const BUSY_RETRY_MS = 100;
/** How long a server may take to free its one client slot after the previous client left. */
const BUSY_PATIENCE_MS = 5_000;
/** How long a dialed device may take to show up in DeviceList. */
const DEVICE_APPEAR_MS = 5_000;

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A refusal because another client is still connected: retried, not judged. */
const isBusy = (message: WireMessage | undefined, connection: WireConnection): boolean => {
  if (message && messageName(message) === 'Error') {
    const body = messageBody(message);
    return body['ErrorCode'] === 1 && /busy|another client/i.test(String(body['ErrorMessage']));
  }
  return /busy|another client/i.test(connection.closed?.reason ?? '');
};

export const handshakeMessage = (id = 1): WireMessage =>
  wireMessage('RequestServerInfo', {
    Id: id,
    ClientName: 'buttplug-conformance',
    ProtocolVersionMajor: 4,
    ProtocolVersionMinor: 0,
  });

export class ServerTarget {
  readonly connections: WireConnection[] = [];
  serverInfo: ServerInfo = { name: '', maxPingTime: 0 };
  /** Every device the server listed after the scan (and the dialing). */
  devices: ModelDevice[] = [];
  readonly dialed: DialedDevice[] = [];
  /** Why dialing failed, if it did. */
  dialProblem: string | undefined;
  /** Dialed devices the connected client was told about by an event (Id 0) DeviceList. */
  readonly announcedByEvent = new Set<DialedDevice>();

  constructor(readonly options: ServerModeOptions) {}

  get timeoutMs(): number {
    return this.options.timeoutMs;
  }

  /** Devices the checks may command: the dialed ones when there are any, else all listed. */
  get commandable(): ModelDevice[] {
    if (this.options.deviceServer === undefined) return this.devices;
    return this.dialed.flatMap((device) => this.devices.filter((d) => d.index === device.index));
  }

  modelOf(device: DialedDevice): ModelDevice | undefined {
    return this.devices.find((d) => d.index === device.index);
  }

  /**
   * A new connection whose first frame is `first`, with the server's first answer to it. While the
   * server says it is busy (the previous client is still leaving), try again.
   */
  async connect(
    first: string | readonly WireMessage[],
    firstId: number | undefined,
  ): Promise<{
    connection: WireConnection;
    reply: WireMessage | undefined;
  }> {
    const deadline = performance.now() + BUSY_PATIENCE_MS;
    for (;;) {
      const connection = await WireConnection.open(this.options.server, this.timeoutMs);
      this.connections.push(connection);
      connection.send(first);
      const received = await connection.waitFor(
        (m) => firstId === undefined || messageBody(m)['Id'] === firstId || messageBody(m)['Id'] === 0,
        this.timeoutMs,
      );
      if (!isBusy(received?.message, connection) || performance.now() > deadline)
        return { connection, reply: received?.message };
      await connection.close();
      await delay(BUSY_RETRY_MS);
    }
  }

  /** A spec v4 session: connected, handshaken, pinging in the background when the server wants pings. */
  async session(): Promise<Session> {
    const { connection, reply } = await this.connect([handshakeMessage(1)], 1);
    connection.takeId();
    const decoded =
      reply && messageName(reply) === 'ServerInfo'
        ? Schema.decodeUnknownEither(messageBodiesV4.ServerInfo)(messageBody(reply))
        : undefined;
    if (!decoded || decoded._tag === 'Left') {
      await connection.close();
      throw new Error(
        reply
          ? `the handshake was answered ${JSON.stringify(reply)}`
          : `no answer to RequestServerInfo within ${this.timeoutMs} ms`,
      );
    }
    const serverInfo = { name: decoded.right.ServerName, maxPingTime: decoded.right.MaxPingTime };
    let pinger: ReturnType<typeof setInterval> | undefined;
    if (serverInfo.maxPingTime > 0)
      pinger = setInterval(
        () => connection.send([wireMessage('Ping', { Id: connection.takeId() })]),
        Math.max(50, serverInfo.maxPingTime / 3),
      );
    const stopPinging = () => clearInterval(pinger);
    return {
      connection,
      serverInfo,
      stopPinging,
      close: async () => {
        stopPinging();
        await connection.close();
      },
    };
  }

  /** The server's current device list, as the model sees it. */
  async deviceList(connection: WireConnection): Promise<ModelDevice[] | undefined> {
    const reply = await connection.request('RequestDeviceList');
    const devices = reply && messageName(reply) === 'DeviceList' ? devicesOf(messageBody(reply)) : undefined;
    return devices?.map(modelDevice);
  }

  /**
   * First contact: handshake, scan for what the server has, and dial the simulated devices into its
   * device port one at a time, learning the index the server gives each.
   */
  async setup(): Promise<void> {
    const session = await this.session();
    this.serverInfo = session.serverInfo;
    const { connection } = session;
    try {
      const scanFrom = connection.received.length;
      await connection.request('StartScanning');
      await connection.waitFor((m) => messageName(m) === 'ScanningFinished', 1_000, scanFrom);
      await connection.request('StopScanning');
      this.devices = (await this.deviceList(connection)) ?? [];
      if (this.options.deviceServer !== undefined) await this.dial(connection);
    } finally {
      await session.close();
    }
  }

  private async dial(connection: WireConnection): Promise<void> {
    const url = this.options.deviceServer!;
    for (let n = 0; n < this.options.deviceCount; n++) {
      const known = new Set(this.devices.map((d) => d.index));
      const from = connection.received.length;
      let device: DialedDevice;
      try {
        device = await DialedDevice.connect({
          url,
          identifier: this.options.deviceName,
          address: `C0F0${String(Date.now() % 1e6).padStart(6, '0')}${n.toString(16).padStart(2, '0')}`.toUpperCase(),
          timeoutMs: this.timeoutMs,
        });
      } catch (error) {
        this.dialProblem = (error as Error).message;
        return;
      }
      this.dialed.push(device);
      const deadline = performance.now() + DEVICE_APPEAR_MS;
      const isEvent = (m: WireMessage) => messageName(m) === 'DeviceList' && messageBody(m)['Id'] === 0;
      let cursor = from;
      let added: ModelDevice | undefined;
      while (!added && performance.now() < deadline && device.connected) {
        const event = await connection.waitFor(isEvent, 250, cursor);
        if (event) cursor = connection.received.indexOf(event) + 1;
        const listed = event
          ? devicesOf(messageBody(event.message))?.map(modelDevice)
          : await this.deviceList(connection);
        added = listed?.find((d) => !known.has(d.index));
        if (listed) this.devices = listed;
      }
      const index = added?.index;
      if (index !== undefined) {
        const told = await connection.waitFor(
          (m) => isEvent(m) && (devicesOf(messageBody(m)) ?? []).some((d) => d.DeviceIndex === index),
          1_000,
          from,
        );
        if (told) this.announcedByEvent.add(device);
      }
      if (!added) {
        this.dialProblem = device.connected
          ? `the dialed device "${this.options.deviceName}" never appeared in DeviceList (does the server accept that identifier? see --device-name)`
          : `the server closed the dialed device's connection (${device.closed?.reason || `code ${device.closed?.code}`}): does it accept the identifier "${this.options.deviceName}"? see --device-name`;
        return;
      }
      device.index = added.index;
    }
  }

  /** Switches the dialed devices off and lets go of every connection. */
  async tearDown(): Promise<void> {
    await Promise.all(this.dialed.map((device) => device.close()));
    await Promise.all(this.connections.map((connection) => connection.close()));
  }
}
