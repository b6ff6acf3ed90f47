/**
 * Interop with the published buttplug-js 3.2.2 client (spec v3) over a real WebSocket: what apps
 * built on it see, and what the devices really receive.
 */
import {
  ActuatorType,
  ButtplugClient,
  ButtplugNodeWebsocketClientConnector,
  ScalarSubcommand,
  type ButtplugClientDevice,
} from 'buttplug-v3';
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '../support/engine.js';
import { startWebSocketEngine } from '../support/transports.js';

const clients: ButtplugClient[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) if (client.connected) await client.disconnect();
});

const connectV3Client = async (url: string): Promise<ButtplugClient> => {
  const client = new ButtplugClient('buttplug-js 3.2.2');
  clients.push(client);
  await client.connect(new ButtplugNodeWebsocketClientConnector(url));
  return client;
};

/** Scans until the client has heard DeviceAdded for `count` devices. */
const scan = async (client: ButtplugClient, count: number): Promise<Map<string, ButtplugClientDevice>> => {
  const added: ButtplugClientDevice[] = [];
  client.on('deviceadded', (device: ButtplugClientDevice) => added.push(device));
  await client.startScanning();
  await waitFor(() => added.length >= count, 3_000, `${count} DeviceAdded`);
  return new Map(added.map((device) => [device.name, device]));
};

const devices = [
  { name: 'LVS-Edge', address: 'EDGE' },
  { name: 'LVS-Nora', address: 'NORA' },
  { name: 'LVS-SexMachine', address: 'MACHINE' },
  { name: 'LVS-SolacePro', address: 'SOLACE' },
  { name: 'LVS-Max', address: 'MAX' },
];

describe('buttplug-js 3.2.2 (spec v3) over WebSocket', () => {
  it('connects, scans, and drives every kind of output; battery, stops and disconnect work', async () => {
    const engine = await startWebSocketEngine({ dcm: { devices } });
    const client = await connectV3Client(engine.url);
    expect(client.connected).toBe(true);

    const found = await scan(client, devices.length);
    expect([...found.keys()].sort()).toEqual([
      'Lovense Edge',
      'Lovense Max',
      'Lovense Nora',
      'Lovense Sex Machine',
      'Lovense Solace Pro',
    ]);
    const written = (address: string) => engine.dcm.hardware(address)!.writtenText.filter((t) => t !== 'DeviceType;');

    const edge = found.get('Lovense Edge')!;
    expect(edge.vibrateAttributes.map((a) => a.StepCount)).toEqual([20, 20]);
    await edge.vibrate([0.5, 0.25]);
    expect(written('EDGE')).toEqual(['Vibrate1:10;', 'Vibrate2:5;']);

    const machine = found.get('Lovense Sex Machine')!;
    expect(machine.oscillateAttributes).toHaveLength(1);
    await machine.oscillate(0.51);
    // 20 steps * 0.51 = 10.2, rounded up as the reference does.
    expect(written('MACHINE')).toEqual(['Vibrate:11;']);

    const nora = found.get('Lovense Nora')!;
    expect(nora.rotateAttributes).toHaveLength(1);
    await nora.rotate(0.5, true);
    await nora.rotate(0.25, false);
    expect(written('NORA')).toEqual(['Rotate:10;', 'RotateChange;', 'Rotate:5;']);

    const solace = found.get('Lovense Solace Pro')!;
    expect(solace.linearAttributes.map((a) => a.StepCount)).toEqual([100]);
    await solace.linear(0.5, 300);
    await waitFor(() => written('SOLACE').length === 3, 1_000, 'the stroke to play');
    expect(written('SOLACE')).toEqual(['FSetSite:17;', 'FSetSite:33;', 'FSetSite:50;']);

    const max = found.get('Lovense Max')!;
    await max.scalar(new ScalarSubcommand(1, 0.5, ActuatorType.Constrict));
    await max.vibrate(1);
    expect(written('MAX')).toEqual(['Air:Level:2;', 'Vibrate:20;']);

    expect(edge.hasBattery).toBe(true);
    expect(await edge.battery()).toBe(0.87);
    expect(written('EDGE').at(-1)).toBe('Battery;');

    await edge.stop();
    expect(written('EDGE').slice(-2)).toEqual(['Vibrate1:0;', 'Vibrate2:0;']);

    await client.stopAllDevices();
    // StopAllDevices is answered once every device has its stop queued; the writes follow.
    const stopped = () => [written('NORA').slice(-2), written('MACHINE').slice(-1), written('MAX').slice(-2)];
    const expected = [['Vibrate:0;', 'Rotate:0;'], ['Vibrate:0;'], ['Vibrate:0;', 'Air:Level:0;']];
    await waitFor(() => JSON.stringify(stopped()) === JSON.stringify(expected), 1_000).catch(() => undefined);
    expect(stopped()).toEqual(expected);

    await client.disconnect();
    expect(client.connected).toBe(false);
  });

  it('refuses what a device cannot do with a device error', async () => {
    const engine = await startWebSocketEngine({ dcm: { devices: [{ name: 'LVS-Edge', address: 'EDGE' }] } });
    const client = await connectV3Client(engine.url);
    const edge = (await scan(client, 1)).get('Lovense Edge')!;
    await expect(edge.scalar(new ScalarSubcommand(5, 0.5, ActuatorType.Vibrate))).rejects.toMatchObject({
      errorClass: 4,
    });
    await expect(edge.scalar(new ScalarSubcommand(0, 0.5, ActuatorType.Oscillate))).rejects.toMatchObject({
      errorClass: 4,
    });
  });

  it('hears devices come and go while connected', async () => {
    const engine = await startWebSocketEngine({
      dcm: { devices: [{ name: 'LVS-Edge', address: 'EDGE' }], finiteScan: false },
    });
    const client = await connectV3Client(engine.url);
    await scan(client, 1);
    const removed: string[] = [];
    client.on('deviceremoved', (device: ButtplugClientDevice) => removed.push(device.name));

    engine.dcm.addDevice({ name: 'LVS-Nora', address: 'NORA' });
    await waitFor(() => client.devices.length === 2, 2_000, 'the Nora to be added');
    const nora = client.devices.find((d) => d.name === 'Lovense Nora')!;
    await nora.vibrate(0.5);
    expect(engine.dcm.hardware('NORA')!.writtenText.at(-1)).toBe('Vibrate:10;');

    engine.dcm.hardware('EDGE')!.drop('out of range');
    await waitFor(() => removed.length === 1, 2_000, 'the Edge to be removed');
    expect(removed).toEqual(['Lovense Edge']);
    expect(client.devices.map((d) => d.name)).toEqual(['Lovense Nora']);
  });

  it('a client that goes away stops its devices', async () => {
    const engine = await startWebSocketEngine({ dcm: { devices: [{ name: 'LVS-Edge', address: 'EDGE' }] } });
    const client = await connectV3Client(engine.url);
    const edge = (await scan(client, 1)).get('Lovense Edge')!;
    await edge.vibrate(1);
    await client.disconnect();
    const hardware = engine.dcm.hardware('EDGE')!;
    await waitFor(() => hardware.writtenText.includes('Vibrate2:0;'), 1_000, 'stop after disconnect');
  });
});
