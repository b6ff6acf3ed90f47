import { describe, expect, it } from 'vitest';
import type { AnyActorRef } from 'xstate';
import { DEVICE_GROUP_CAPACITY } from '../../machines/deviceGroupMachine.js';
import { scanFor, startEngine } from '../support/engine.js';

describe('StopCmd for every device', () => {
  it('is answered once every device has written its stop', async () => {
    const engine = startEngine({
      dcm: {
        devices: [
          { name: 'LVS-Edge', address: 'EDGE', messageGapMs: 30 },
          { name: 'LVS-Nora', address: 'NORA', messageGapMs: 30 },
        ],
      },
    });
    const client = await engine.connectClient();
    const [edge, nora] = await scanFor(client, 2);
    await edge!.vibrate(1);
    await nora!.vibrate(1);
    await client.stopAllDevices();
    expect(engine.dcm.hardware('EDGE')!.writtenText.slice(-2)).toEqual(['Vibrate1:0;', 'Vibrate2:0;']);
    const noraWrites = engine.dcm.hardware('NORA')!.writtenText;
    expect(noraWrites.slice(noraWrites.lastIndexOf('Vibrate:20;') + 1)).toContain('Vibrate:0;');
  });

  it('reaches every device when they fill more than one device group, and so does shutting down', async () => {
    const devices = Array.from({ length: DEVICE_GROUP_CAPACITY + 6 }, (_, i) => ({
      name: 'LVS-Edge',
      address: `EDGE${i}`,
    }));
    const engine = startEngine({ dcm: { devices } });
    const client = await engine.connectClient();
    const found = await scanFor(client, devices.length);
    const manager = engine.server.actor.getSnapshot().children['deviceManager'] as AnyActorRef;
    const groups = Object.keys(manager.getSnapshot().children).filter((id) => id.startsWith('deviceGroup-'));
    expect(groups).toHaveLength(2);
    const lastTwo = (address: string) => engine.dcm.hardware(address)!.writtenText.slice(-2);
    await Promise.all(found.map((device) => device.vibrate(0.5)));
    expect(devices.every(({ address }) => lastTwo(address)[1] === 'Vibrate2:10;')).toBe(true);
    await client.stopAllDevices();
    for (const { address } of devices) expect(lastTwo(address)).toEqual(['Vibrate1:0;', 'Vibrate2:0;']);
    await Promise.all(found.map((device) => device.vibrate(0.5)));
    await engine.server.shutdown();
    for (const { address } of devices) {
      expect(lastTwo(address)).toEqual(['Vibrate1:0;', 'Vibrate2:0;']);
      expect(engine.dcm.hardware(address)!.connected).toBe(false);
    }
  });

  it('is answered at once when there is no device, and leaves nothing behind', async () => {
    const engine = startEngine({ dcm: { devices: [{ name: 'LVS-Edge', address: 'EDGE' }] } });
    const client = await engine.connectClient();
    await client.stopAllDevices();
    await scanFor(client);
    const manager = engine.server.actor.getSnapshot().children['deviceManager'] as AnyActorRef;
    const childCount = () => Object.keys(manager.getSnapshot().children).length;
    const before = childCount();
    for (let i = 0; i < 5; i++) await client.stopAllDevices();
    expect(childCount()).toBe(before);
  });
});
