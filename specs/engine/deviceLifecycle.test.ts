import { describe, expect, it } from 'vitest';
import type { ButtplugClientDevice } from '../../actors/client/clientDevice.js';
import { ErrorCode } from '../../protocols/buttplug/errorCodes.js';
import { scanFor, startEngine, waitFor } from '../support/engine.js';
import { handshakeV4, rawSession } from '../support/rawSession.js';

describe('devices coming and going', () => {
  it('a device that drops mid-command: ERROR_DEVICE, then a DeviceList without it, then its old index when it returns', async () => {
    const engine = startEngine({ dcm: { devices: [{ name: 'LVS-Edge', address: 'EDGE' }], finiteScan: false } });
    const raw = rawSession(engine.server);
    raw.send(handshakeV4(1));
    await raw.reply(1);
    raw.send('[{"StartScanning":{"Id":2}}]');
    await raw.waitFor((m) => 'DeviceList' in m);
    const hardware = engine.dcm.hardware('EDGE')!;

    hardware.pauseWrites();
    raw.send('[{"OutputCmd":{"Id":3,"DeviceIndex":0,"FeatureIndex":0,"Command":{"Vibrate":{"Value":10}}}}]');
    await new Promise((resolve) => setTimeout(resolve, 10));
    hardware.drop('out of range');

    const error = await raw.reply(3);
    expect(error).toMatchObject({
      Error: { Id: 3, ErrorCode: ErrorCode.Device, ErrorMessage: expect.stringContaining('disconnected') },
    });
    const errorAt = raw.received.indexOf(error);
    const emptyList = await raw.waitFor(
      (m) => 'DeviceList' in m && Object.keys(m['DeviceList']!['Devices'] as object).length === 0,
    );
    expect(raw.received.indexOf(emptyList)).toBeGreaterThan(errorAt);

    // Commands to the index now fail at once.
    raw.send('[{"OutputCmd":{"Id":4,"DeviceIndex":0,"FeatureIndex":0,"Command":{"Vibrate":{"Value":10}}}}]');
    expect(await raw.reply(4)).toMatchObject({ Error: { ErrorCode: ErrorCode.Device } });

    // It comes back (still scanning): same index.
    const back = engine.dcm.nextConnection('EDGE');
    engine.dcm.addDevice({ name: 'LVS-Edge', address: 'EDGE' });
    await back;
    const lists = () => raw.received.filter((m) => 'DeviceList' in m);
    await waitFor(() => lists().length === 3, 2_000, 'DeviceList after return');
    expect(Object.keys(lists()[2]!['DeviceList']!['Devices'] as object)).toEqual(['0']);
  });

  it('indexes are stable: a new device takes the lowest index never used, a returning one gets its own', async () => {
    const engine = startEngine({
      dcm: {
        devices: [
          { name: 'LVS-Edge', address: 'A' },
          { name: 'LVS-Nora', address: 'B' },
        ],
        finiteScan: false,
      },
    });
    const client = await engine.connectClient();
    await scanFor(client, 2);
    const byName = () => Object.fromEntries(client.devices.map((d) => [d.name, d.index]));
    expect(byName()).toEqual({ 'Lovense Edge': 0, 'Lovense Nora': 1 });

    engine.dcm.hardware('A')!.drop();
    await waitFor(() => client.devices.length === 1);
    engine.dcm.addDevice({ name: 'LVS-Max', address: 'C' });
    await waitFor(() => client.devices.length === 2);
    expect(byName()).toEqual({ 'Lovense Nora': 1, 'Lovense Max': 2 });

    engine.dcm.addDevice({ name: 'LVS-Edge', address: 'A' });
    await waitFor(() => client.devices.length === 3);
    expect(byName()).toEqual({ 'Lovense Edge': 0, 'Lovense Nora': 1, 'Lovense Max': 2 });
  });

  it('announces adds and removes with the whole DeviceList (Id 0), one per tick however many changed, equal to the engine table', async () => {
    const engine = startEngine({
      dcm: {
        devices: [
          { name: 'LVS-Edge', address: 'A' },
          { name: 'LVS-Nora', address: 'B' },
          { name: 'LVS-Max', address: 'C' },
        ],
      },
    });
    const raw = rawSession(engine.server);
    raw.send(handshakeV4(1));
    await raw.reply(1);
    raw.send('[{"StartScanning":{"Id":2}}]');
    const lists = () => raw.received.filter((m) => 'DeviceList' in m).map((m) => m['DeviceList']!);
    const sizes = () => lists().map((l) => [l['Id'], Object.keys(l['Devices'] as object).length]);
    const lastSize = () => sizes().at(-1)?.[1];
    await waitFor(() => lastSize() === 3);
    // Devices become ready in whichever turns their handshakes end: at most one list per device, growing.
    const added = sizes();
    expect(added.length).toBeLessThanOrEqual(3);
    expect(added.every(([id], i) => id === 0 && (i === 0 || added[i - 1]![1]! < added[i]![1]!))).toBe(true);
    // Two drops in one turn: one list, not one per drop.
    engine.dcm.hardware('B')!.drop();
    engine.dcm.hardware('C')!.drop();
    await waitFor(() => lastSize() === 1);
    for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setImmediate(resolve));
    expect(sizes().slice(added.length)).toEqual([[0, 1]]);
    expect(Object.values(lists().at(-1)!['Devices'] as object)).toEqual(engine.server.devices);
  });

  it('a write failure answers the command with ERROR_DEVICE and the device keeps working', async () => {
    const engine = startEngine({ dcm: { devices: [{ name: 'LVS-Edge', address: 'A' }] } });
    const client = await engine.connectClient();
    const [edge] = await scanFor(client);
    engine.dcm.hardware('A')!.failWrites(1, 'radio hiccup');
    await expect(edge!.vibrate(0.5)).rejects.toMatchObject({
      code: ErrorCode.Device,
      message: expect.stringContaining('radio hiccup'),
    });
    // The failed value is not remembered as written, so the same command goes out again.
    await edge!.vibrate(0.5);
    expect(engine.dcm.hardware('A')!.writtenText.slice(-2)).toEqual(['Vibrate1:10;', 'Vibrate2:10;']);
  });

  it('no hardware write follows a stop when the session ends with commands pending', async () => {
    const engine = startEngine({
      dcm: { devices: [{ name: 'LVS-Edge', address: 'A', messageGapMs: 300 }] },
    });
    const client = await engine.connectClient();
    const [edge] = (await scanFor(client)) as ButtplugClientDevice[];
    await edge!.vibrate(0.1);
    // Inside the gap (300 ms, so that a loaded machine still sends these within it): they wait in the queue...
    void edge!.vibrate(0.6).catch(() => {});
    void edge!.vibrate(0.9).catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 5));
    // ...and the client leaves before the gap ends.
    await client.disconnect();
    const hardware = engine.dcm.hardware('A')!;
    await waitFor(() => hardware.writtenText.includes('Vibrate2:0;'), 1_000);
    // Past the end of the gap, when the queued values would have gone out.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(hardware.writtenText.slice(1)).toEqual(['Vibrate1:2;', 'Vibrate2:2;', 'Vibrate1:0;', 'Vibrate2:0;']);
  });
});
