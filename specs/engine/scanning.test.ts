import { describe, expect, it } from 'vitest';
import { ButtplugClient } from '../../actors/client/buttplugClient.js';
import { EmbeddedConnector } from '../../transports/embeddedConnector.js';
import { ButtplugServer } from '../../actors/engine/buttplugServer.js';
import { SimulatedDcm } from '../../hardware/simulated/simulatedDcm.js';
import { handshakeV4, rawSession } from '../support/rawSession.js';

const connected = async (server: ButtplugServer) => {
  const raw = rawSession(server);
  raw.send(handshakeV4(1));
  await raw.reply(1);
  return raw;
};

const finished = (raw: ReturnType<typeof rawSession>) => raw.received.filter((m) => 'ScanningFinished' in m);

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('scanning across several device communication managers', () => {
  it('sends ScanningFinished once, when the last scanning manager has stopped', async () => {
    const finite = new SimulatedDcm({ devices: [{ name: 'LVS-Edge' }], finiteScan: true });
    const continuous = new SimulatedDcm({ devices: [{ name: 'LVS-Nora' }], finiteScan: false });
    const server = new ButtplugServer({ deviceCommunicationManagers: [finite, continuous] });
    try {
      const raw = await connected(server);
      raw.send('[{"StartScanning":{"Id":2}}]');
      expect(await raw.reply(2)).toEqual({ Ok: { Id: 2 } });
      await raw.waitFor((m) => 'DeviceList' in m && Object.keys(m['DeviceList']!['Devices'] as object).length === 2);
      await settle();
      expect(finished(raw)).toHaveLength(0);

      raw.send('[{"StartScanning":{"Id":3}}]');
      expect(await raw.reply(3)).toEqual({ Ok: { Id: 3 } });
      raw.send('[{"StopScanning":{"Id":4}}]');
      expect(await raw.reply(4)).toEqual({ Ok: { Id: 4 } });
      await raw.waitFor((m) => 'ScanningFinished' in m);
      await settle();
      expect(finished(raw)).toEqual([{ ScanningFinished: { Id: 0 } }]);

      // StopScanning when nothing scans is fine and says nothing more.
      raw.send('[{"StopScanning":{"Id":5}}]');
      expect(await raw.reply(5)).toEqual({ Ok: { Id: 5 } });
      await settle();
      expect(finished(raw)).toHaveLength(1);
    } finally {
      await server.shutdown();
    }
  });

  it('a finite scan finishes by itself; a manager that cannot work does not hold the scan up', async () => {
    const missing = new SimulatedDcm({ unavailableReason: 'no adapter here' });
    const finite = new SimulatedDcm({ devices: [{ name: 'LVS-Edge' }] });
    const server = new ButtplugServer({ deviceCommunicationManagers: [missing, finite] });
    try {
      const raw = await connected(server);
      raw.send('[{"StartScanning":{"Id":2}}]');
      await raw.waitFor((m) => 'ScanningFinished' in m);
      await raw.waitFor((m) => 'DeviceList' in m);
    } finally {
      await server.shutdown();
    }
  });

  it('with no managers at all, StartScanning is Ok and scanning finishes at once', async () => {
    const server = new ButtplugServer();
    try {
      const raw = await connected(server);
      raw.send('[{"StartScanning":{"Id":2}}]');
      expect(await raw.reply(2)).toEqual({ Ok: { Id: 2 } });
      await raw.waitFor((m) => 'ScanningFinished' in m);
    } finally {
      await server.shutdown();
    }
  });
});

describe('a manager that goes away mid-scan', () => {
  it('ends its part of the scan, so ScanningFinished still comes', async () => {
    const leaving = new SimulatedDcm({ devices: [{ name: 'LVS-Edge' }], finiteScan: false });
    const server = new ButtplugServer({ deviceCommunicationManagers: [leaving] });
    try {
      const raw = await connected(server);
      raw.send('[{"StartScanning":{"Id":2}}]');
      await raw.waitFor((m) => 'DeviceList' in m);
      await settle();
      expect(finished(raw)).toHaveLength(0);
      leaving.setAvailable(false, 'adapter switched off');
      await raw.waitFor((m) => 'ScanningFinished' in m);
    } finally {
      await server.shutdown();
    }
  });
});

