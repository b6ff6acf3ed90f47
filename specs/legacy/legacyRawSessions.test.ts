/**
 * Hand-written sessions in raw frames, as apps of spec v0, v1 and v2 wrote them: handshake, device
 * list, a vibrate. And device hotplug seen by a v3 and a v4 client at once.
 */
import { describe, expect, it } from 'vitest';
import { startEngine, waitFor } from '../support/engine.js';
import { frameClient } from '../support/frameClient.js';

const edgeOnly = { dcm: { devices: [{ name: 'LVS-Edge', address: 'EDGE' }] } };

describe('a spec v0 session', () => {
  it('handshakes, lists the device, vibrates it with SingleMotorVibrateCmd and stops it', async () => {
    const engine = startEngine(edgeOnly);
    const client = frameClient(engine.server);
    client.send({ RequestServerInfo: { Id: 1, ClientName: 'v0 app' } });
    expect(await client.reply(1)).toEqual({
      name: 'ServerInfo',
      body: {
        Id: 1,
        ServerName: 'Buttplug Actors',
        MessageVersion: 0,
        MajorVersion: 0,
        MinorVersion: 0,
        BuildVersion: 0,
        MaxPingTime: 0,
      },
    });

    client.send({ StartScanning: { Id: 2 } });
    expect((await client.reply(2)).name).toBe('Ok');
    const added = await client.event('DeviceAdded');
    expect(added.body).toEqual({
      Id: 0,
      DeviceIndex: 0,
      DeviceName: 'Lovense Edge',
      DeviceMessages: ['SingleMotorVibrateCmd', 'StopDeviceCmd'],
    });

    client.send({ RequestDeviceList: { Id: 3 } });
    expect((await client.reply(3)).body).toEqual({
      Id: 3,
      Devices: [
        { DeviceIndex: 0, DeviceName: 'Lovense Edge', DeviceMessages: ['SingleMotorVibrateCmd', 'StopDeviceCmd'] },
      ],
    });

    client.send({ SingleMotorVibrateCmd: { Id: 4, DeviceIndex: 0, Speed: 0.5 } });
    expect((await client.reply(4)).name).toBe('Ok');
    client.send({ VibrateCmd: { Id: 5, DeviceIndex: 0, Speeds: [{ Index: 0, Speed: 1 }] } });
    expect((await client.reply(5)).body).toMatchObject({ ErrorCode: 3 });
    client.send({ StopDeviceCmd: { Id: 6, DeviceIndex: 0 } });
    expect((await client.reply(6)).name).toBe('Ok');

    expect(engine.dcm.hardware('EDGE')!.writtenText).toEqual([
      'DeviceType;',
      'Vibrate1:10;',
      'Vibrate2:10;',
      'Vibrate1:0;',
      'Vibrate2:0;',
    ]);
  });
});

describe('a spec v1 session', () => {
  it('handshakes, lists devices with feature counts, vibrates two motors with one VibrateCmd', async () => {
    const engine = startEngine(edgeOnly);
    const client = frameClient(engine.server);
    client.send({ RequestServerInfo: { Id: 1, ClientName: 'v1 app', MessageVersion: 1 } });
    expect((await client.reply(1)).body).toMatchObject({
      MessageVersion: 1,
      MajorVersion: 0,
      MinorVersion: 0,
      BuildVersion: 0,
    });

    client.send({ StartScanning: { Id: 2 } });
    await client.reply(2);
    await client.event('DeviceAdded');
    client.send({ RequestDeviceList: { Id: 3 } });
    expect((await client.reply(3)).body).toEqual({
      Id: 3,
      Devices: [
        {
          DeviceIndex: 0,
          DeviceName: 'Lovense Edge',
          DeviceMessages: { VibrateCmd: { FeatureCount: 2 }, SingleMotorVibrateCmd: {}, StopDeviceCmd: {} },
        },
      ],
    });

    client.send({
      VibrateCmd: {
        Id: 4,
        DeviceIndex: 0,
        Speeds: [
          { Index: 1, Speed: 0.25 },
          { Index: 0, Speed: 0.75 },
        ],
      },
    });
    expect(await client.reply(4)).toEqual({ name: 'Ok', body: { Id: 4 } });
    expect(engine.dcm.hardware('EDGE')!.writtenText.slice(1)).toEqual(['Vibrate1:15;', 'Vibrate2:5;']);
  });
});

