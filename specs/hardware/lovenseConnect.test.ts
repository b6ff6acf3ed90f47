/**
 * Lovense Connect against a local HTTP server that behaves like the app, driven by a client through
 * the engine: toys found by polling, commands as HTTP GETs, battery from the toy list, toys leaving.
 */
import { describe, expect, it } from 'vitest';
import { ButtplugDeviceError } from '../../actors/client/clientErrors.js';
import { LovenseConnectDcm, type LovenseConnectDcmOptions } from '../../hardware/lovenseConnect/lovenseConnectDcm.js';
import {
  batteryLevel,
  decodeHostList,
  decodeToyList,
  isConnectedStatus,
} from '../../hardware/lovenseConnect/lovenseConnectApi.js';
import { expectDeviceErrorThenRemoval, outputCmd } from '../support/deviceFailure.js';
import { scanFor, startEngine, waitFor } from '../support/engine.js';
import { FakeLovenseConnectApp, startFakeLookupService, type FakeToy } from '../support/fakeLovenseConnectApp.js';
import { handshakeV4, rawSession } from '../support/rawSession.js';
import { recordingLogger } from '../support/recordingLogger.js';

const max: FakeToy = { id: 'c44f33a1b2c3', name: 'max', nickName: '', status: 1, version: '', battery: 73 };
const edge: FakeToy = { id: 'd0a1b2c3d4e5', name: 'Edge', status: '0', battery: null };

const connectEngine = (options: LovenseConnectDcmOptions) => {
  const dcm = new LovenseConnectDcm({ pollIntervalMs: 20, requestTimeoutMs: 1_000, ...options });
  return startEngine({ server: { deviceCommunicationManagers: [dcm] } });
};

describe('Lovense Connect', () => {
  it('finds the connected toys of the app at the given address and drives them with HTTP commands', async () => {
    const app = await FakeLovenseConnectApp.start([max, { ...edge }]);
    const { connectClient } = connectEngine({ address: `${app.url}/` });
    const client = await connectClient();
    const [toy] = await scanFor(client);
    expect(client.devices.map((d) => d.name)).toEqual(['Lovense Max']);

    await toy!.vibrate(0.5);
    await toy!.constrict(1);
    expect((await app.waitForCommands(2)).map((c) => c.path)).toEqual([
      `Vibrate?v=10&t=${max.id}`,
      `AirAuto?v=3&t=${max.id}`,
    ]);
    expect(await toy!.battery()).toBe(0.73);

    // The Edge connects to the app while we scan.
    app.toys.set(edge.id, { ...edge, status: true, battery: '55' });
    await waitFor(() => client.devices.length === 2, 2_000, 'the Edge');
    const found = client.devices.find((d) => d.name === 'Lovense Edge')!;
    await found.vibrate([0.1, 0.2]);
    expect((await app.waitForCommands(4)).slice(2).map((c) => c.path)).toEqual([
      `Vibrate1?v=2&t=${edge.id}`,
      `Vibrate2?v=4&t=${edge.id}`,
    ]);
    expect(await found.battery()).toBe(0.55);
  });

  it('keeps the battery level up to date from the polled toy list, also when not scanning', async () => {
    const app = await FakeLovenseConnectApp.start([{ ...max }]);
    const { connectClient } = connectEngine({ address: app.url });
    const client = await connectClient();
    const [toy] = await scanFor(client);
    await client.stopScanning();
    app.toys.set(max.id, { ...max, battery: 40 });
    const polls = app.toyListRequests;
    await waitFor(() => app.toyListRequests > polls + 1, 2_000, 'another poll');
    expect(await toy!.battery()).toBe(0.4);
  });

  it('a toy the app drops, or marks disconnected, leaves the DeviceList; it comes back with its index', async () => {
    const app = await FakeLovenseConnectApp.start([{ ...max }, { ...edge, status: 1 }]);
    const { connectClient } = connectEngine({ address: app.url });
    const client = await connectClient();
    await scanFor(client, 2);
    const indexOf = (name: string) => client.devices.find((d) => d.name === name)?.index;
    const edgeIndex = indexOf('Lovense Edge');
    await client.stopScanning();

    app.toys.get(edge.id)!.status = 0;
    await waitFor(() => client.devices.length === 1, 2_000, 'the Edge to leave');
    app.toys.delete(max.id);
    await waitFor(() => client.devices.length === 0, 2_000, 'the Max to leave');

    app.toys.get(edge.id)!.status = 1;
    await scanFor(client, 1);
    expect(indexOf('Lovense Edge')).toBe(edgeIndex);
  });

  it('an app that stops answering takes its toys with it, and the engine serves on', async () => {
    const app = await FakeLovenseConnectApp.start([{ ...max }]);
    const { connectClient } = connectEngine({ address: app.url });
    const client = await connectClient();
    await scanFor(client);
    await app.goDown();
    await waitFor(() => client.devices.length === 0, 2_000, 'the toy to leave');
    await client.requestDeviceList();
    expect(client.connected).toBe(true);
  });

  it('an app that is not running is reported once while scanning, not at every poll', async () => {
    const app = await FakeLovenseConnectApp.start([{ ...max }]);
    const address = app.url;
    await app.goDown();
    const logger = recordingLogger();
    const dcm = new LovenseConnectDcm({ address, pollIntervalMs: 10, requestTimeoutMs: 500 });
    const engine = startEngine({ server: { deviceCommunicationManagers: [dcm], logger } });
    const client = await engine.connectClient();
    await client.startScanning();
    await waitFor(() => logger.find('debug', 'Lovense Connect app not answering').length >= 3, 2_000, 'several polls');
    expect(logger.find('warn', 'Lovense Connect app not answering')).toHaveLength(1);
  });

  it('the app going away with a command in flight: ERROR_DEVICE for it, then a DeviceList without the toy', async () => {
    const app = await FakeLovenseConnectApp.start([{ ...max }]);
    // Polls far apart, so the failed command is what notices the app is gone.
    const { server, connectClient } = connectEngine({ address: app.url, pollIntervalMs: 60_000 });
    const client = await connectClient();
    await scanFor(client);
    await client.stopScanning();
    const raw = rawSession(server);
    raw.send(handshakeV4(1));
    await raw.reply(1);

    app.holdCommands = true;
    raw.send(outputCmd(2, 0, 0, { Vibrate: { Value: 15 } }));
    await app.waitForCommands(1);
    await app.goDown();
    expect(await expectDeviceErrorThenRemoval(raw, 2, 0)).toMatch(/command to max failed: cannot reach/);
    expect(server.devices).toEqual([]);
  });

  it('an error answer fails only that command; the toy stays', async () => {
    const app = await FakeLovenseConnectApp.start([{ ...max }]);
    const { connectClient } = connectEngine({ address: app.url });
    const client = await connectClient();
    const [toy] = await scanFor(client);
    app.commandStatus = 500;
    await expect(toy!.vibrate(0.5)).rejects.toBeInstanceOf(ButtplugDeviceError);
    app.commandStatus = 200;
    await toy!.vibrate(0.25);
    expect(app.commands.map((c) => c.path)).toEqual([`Vibrate?v=10&t=${max.id}`, `Vibrate?v=5&t=${max.id}`]);
    expect(client.devices).toHaveLength(1);
  });

  it('without an address, asks the lookup service where the apps are', async () => {
    const app = await FakeLovenseConnectApp.start([{ ...max }]);
    const lookup = await startFakeLookupService([app]);
    const { connectClient } = connectEngine({ lookupUrl: lookup.url });
    const client = await connectClient();
    await scanFor(client);
    expect(lookup.requests()).toBe(1);
    expect(client.devices.map((d) => d.name)).toEqual(['Lovense Max']);
  });

  it('start() rejects a bad address with one sentence; the engine warns once and serves clients', async () => {
    const logger = recordingLogger();
    const dcm = new LovenseConnectDcm({ address: 'ftp://192.168.1.23' });
    const engine = startEngine({ server: { deviceCommunicationManagers: [dcm], logger } });
    const client = await engine.connectClient();
    const reason =
      'Lovense Connect is not available: the address "ftp://192.168.1.23" must start with http:// or https://.';
    await waitFor(() => logger.find('warn', '').length > 0);
    expect(logger.find('warn', '')).toEqual([
      expect.objectContaining({
        message: expect.stringContaining(reason),
        fields: expect.objectContaining({ reason }),
      }),
    ]);
    await client.startScanning();
    expect(client.connected).toBe(true);
  });
});

