import { describe, expect, it } from 'vitest';
import type { InspectionEvent } from 'xstate';
import { ButtplugServer } from '../../actors/engine/buttplugServer.js';
import { ButtplugClient } from '../../actors/client/buttplugClient.js';
import { SimulatedDcm } from '../../hardware/simulated/simulatedDcm.js';
import { EmbeddedConnector } from '../../transports/embeddedConnector.js';
import { scanFor, startEngine } from '../support/engine.js';

describe('the engine as an actor system', () => {
  it('lets an inspector observe every actor: server, session, ping timer, device manager, DCM and device', async () => {
    const events: InspectionEvent[] = [];
    const engine = startEngine({
      dcm: { devices: [{ name: 'LVS-Edge' }] },
      // A server that asks for pings: its sessions have a ping timer (the client pings in time).
      server: { inspect: (event) => events.push(event), maxPingTime: 10_000 },
    });
    const client = await engine.connectClient();
    const [edge] = await scanFor(client);
    await edge!.vibrate(0.5);

    const machineIds = new Set(
      events
        .filter((e) => e.type === '@xstate.snapshot')
        .map((e) => (e.actorRef as { logic?: { id?: string } }).logic?.id)
        .filter(Boolean),
    );
    expect([...machineIds].sort()).toEqual(
      expect.arrayContaining(['dcm', 'device', 'deviceManager', 'pingTimer', 'server', 'session']),
    );
    // Snapshots carry the statechart state, so a visualizer can draw where each actor is.
    const deviceStates = events
      .filter(
        (e) => e.type === '@xstate.snapshot' && (e.actorRef as { logic?: { id?: string } }).logic?.id === 'device',
      )
      .map((e) => JSON.stringify((e as unknown as { snapshot: { value: unknown } }).snapshot.value));
    // The connection steps are states of the device, visible as it goes through them.
    expect(deviceStates).toContain('{"connecting":"opening"}');
    expect(deviceStates).toContain('{"connecting":{"linked":"awaitingDefinition"}}');
    expect(deviceStates).toContain('{"connecting":{"linked":"initializing"}}');
    expect(deviceStates.some((state) => state.includes('"writing"'))).toBe(true);
  });

  it('runs independent engines side by side in one process', async () => {
    const dcmA = new SimulatedDcm({ devices: [{ name: 'LVS-Edge', address: 'A' }] });
    const dcmB = new SimulatedDcm({ devices: [{ name: 'LVS-Nora', address: 'B' }] });
    const serverA = new ButtplugServer({ serverName: 'A', deviceCommunicationManagers: [dcmA] });
    const serverB = new ButtplugServer({ serverName: 'B', deviceCommunicationManagers: [dcmB] });
    const clientA = new ButtplugClient('a');
    const clientB = new ButtplugClient('b');
    try {
      await clientA.connect(new EmbeddedConnector(serverA));
      await clientB.connect(new EmbeddedConnector(serverB));
      const [edge] = await scanFor(clientA);
      const [nora] = await scanFor(clientB);
      expect([clientA.serverInfo?.ServerName, edge!.name]).toEqual(['A', 'Lovense Edge']);
      expect([clientB.serverInfo?.ServerName, nora!.name]).toEqual(['B', 'Lovense Nora']);
      await clientA.stopAllDevices();
      await clientB.disconnect();
      await serverB.shutdown();
      // Shutting B down leaves A serving.
      await edge!.vibrate(1);
      expect(dcmA.hardware('A')!.writtenText.at(-1)).toBe('Vibrate2:20;');
    } finally {
      await clientA.disconnect();
      await serverA.shutdown();
      await serverB.shutdown();
    }
  });

  it('accepts already-parsed frames and hands back message objects (the embedding API)', async () => {
    const server = new ButtplugServer({ serverName: 'embedded' });
    const sent: unknown[] = [];
    const session = server.connect({ send: (messages) => sent.push(...messages), close: () => {} });
    session.receive([
      { RequestServerInfo: { Id: 1, ClientName: 'host', ProtocolVersionMajor: 4, ProtocolVersionMinor: 0 } },
    ]);
    session.receive([{ Ping: { Id: 2 } }, { RequestDeviceList: { Id: 3 } }]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(sent).toEqual([
      {
        type: 'ServerInfo',
        Id: 1,
        ServerName: 'embedded',
        ProtocolVersionMajor: 4,
        ProtocolVersionMinor: 0,
        MaxPingTime: 0,
      },
      { type: 'Ok', Id: 2 },
      { type: 'DeviceList', Id: 3, Devices: {} },
    ]);
    await server.shutdown();
  });

  it('shutdown stops every device and closes every session', async () => {
    const engine = startEngine({ dcm: { devices: [{ name: 'LVS-Edge', address: 'A' }] } });
    const client = await engine.connectClient();
    const [edge] = await scanFor(client);
    await edge!.vibrate(1);
    const disconnected = new Promise<void>((resolve) => client.once('disconnect', () => resolve()));
    const started = Date.now();
    await engine.server.shutdown();
    await disconnected;
    expect(Date.now() - started).toBeLessThan(2_000);
    const hardware = engine.dcm.hardware('A')!;
    expect(hardware.writtenText.slice(-2)).toEqual(['Vibrate1:0;', 'Vibrate2:0;']);
    expect(hardware.connected).toBe(false);
  });
});
