/**
 * The device WebSocket server with real `ws` clients acting as Lovense toys, a user config naming
 * them, and a ButtplugClient driving them through the engine.
 */
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { loadDeviceConfiguration } from '../../actors/engine/configFiles.js';
import {
  WebsocketDeviceDcm,
  type WebsocketDeviceDcmOptions,
} from '../../hardware/websocketDevices/websocketDeviceDcm.js';
import {
  createDeviceConfig,
  specifiersOf,
  type DeviceConfig,
  type UserConfig,
} from '../../protocols/config/deviceConfig.js';
import { builtinProtocolConfigs } from '../../protocols/devices/index.js';
import { expectDeviceErrorThenRemoval, outputCmd } from '../support/deviceFailure.js';
import { startEngine, waitFor } from '../support/engine.js';
import { nextEvent } from '../support/nextEvent.js';
import { handshakeV4, rawSession } from '../support/rawSession.js';
import { recordingLogger } from '../support/recordingLogger.js';
import { WebsocketLovense } from '../support/websocketLovense.js';

const userCommunication = new URL('../config/fixtures/user-communication.json', import.meta.url).pathname;

const configNaming = (names: string[], user: Omit<UserConfig, 'communication'> = {}): DeviceConfig =>
  createDeviceConfig(builtinProtocolConfigs(), {
    ...user,
    communication: { lovense: names.map((name) => ({ transport: 'websocket', name })) },
  });

const websocketEngine = async (config: DeviceConfig, options: Partial<WebsocketDeviceDcmOptions> = {}) => {
  const dcm = new WebsocketDeviceDcm({
    port: 0,
    deviceNames: () => specifiersOf(config, 'websocket').map((s) => s.name),
    ...options,
  });
  const engine = startEngine({ server: { deviceCommunicationManagers: [dcm], deviceConfig: config } });
  const client = await engine.connectClient();
  await waitFor(() => dcm.port !== undefined, 2_000, 'the device server to listen');
  return { ...engine, dcm, client, url: `ws://127.0.0.1:${dcm.port}` };
};