describe('Lovense Connect replies', () => {
  it('reads toy lists leniently, as the apps send them', () => {
    expect(
      decodeToyList({
        type: 'OK',
        code: 200,
        data: {
          a: { id: 'a', name: 'lush', status: '1', battery: '85' },
          b: { id: 'b', name: 'max', status: true, battery: null },
          c: { id: 'c', name: 'nora', status: 0, battery: 120 },
          junk: 'not a toy',
        },
      }),
    ).toEqual([
      { id: 'a', name: 'lush', connected: true, battery: 85 },
      { id: 'b', name: 'max', connected: true, battery: 0 },
      { id: 'c', name: 'nora', connected: false, battery: 100 },
    ]);
    expect(decodeToyList({ type: 'OK', code: 200 })).toEqual([]);
    expect(() => decodeToyList('nope')).toThrow('the reply is not a toy list');
    expect([1, '1', true, 'true', 2].map(isConnectedStatus)).toEqual([true, true, true, true, true]);
    expect([0, '0', false, 'false', '', null, undefined].map(isConnectedStatus)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect([null, -5, 42.4, '77', 'x'].map(batteryLevel)).toEqual([0, 0, 42, 77, 0]);
  });

  it('turns the lookup service answer into app addresses, skipping what is not an address', () => {
    expect(
      decodeHostList({
        '192-168-1-23.lovense.club': { domain: '192-168-1-23.lovense.club', httpPort: '30010', wsPort: 30010 },
        '10-0-0-7.lovense.club': { httpPort: 20010 },
        'weird.lovense.club': { httpPort: 1 },
      }),
    ).toEqual(['http://192.168.1.23:30010', 'http://10.0.0.7:20010']);
  });
});
