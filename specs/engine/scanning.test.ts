import { describe, expect, it } from 'vitest';
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
