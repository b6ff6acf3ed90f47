import { EventEmitter } from 'eventemitter3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ButtplugClient } from '../../actors/client/buttplugClient.js';
import {
  ButtplugConnectorError,
  ButtplugDeviceError,
  ButtplugHandshakeError,
  ButtplugMessageError,
  ButtplugPingError,
  ButtplugTimeoutError,
  ButtplugUnknownError,
} from '../../actors/client/clientErrors.js';
import { toWire, type TaggedMessage } from '../../protocols/buttplug/frame.js';
import type { ButtplugClientConnector, ConnectorEvents } from '../../transports/clientConnector.js';

type Sent = TaggedMessage & { Id: number; [key: string]: unknown };

/** A connector whose "server" is the test: it sees every request and answers when told to. */
class ScriptedConnector extends EventEmitter<ConnectorEvents> implements ButtplugClientConnector {
  connected = false;
  readonly sent: Sent[] = [];
  autoHandshake: { maxPingTime: number } | undefined = { maxPingTime: 0 };

  async connect() {
    this.connected = true;
  }
  async disconnect() {
    this.connected = false;
  }
  send(messages: readonly TaggedMessage[]) {
    for (const message of messages as Sent[]) {
      this.sent.push(message);
      if (this.autoHandshake && message.type === 'RequestServerInfo') {
        this.reply({
          type: 'ServerInfo',
          Id: message.Id,
          ServerName: 'scripted',
          ProtocolVersionMajor: 4,
          ProtocolVersionMinor: 0,
          MaxPingTime: this.autoHandshake.maxPingTime,
        });
      } else if (this.autoHandshake && message.type === 'RequestDeviceList') {
        this.reply({ type: 'DeviceList', Id: message.Id, Devices: {} });
      }
    }
  }
  reply(...messages: (TaggedMessage & Record<string, unknown>)[]) {
    const frame = messages.map(toWire);
    queueMicrotask(() => this.emit('frame', JSON.stringify(frame)));
  }
  last(type: string): Sent {
    const found = [...this.sent].reverse().find((m) => m.type === type);
    if (!found) throw new Error(`nothing of type ${type} sent`);
    return found;
  }
  drop(reason: string) {
    this.connected = false;
    this.emit('disconnect', reason);
  }
}

const deviceInfo = (index: number) => ({
  DeviceIndex: index,
  DeviceName: `Device ${index}`,
  DeviceMessageTimingGap: 0,
  DeviceFeatures: { '0': { FeatureIndex: 0, FeatureDescription: '', Output: { Vibrate: { Value: [0, 20] } } } },
});

afterEach(() => {
  vi.useRealTimers();
});