describe('WebSocket devices', () => {
  it('a Lovense simulated over the socket appears without scanning and is driven by a client end to end', async () => {
    const config = await loadDeviceConfiguration({ userConfigFile: userCommunication });
    const { client, url } = await websocketEngine(config);
    const added = nextEvent(client, 'deviceadded');
    const toy = await WebsocketLovense.connect(url, { address: 'A1B2C3D4E5F6', type: 'P' });
    await added;

    const [edge] = client.devices;
    expect(edge!.name).toBe('Lovense Edge');
    await edge!.vibrate([0.5, 1]);
    expect(await toy.waitForCommands(2)).toEqual(['Vibrate1:10;', 'Vibrate2:20;']);
    expect(await edge!.battery()).toBe(0.66);
    await edge!.stop();
    expect(await toy.waitForCommands(4)).toEqual(['Vibrate1:10;', 'Vibrate2:20;', 'Vibrate1:0;', 'Vibrate2:0;']);
  });

  it('a device that leaves disappears from the DeviceList, and gets its index back when it returns', async () => {
    const { client, url } = await websocketEngine(configNaming(['LVSDevice']));
    const first = await WebsocketLovense.connect(url, { address: 'EDGE-1', type: 'P' });
    await waitFor(() => client.devices.length === 1);
    const other = await WebsocketLovense.connect(url, { address: 'LUSH-2', type: 'S' });
    await waitFor(() => client.devices.length === 2);
    const indexOf = (name: string) => client.devices.find((d) => d.name === name)?.index;
    expect([indexOf('Lovense Edge'), indexOf('Lovense Lush')]).toEqual([0, 1]);

    first.close();
    await waitFor(() => client.devices.length === 1, 2_000, 'the Edge to leave');
    expect(client.devices.map((d) => d.name)).toEqual(['Lovense Lush']);

    await WebsocketLovense.connect(url, { address: 'EDGE-1', type: 'P' });
    await waitFor(() => client.devices.length === 2, 2_000, 'the Edge to return');
    expect(indexOf('Lovense Edge')).toBe(0);
    expect(other.commands).toEqual([]);
  });

  it('refuses, with a reason, names the configuration does not accept, bad hellos, binary hellos and silence', async () => {
    const { client, url } = await websocketEngine(configNaming(['LVSDevice']), { helloTimeoutMs: 100 });
    const stranger = await WebsocketLovense.connect(url, { identifier: 'Stranger', address: 'S-1' });
    expect(await stranger.closed).toEqual({
      code: 1008,
      reason: 'device "Stranger" is not allowed by the configuration',
    });
    const garbled = await WebsocketLovense.connect(url, {
      address: 'G-1',
      hello: '{"identifier":"LVSDevice","version":0}',
    });
    expect(await garbled.closed).toEqual({ code: 1008, reason: 'invalid hello: address is missing' });
    const binary = await WebsocketLovense.connect(url, { address: 'B-1', hello: Buffer.from('{}') });
    expect(await binary.closed).toEqual({ code: 1008, reason: 'the first frame must be the JSON hello, as text' });
    const silent = await WebsocketLovense.connect(url, { address: 'Q-1', hello: null });
    expect(await silent.closed).toEqual({ code: 1008, reason: 'no hello within 100 ms' });
    expect(client.devices).toEqual([]);
  });

  it('closes a device the engine does not take (its address is denied) after the claim timeout, with a reason', async () => {
    const config = configNaming(['LVSDevice'], {
      devices: [
        { key: { protocol: 'lovense', identifier: 'P', address: 'DENIED' }, allow: false, deny: true, index: 0 },
      ],
    });
    const { client, url } = await websocketEngine(config, { claimTimeoutMs: 200, offerIntervalMs: 20 });
    const denied = await WebsocketLovense.connect(url, { address: 'DENIED' });
    expect(await denied.closed).toEqual({
      code: 1008,
      reason: 'the engine did not take this device (address denied, or no protocol for it)',
    });
    expect(client.devices).toEqual([]);
  });

  it('a new connection from a connected address replaces the old one', async () => {
    const { client, url } = await websocketEngine(configNaming(['LVSDevice']), { offerIntervalMs: 20 });
    const stale = await WebsocketLovense.connect(url, { address: 'EDGE-1', type: 'P' });
    await waitFor(() => client.devices.length === 1);
    const removed = nextEvent(client, 'deviceremoved');
    const readded = nextEvent(client, 'deviceadded');
    const fresh = await WebsocketLovense.connect(url, { address: 'EDGE-1', type: 'P' });
    expect(await stale.closed).toEqual({ code: 1008, reason: 'replaced by a new connection from the same device' });
    await removed;
    await readded;
    expect(client.devices.map((d) => d.index)).toEqual([0]);
    await client.devices[0]!.vibrate(0.25);
    expect(await fresh.waitForCommands(1)).toEqual(['Vibrate1:5;']);
  });

  it('drops a device that stops answering pings', async () => {
    const { client, url } = await websocketEngine(configNaming(['LVSDevice']), { pingIntervalMs: 30 });
    const mute = await WebsocketLovense.connect(url, { address: 'MUTE', type: 'S', autoPong: false });
    await waitFor(() => client.devices.length === 1);
    await waitFor(() => client.devices.length === 0, 2_000, 'the mute device to be dropped');
    expect((await mute.closed).code).toBe(1006);
  });

  it('disconnect mid-command: ERROR_DEVICE for the waiting command, then a DeviceList without the device', async () => {
    // A long message gap keeps the second command waiting on the engine side.
    const config = configNaming(['LVSDevice'], {
      devices: [
        {
          key: { protocol: 'lovense', identifier: 'S', address: 'LUSH' },
          allow: false,
          deny: false,
          index: 0,
          messageGapMs: 5_000,
        },
      ],
    });
    const { client, url, server } = await websocketEngine(config);
    const raw = rawSession(server);
    raw.send(handshakeV4(1));
    await raw.reply(1);
    const toy = await WebsocketLovense.connect(url, { address: 'LUSH', type: 'S' });
    await waitFor(() => client.devices.length === 1);
    raw.send(outputCmd(2, 0, 0, { Vibrate: { Value: 10 } }));
    expect(await raw.reply(2)).toEqual({ Ok: { Id: 2 } });
    expect(await toy.waitForCommands(1)).toEqual(['Vibrate:10;']);

    raw.send(outputCmd(3, 0, 0, { Vibrate: { Value: 20 } }));
    toy.socket.terminate();
    expect(await expectDeviceErrorThenRemoval(raw, 3, 0)).toContain('disconnected');
    expect(server.devices).toEqual([]);
    expect(toy.commands).toEqual(['Vibrate:10;']);
  });

  it('start() rejects with one sentence when the port is taken; the engine warns once and serves clients', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as AddressInfo).port;
    try {
      const logger = recordingLogger();
      const dcm = new WebsocketDeviceDcm({ port, deviceNames: () => [] });
      const engine = startEngine({ server: { deviceCommunicationManagers: [dcm], logger } });
      const client = await engine.connectClient();
      const reason = `The device WebSocket server is not available: port ${port} on 127.0.0.1 is already in use.`;
      await waitFor(() => logger.find('warn', '').length > 0);
      expect(logger.find('warn', '')).toEqual([
        expect.objectContaining({
          message: expect.stringContaining(reason),
          fields: expect.objectContaining({ reason }),
        }),
      ]);
      await client.startScanning();
      await client.requestDeviceList();
      expect(client.connected).toBe(true);
    } finally {
      blocker.close();
    }
  });
});
