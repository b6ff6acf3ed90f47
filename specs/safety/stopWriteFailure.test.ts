/**
 * A stop whose write fails (found by the whole-engine model test, specs/safety/engineModel.property.test.ts):
 * the toy must not keep running. The stop is written again after the gap; if it fails
 * MAX_STOP_WRITE_ATTEMPTS times in a row the device is disconnected (its stop written once more on the
 * way out), and it may come back.
 */
import { describe, expect, it } from 'vitest';
import { MAX_STOP_WRITE_ATTEMPTS } from '../../machines/device/deviceMachine.js';
import { scanFor, startEngine, waitFor } from '../support/engine.js';

const lastLevels = (written: readonly string[]) => written.filter((text) => /^Vibrate\d:/.test(text)).slice(-2);

describe('a stop whose write fails', () => {
  it('is written again, and the device keeps working', async () => {
    const engine = startEngine({ dcm: { devices: [{ name: 'LVS-Edge', address: 'A' }] } });
    const client = await engine.connectClient();
    const [edge] = await scanFor(client);
    await edge!.vibrate(0.5);
    const hardware = engine.dcm.hardware('A')!;
    hardware.failWrites(1, 'radio hiccup');
    await expect(edge!.stop()).rejects.toThrow(/radio hiccup/);
    await waitFor(() => lastLevels(hardware.writtenText).join() === 'Vibrate1:0;,Vibrate2:0;', 1_000, 'the stop');
    expect(hardware.connected).toBe(true);
    await edge!.vibrate(0.2);
    expect(lastLevels(hardware.writtenText)).toEqual(['Vibrate1:4;', 'Vibrate2:4;']);
  });

  it('when the client leaves: written again, so nothing runs unattended', async () => {
    const engine = startEngine({ dcm: { devices: [{ name: 'LVS-Edge', address: 'A' }] } });
    const client = await engine.connectClient();
    const [edge] = await scanFor(client);
    await edge!.vibrate(0.5);
    const hardware = engine.dcm.hardware('A')!;
    hardware.failWrites(1, 'radio hiccup');
    await client.disconnect();
    await waitFor(() => lastLevels(hardware.writtenText).join() === 'Vibrate1:0;,Vibrate2:0;', 1_000, 'the stop');
  });

  it(`failing ${MAX_STOP_WRITE_ATTEMPTS} times in a row: the device is disconnected after one last stop, and comes back`, async () => {
    const engine = startEngine({ dcm: { devices: [{ name: 'LVS-Edge', address: 'A' }] } });
    const client = await engine.connectClient();
    const [edge] = await scanFor(client);
    await edge!.vibrate(0.5);
    const hardware = engine.dcm.hardware('A')!;
    hardware.failWrites(MAX_STOP_WRITE_ATTEMPTS, 'radio hiccup');
    await edge!.stop().catch(() => {});
    await waitFor(() => !hardware.connected, 1_000, 'the device to be disconnected');
    expect(lastLevels(hardware.writtenText)).toEqual(['Vibrate1:0;', 'Vibrate2:0;']);
    await waitFor(() => client.devices.length === 0, 1_000, 'the device to leave the list');
    const [again] = await scanFor(client);
    expect(again!.index).toBe(edge!.index);
  });

  it('failing for good: the device is disconnected at once, not retried forever', async () => {
    const engine = startEngine({ dcm: { devices: [{ name: 'LVS-Edge', address: 'A' }] } });
    const client = await engine.connectClient();
    const [edge] = await scanFor(client);
    await edge!.vibrate(0.5);
    const hardware = engine.dcm.hardware('A')!;
    hardware.failWrites(1_000, 'radio gone');
    let attempts = 0;
    const write = hardware.write.bind(hardware);
    hardware.write = (endpoint, data, withResponse) => {
      attempts++;
      return write(endpoint, data, withResponse);
    };
    await edge!.stop().catch(() => {});
    await waitFor(() => !hardware.connected, 1_000, 'the device to be disconnected');
    // The stop, its retries and the last stop on the way out: then nothing more.
    expect(attempts).toBeGreaterThanOrEqual(MAX_STOP_WRITE_ATTEMPTS);
    expect(attempts).toBeLessThanOrEqual(MAX_STOP_WRITE_ATTEMPTS + 2);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(attempts).toBeLessThanOrEqual(MAX_STOP_WRITE_ATTEMPTS + 2);
    expect(engine.server.actor.getSnapshot().status).toBe('active');
  });
});
