/**
 * Interop: the published `buttplug` npm client (spec v4, 5.x) drives our engine over a real WebSocket,
 * exactly as an application written for Intiface Engine would.
 */
import {
  ButtplugClient as OfficialClient,
  ButtplugNodeWebsocketClientConnector,
  DeviceOutput,
  InputType,
  OutputType,
  type ButtplugClientDevice as OfficialDevice,
} from 'buttplug';
import { describe, expect, it } from 'vitest';
import { onCleanup, waitFor } from '../support/engine.js';
import { startWebSocketEngine } from '../support/transports.js';

const devices = {
  dcm: {
    devices: [
      { name: 'LVS-Edge', address: 'EDGE' },
      { name: 'LVS-SolacePro', address: 'SOLACE' },
    ],
  },
};

const connectOfficial = async (url: string) => {
  const client = new OfficialClient('official interop client');
  await client.connect(new ButtplugNodeWebsocketClientConnector(url));
  onCleanup(async () => {
    if (client.connected) await client.disconnect().catch(() => {});
  });
  return client;
};

const scanOfficial = async (client: OfficialClient, count: number): Promise<OfficialDevice[]> => {
  const added: OfficialDevice[] = [];
  const all = new Promise<void>((resolve) =>
    client.on('deviceadded', (device: OfficialDevice) => {
      added.push(device);
      if (added.length === count) resolve();
    }),
  );
  await client.startScanning();
  await all;
  return [...added].sort((a, b) => a.index - b.index);
};

describe('the official buttplug client (npm, spec v4) against our engine over WebSocket', () => {
  it('connects, scans, drives, reads and stops devices, then disconnects', async () => {
    const engine = await startWebSocketEngine(devices);
    const client = await connectOfficial(engine.url);
    expect(client.connected).toBe(true);
    expect(client.serverInfo).toMatchObject({ protocolVersionMajor: 4, maxPingTime: 0 });

    const [edge, solace] = await scanOfficial(client, 2);
    expect(edge!.name).toBe('Lovense Edge');
    expect(solace!.name).toBe('Lovense Solace Pro');
    const edgeFeatures = [...edge!.features.values()];
    expect(
      edgeFeatures.filter((f) => f.hasOutput(OutputType.Vibrate)).map((f) => f.output(OutputType.Vibrate)!.valueRange),
    ).toEqual([
      [0, 20],
      [0, 20],
    ]);
    // (Feature-level checks: the client's device-level hasInput/hasOutput need Node 22's iterator helpers.)
    expect(edgeFeatures.some((f) => f.hasInput(InputType.Battery))).toBe(true);
    expect([...solace!.features.values()].some((f) => f.hasOutput(OutputType.HwPositionWithDuration))).toBe(true);

    const edgeHardware = engine.dcm.hardware('EDGE')!;
    const solaceHardware = engine.dcm.hardware('SOLACE')!;
    await edge!.runOutput(DeviceOutput.Vibrate.percent(0.5));
    expect(edgeHardware.writtenText.slice(-2).sort()).toEqual(['Vibrate1:10;', 'Vibrate2:10;']);

    await solace!.runOutput(DeviceOutput.HwPositionWithDuration.percent(1, 200));
    await waitFor(() => solaceHardware.writtenText.includes('FSetSite:100;'), 1_000, 'the stroke to reach the top');

    expect(await edge!.battery()).toBe(87);

    await edge!.stop();
    expect(edgeHardware.writtenText.slice(-2)).toEqual(['Vibrate1:0;', 'Vibrate2:0;']);

    await edge!.runOutput(DeviceOutput.Vibrate.percent(1));
    await client.stopAllDevices();
    expect(edgeHardware.writtenText.slice(-2)).toEqual(['Vibrate1:0;', 'Vibrate2:0;']);

    await client.disconnect();
    expect(client.connected).toBe(false);
    await waitFor(() => engine.transport.sessionCount === 0, 2_000, 'the session to end');
  });

  it('a second official client can connect after the first left, and sees the devices', async () => {
    const engine = await startWebSocketEngine(devices);
    const first = await connectOfficial(engine.url);
    await scanOfficial(first, 2);
    await first.disconnect();
    await waitFor(() => engine.transport.sessionCount === 0, 2_000, 'the first session to end');
    const second = await connectOfficial(engine.url);
    expect([...second.devices.values()].map((device) => device.name).sort()).toEqual([
      'Lovense Edge',
      'Lovense Solace Pro',
    ]);
  });

  it('a second official client while one is connected is refused with the busy message', async () => {
    const engine = await startWebSocketEngine(devices);
    await connectOfficial(engine.url);
    const second = new OfficialClient('second');
    await expect(second.connect(new ButtplugNodeWebsocketClientConnector(engine.url))).rejects.toThrow(/busy/);
    expect(engine.transport.sessionCount).toBe(1);
  });
});
