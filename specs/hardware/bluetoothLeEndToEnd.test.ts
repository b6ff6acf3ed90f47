import { describe, expect, it } from 'vitest';
import { BluetoothLeDcm } from '../../hardware/bluetoothLe/bluetoothLeDcm.js';
import { FakeBleAdapter } from '../../hardware/bluetoothLe/testing/fakeBleAdapter.js';
import { addFakeLovense } from '../../hardware/bluetoothLe/testing/fakeLovensePeripheral.js';
import type { DeviceTimeouts } from '../../machines/device/deviceTypes.js';
import { expectDeviceError } from '../support/deviceFailure.js';
import { scanFor, serveWith, waitFor } from '../support/engine.js';

const quickReconnect: Partial<DeviceTimeouts> = {
  reconnectWindowMs: 500,
  reconnectFirstDelayMs: 20,
  reconnectMaxDelayMs: 100,
};

const startBleEngine = (adapter: FakeBleAdapter, deviceTimeouts: Partial<DeviceTimeouts> = quickReconnect) =>
  serveWith(
    {
      deviceCommunicationManagers: [new BluetoothLeDcm({ bindings: adapter, operationTimeoutMs: 150 })],
      deviceTimeouts,
    },
    'ble test',
  );

/** Retries `attempt` until it succeeds (a device finishing its reconnect), for up to a second. */
const eventually = async (attempt: () => Promise<unknown>): Promise<void> => {
  for (let tries = 0; ; tries++) {
    try {
      await attempt();
      return;
    } catch (error) {
      if (tries >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
};

describe('Bluetooth LE end to end: a Lovense toy found through noble', () => {
  it('is identified, driven with the 75 ms gap, read and stopped by a client', async () => {
    const adapter = new FakeBleAdapter();
    const times: number[] = [];
    const toy = addFakeLovense(adapter, { name: 'LVS-Edge', address: '0c:82:05:9a:d3:bd', battery: 64 });
    const { client } = await startBleEngine(adapter);
    const [edge] = await scanFor(client);
    expect(edge!.name).toBe('Lovense Edge');

    await edge!.vibrate(0.5);
    times.push(Date.now());
    await edge!.vibrate(1);
    await waitFor(() => toy.writtenText.includes('Vibrate1:20;'));
    times.push(Date.now());
    expect(await edge!.battery()).toBeCloseTo(0.64);
    await edge!.stop();
    await waitFor(() => toy.writtenText.includes('Vibrate2:0;'));

    expect(toy.writtenText).toEqual([
      'DeviceType;',
      'Vibrate1:10;',
      'Vibrate2:10;',
      'Vibrate1:20;',
      'Vibrate2:20;',
      'Battery;',
      'Vibrate1:0;',
      'Vibrate2:0;',
    ]);
    // Lovense commands go without response to the tx characteristic.
    expect(
      toy.writes.every((w) => w.withoutResponse && w.characteristic === '0000fff2-0000-1000-8000-00805f9b34fb'),
    ).toBe(true);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(70);
    expect(edge!.messageTimingGap).toBe(75);
  });

  it('matches toys by manufacturer data, or by an advertised service when they advertise no name', async () => {
    const adapter = new FakeBleAdapter();
    // A name no protocol knows (it answers as a Lush), with Lovense's manufacturer data.
    const byData = addFakeLovense(adapter, {
      name: 'Toy-1234',
      manufacturerData: { company: 620, data: [0x12, 255, 33, 0x01] },
    });
    const byService = addFakeLovense(adapter, {
      name: 'LVS-Edge',
      nameless: true,
      advertisedServices: ['5a300001-0024-4bd4-bbd5-a6920e4c5653'],
    });
    adapter.addPeripheral({ name: 'Other', manufacturerData: { company: 620, data: [1, 2] }, services: {} }); // Lovense's company, not its data
    const { client } = await startBleEngine(adapter);
    const devices = await scanFor(client, 2);
    expect(devices.map((d) => d.name).sort()).toEqual(['Lovense Edge', 'Lovense Lush']);
    expect(byData.writtenText[0]).toBe('DeviceType;');
    expect(byService.writtenText[0]).toBe('DeviceType;');
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(client.devices).toHaveLength(2);
  });

  it('reconnects a toy that went out of range for a moment, keeping its index and leaving it stopped', async () => {
    const adapter = new FakeBleAdapter();
    const toy = addFakeLovense(adapter, { name: 'LVS-Edge' });
    const { client } = await startBleEngine(adapter);
    const [edge] = await scanFor(client);
    const changes: string[] = [];
    client.on('deviceadded', () => changes.push('added'));
    client.on('deviceremoved', () => changes.push('removed'));
    await edge!.vibrate(1);

    toy.setInRange(false);
    await waitFor(() => !toy.connected);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await expectDeviceError(edge!.vibrate(0.2))).message).toMatch(/reconnecting/);

    const before = toy.writes.length;
    toy.setInRange(true);
    await waitFor(() => toy.writtenText.slice(before).includes('DeviceType;'), 2_000, 're-identification');
    await eventually(() => edge!.vibrate(0.5));
    await waitFor(() => toy.writtenText.slice(before).includes('Vibrate1:10;'), 2_000, 'a command after the reconnect');
    expect(toy.writtenText.slice(before)).not.toContain('Vibrate1:20;');
    expect(changes).toEqual([]);
    expect(client.devices.map((d) => d.index)).toEqual([edge!.index]);
  });
});

describe('Bluetooth LE end to end: failures (issue item 7)', () => {
  it('a write that fails answers ERROR_DEVICE; when the link then drops for good the device leaves the DeviceList', async () => {
    const adapter = new FakeBleAdapter();
    const toy = addFakeLovense(adapter);
    const { client, server } = await startBleEngine(adapter);
    const [edge] = await scanFor(client);
    // The stack stops acknowledging (a write with response) while the toy fades away.
    toy.ignoreWrites(5);
    expect((await expectDeviceError(edge!.vibrate(1))).message).toMatch(/timed out/);

    const removed = new Promise<void>((resolve) => client.once('deviceremoved', () => resolve()));
    toy.setInRange(false);
    await removed;
    expect(client.devices).toEqual([]);
    expect(server.devices).toEqual([]);
    // The engine still serves.
    await client.requestDeviceList();
  });

  it('a disconnect under a command in flight answers ERROR_DEVICE at once, then removes the device after the reconnect window', async () => {
    const adapter = new FakeBleAdapter();
    const toy = addFakeLovense(adapter);
    const { client } = await startBleEngine(adapter);
    const [edge] = await scanFor(client);
    toy.ignoreWrites(1);
    const inFlight = edge!.vibrate(1);
    await toy.nextWrite();
    const droppedAt = Date.now();
    toy.setInRange(false);
    expect((await expectDeviceError(inFlight)).message).toMatch(/disconnected: Bluetooth link lost/);
    expect(Date.now() - droppedAt).toBeLessThan(400);
    expect(client.devices).toHaveLength(1);

    await new Promise<void>((resolve) => client.once('deviceremoved', () => resolve()));
    expect(Date.now() - droppedAt).toBeGreaterThanOrEqual(450);
    expect(client.devices).toEqual([]);
  });
});