describe('a spec v2 session', () => {
  it('handshakes, lists devices with step counts, vibrates, reads the battery, stops everything', async () => {
    const engine = startEngine(edgeOnly);
    const client = frameClient(engine.server);
    client.send({ RequestServerInfo: { Id: 1, ClientName: 'v2 app', MessageVersion: 2 } });
    expect((await client.reply(1)).body).toEqual({
      Id: 1,
      ServerName: 'Buttplug Actors',
      MessageVersion: 2,
      MaxPingTime: 0,
    });

    client.send({ StartScanning: { Id: 2 } });
    await client.reply(2);
    await client.event('DeviceAdded');
    client.send({ RequestDeviceList: { Id: 3 } });
    expect((await client.reply(3)).body).toEqual({
      Id: 3,
      Devices: [
        {
          DeviceIndex: 0,
          DeviceName: 'Lovense Edge',
          DeviceMessages: {
            VibrateCmd: { FeatureCount: 2, StepCount: [20, 20] },
            BatteryLevelCmd: {},
            StopDeviceCmd: {},
          },
        },
      ],
    });

    client.send({ VibrateCmd: { Id: 4, DeviceIndex: 0, Speeds: [{ Index: 0, Speed: 0.5 }] } });
    expect((await client.reply(4)).name).toBe('Ok');
    client.send({ BatteryLevelCmd: { Id: 5, DeviceIndex: 0 } });
    expect(await client.reply(5)).toEqual({
      name: 'BatteryLevelReading',
      body: { Id: 5, DeviceIndex: 0, BatteryLevel: 0.87 },
    });
    client.send({ StopAllDevices: { Id: 6 } });
    expect((await client.reply(6)).name).toBe('Ok');

    const hardware = engine.dcm.hardware('EDGE')!;
    await waitFor(() => hardware.writtenText.length === 5, 1_000).catch(() => undefined);
    expect(hardware.writtenText).toEqual(['DeviceType;', 'Vibrate1:10;', 'Battery;', 'Vibrate1:0;', 'Vibrate2:0;']);
  });
});

describe('devices coming and going', () => {
  it('reach a v3 client as DeviceAdded / DeviceRemoved while a v4 client on the same server gets DeviceList', async () => {
    // The scan runs until stopped, so a device added later is found.
    const engine = startEngine({ dcm: { ...edgeOnly.dcm, finiteScan: false } });
    const v3 = frameClient(engine.server);
    const v4 = frameClient(engine.server);
    v3.send({ RequestServerInfo: { Id: 1, ClientName: 'v3 app', MessageVersion: 3 } });
    v4.send({ RequestServerInfo: { Id: 1, ClientName: 'v4 app', ProtocolVersionMajor: 4, ProtocolVersionMinor: 0 } });
    await v3.reply(1);
    await v4.reply(1);

    v3.send({ StartScanning: { Id: 2 } });
    await v3.reply(2);
    expect((await v3.event('DeviceAdded')).body).toMatchObject({ DeviceIndex: 0, DeviceName: 'Lovense Edge' });
    expect(Object.keys((await v4.event('DeviceList')).body['Devices'] as object)).toEqual(['0']);

    // Hotplug: a device appears...
    engine.dcm.addDevice({ name: 'LVS-Nora', address: 'NORA' });
    expect((await v3.event('DeviceAdded')).body).toMatchObject({
      DeviceIndex: 1,
      DeviceName: 'Lovense Nora',
      DeviceMessages: { RotateCmd: [{ ActuatorType: 'Rotate', StepCount: 20 }] },
    });
    expect(Object.keys((await v4.event('DeviceList')).body['Devices'] as object).sort()).toEqual(['0', '1']);

    // ... and the first one goes away.
    engine.dcm.hardware('EDGE')!.drop('out of range');
    expect((await v3.event('DeviceRemoved')).body).toEqual({ Id: 0, DeviceIndex: 0 });
    expect(Object.keys((await v4.event('DeviceList')).body['Devices'] as object)).toEqual(['1']);

    // The v3 client heard exactly one message per change.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(v3.received.filter((m) => m.name === 'DeviceAdded' || m.name === 'DeviceRemoved')).toEqual([]);
    expect(v4.received.filter((m) => m.name === 'DeviceAdded' || m.name === 'DeviceRemoved')).toEqual([]);
  });
});