describe('ButtplugClient', () => {
  it('matches replies to requests by Id, whatever their order', async () => {
    const connector = new ScriptedConnector();
    const client = new ButtplugClient('t');
    await client.connect(connector);
    const first = client.startScanning();
    const second = client.stopScanning();
    const third = client.requestAll([{ type: 'Ping' }]);
    const [a, b, c] = connector.sent.slice(-3);
    connector.reply(
      { type: 'Ok', Id: c!.Id },
      { type: 'Error', Id: a!.Id, ErrorCode: 4, ErrorMessage: 'nope' },
      { type: 'Ok', Id: b!.Id },
    );
    await expect(first).rejects.toBeInstanceOf(ButtplugDeviceError);
    await expect(second).resolves.toBeUndefined();
    await expect(third).resolves.toEqual([{ type: 'Ok', Id: c!.Id }]);
  });

  it('types errors by the server code', async () => {
    const connector = new ScriptedConnector();
    const client = new ButtplugClient('t');
    await client.connect(connector);
    const expectations = [
      [0, ButtplugUnknownError],
      [1, ButtplugHandshakeError],
      [2, ButtplugPingError],
      [3, ButtplugMessageError],
      [4, ButtplugDeviceError],
    ] as const;
    for (const [code, type] of expectations) {
      const request = client.startScanning();
      connector.reply({
        type: 'Error',
        Id: connector.last('StartScanning').Id,
        ErrorCode: code,
        ErrorMessage: `code ${code}`,
      });
      await expect(request).rejects.toSatisfy(
        (error: unknown) => error instanceof type && (error as { code: number }).code === code,
      );
    }
  });

  it('times out a request that gets no reply', async () => {
    vi.useFakeTimers();
    const connector = new ScriptedConnector();
    const client = new ButtplugClient('t', { requestTimeoutMs: 500 });
    await client.connect(connector);
    const request = client.startScanning();
    const caught = request.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(501);
    expect(await caught).toBeInstanceOf(ButtplugTimeoutError);
  });

  it('rejects every pending request when the link drops, and says so', async () => {
    const connector = new ScriptedConnector();
    const client = new ButtplugClient('t');
    await client.connect(connector);
    const events: string[] = [];
    client.on('disconnect', () => events.push('disconnect'));
    const pending = [client.startScanning(), client.stopAllDevices()];
    connector.drop('cable pulled');
    for (const request of pending) await expect(request).rejects.toBeInstanceOf(ButtplugConnectorError);
    expect(events).toEqual(['disconnect']);
    expect(client.connected).toBe(false);
    await expect(client.startScanning()).rejects.toBeInstanceOf(ButtplugConnectorError);
  });

  it('fails the handshake with ButtplugHandshakeError and leaves nothing connected', async () => {
    const connector = new ScriptedConnector();
    connector.autoHandshake = undefined;
    const client = new ButtplugClient('t');
    const connecting = client.connect(connector);
    await Promise.resolve();
    connector.reply({ type: 'Error', Id: connector.last('RequestServerInfo').Id, ErrorCode: 1, ErrorMessage: 'busy' });
    await expect(connecting).rejects.toBeInstanceOf(ButtplugHandshakeError);
    expect(connector.connected).toBe(false);
    expect(client.connected).toBe(false);
  });

  it('pings by itself at a third of MaxPingTime, and reports a ping timeout', async () => {
    vi.useFakeTimers();
    const connector = new ScriptedConnector();
    connector.autoHandshake = { maxPingTime: 900 };
    const client = new ButtplugClient('t');
    await client.connect(connector);
    const pings = () => connector.sent.filter((m) => m.type === 'Ping');
    await vi.advanceTimersByTimeAsync(299);
    expect(pings()).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(2);
    expect(pings()).toHaveLength(1);
    connector.reply({ type: 'Ok', Id: pings()[0]!.Id });
    await vi.advanceTimersByTimeAsync(600);
    expect(pings()).toHaveLength(3);
    const timedOut = new Promise<void>((resolve) => client.once('pingtimeout', () => resolve()));
    connector.reply({ type: 'Error', Id: 0, ErrorCode: 2, ErrorMessage: 'ping timeout' });
    await timedOut;
  });

  it('diffs every DeviceList into deviceadded / deviceremoved events', async () => {
    const connector = new ScriptedConnector();
    const client = new ButtplugClient('t');
    await client.connect(connector);
    const events: string[] = [];
    client.on('deviceadded', (d) => events.push(`+${d.index}`));
    client.on('deviceremoved', (d) => events.push(`-${d.index}`));
    const list = (...indexes: number[]) =>
      connector.reply({
        type: 'DeviceList',
        Id: 0,
        Devices: Object.fromEntries(indexes.map((i) => [String(i), deviceInfo(i)])),
      });
    list(0, 3);
    list(3);
    list(3, 4);
    list();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(events).toEqual(['+0', '+3', '-0', '+4', '-3', '-4']);
  });

  it('forwards ScanningFinished, InputReading events and unexpected errors as events', async () => {
    const connector = new ScriptedConnector();
    const client = new ButtplugClient('t');
    await client.connect(connector);
    const seen: string[] = [];
    client.on('scanningfinished', () => seen.push('finished'));
    client.on('inputreading', (r) => seen.push(`reading ${JSON.stringify(r.Reading)}`));
    client.on('error', (e) => seen.push(`error ${e.constructor.name}`));
    connector.reply(
      { type: 'ScanningFinished', Id: 0 },
      { type: 'InputReading', Id: 0, DeviceIndex: 0, FeatureIndex: 1, Reading: { Pressure: { Value: 5 } } },
      { type: 'Error', Id: 0, ErrorCode: 0, ErrorMessage: 'engine trouble' },
    );
    connector.emit('frame', 'not json at all');
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(seen).toEqual([
      'error ButtplugConnectorError',
      'finished',
      'reading {"Pressure":{"Value":5}}',
      'error ButtplugUnknownError',
    ]);
  });

  it('ignores output types it does not know (a newer server minor version)', async () => {
    const connector = new ScriptedConnector();
    const client = new ButtplugClient('t');
    await client.connect(connector);
    const info = deviceInfo(0);
    (info.DeviceFeatures['0'].Output as Record<string, unknown>)['Tickle'] = { Value: [0, 5] };
    connector.reply({ type: 'DeviceList', Id: 0, Devices: { '0': info } });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(client.devices[0]!.features[0]!.outputs.has('Vibrate')).toBe(true);
  });
});