describe('ScanningFinished comes after what the scan found', () => {
  const simulatedClient = async (dcm: SimulatedDcm, server: ButtplugServer) => {
    const client = new ButtplugClient('scan test', { requestTimeoutMs: 3_000 });
    await client.connect(new EmbeddedConnector(server));
    const events: string[] = [];
    client.on('deviceadded', (device) => events.push(`added ${device.name}`));
    client.on('scanningfinished', () => events.push('finished'));
    return { client, events, dcm };
  };

  it('an app that awaits ScanningFinished sees every device the scan found (a finite scan, two devices)', async () => {
    const dcm = new SimulatedDcm({ devices: [{ name: 'LVS-Edge' }, { name: 'LVS-Nora' }], finiteScan: true });
    const server = new ButtplugServer({ deviceCommunicationManagers: [dcm] });
    try {
      const { client, events } = await simulatedClient(dcm, server);
      const finished = new Promise<void>((resolve) => client.once('scanningfinished', () => resolve()));
      await client.startScanning();
      await finished;
      expect(client.devices.map((d) => d.name).sort()).toEqual(['Lovense Edge', 'Lovense Nora']);
      await settle();
      expect(events.filter((e) => e === 'finished')).toHaveLength(1);
      expect(events.at(-1)).toBe('finished');
      await client.disconnect();
    } finally {
      await server.shutdown();
    }
  });

  it('a stopped continuous scan also waits for the devices it found; a device that fails to connect does not hold it', async () => {
    const dcm = new SimulatedDcm({ devices: [{ name: 'LVS-Edge' }, { name: 'LVS-Nora' }], finiteScan: false });
    const [, nora] = dcm.addresses;
    dcm.setReachable(nora!, false);
    const server = new ButtplugServer({ deviceCommunicationManagers: [dcm] });
    try {
      const raw = await connected(server);
      // Stopped as soon as the engine opens the Edge, before it has identified the device.
      dcm.onConnect(() => raw.send('[{"StopScanning":{"Id":3}}]'));
      raw.send('[{"StartScanning":{"Id":2}}]');
      await raw.waitFor((m) => 'ScanningFinished' in m);
      const list = raw.received.filter((m) => 'DeviceList' in m);
      expect(list).toHaveLength(1);
      expect(raw.received.findIndex((m) => 'DeviceList' in m)).toBeLessThan(
        raw.received.findIndex((m) => 'ScanningFinished' in m),
      );
      expect(server.devices.map((d) => d.DeviceName)).toEqual(['Lovense Edge']);
      await settle();
      expect(finished(raw)).toHaveLength(1);
    } finally {
      await server.shutdown();
    }
  });

  it('never waits longer than the connect timeout for a device that hangs while connecting', async () => {
    // No simulator: the Lovense identification is never answered, so the device stays connecting for exchangeMs.
    const dcm = new SimulatedDcm({ devices: [{ name: 'LVS-Edge', simulator: null }], finiteScan: true });
    const server = new ButtplugServer({
      deviceCommunicationManagers: [dcm],
      deviceTimeouts: { connectMs: 150, exchangeMs: 1_000 },
    });
    try {
      const raw = await connected(server);
      const started = Date.now();
      raw.send('[{"StartScanning":{"Id":2}}]');
      await raw.waitFor((m) => 'ScanningFinished' in m);
      const waited = Date.now() - started;
      expect(waited).toBeGreaterThanOrEqual(140);
      expect(waited).toBeLessThan(2_000);
      expect(server.devices).toEqual([]);
      await settle();
      expect(finished(raw)).toHaveLength(1);
    } finally {
      await server.shutdown();
    }
  });

  it('StartScanning again while the last scan settles makes one scan with one ScanningFinished', async () => {
    const dcm = new SimulatedDcm({ devices: [{ name: 'LVS-Edge', simulator: null }], finiteScan: true });
    const server = new ButtplugServer({
      deviceCommunicationManagers: [dcm],
      deviceTimeouts: { connectMs: 300, exchangeMs: 1_000 },
    });
    try {
      const raw = await connected(server);
      raw.send('[{"StartScanning":{"Id":2}}]');
      await new Promise((resolve) => setTimeout(resolve, 50));
      raw.send('[{"StartScanning":{"Id":3}}]');
      await raw.reply(3);
      await raw.waitFor((m) => 'ScanningFinished' in m);
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(finished(raw)).toHaveLength(1);
    } finally {
      await server.shutdown();
    }
  });
});
