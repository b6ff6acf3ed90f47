import { describe, expect, it } from 'vitest';
import { builtinProtocols } from '../../protocols/devices/index.js';
import { scanFor, startEngine, waitFor } from '../support/engine.js';
import { expectDeviceError } from '../support/deviceFailure.js';
import { recordingLogger } from '../support/recordingLogger.js';
import { testBleProtocol } from '../support/testProtocols.js';

const quickReconnect = { reconnectWindowMs: 600, reconnectFirstDelayMs: 20, reconnectMaxDelayMs: 80 };

const edge = (canReconnect = true) => ({ name: 'LVS-Edge', address: 'EDGE', canReconnect });

describe('a device whose hardware can reconnect', () => {
  it('stays listed while it reconnects, refuses commands meanwhile, and comes back stopped at the same index', async () => {
    const engine = startEngine({ dcm: { devices: [edge()] }, server: { deviceTimeouts: quickReconnect } });
    const client = await engine.connectClient();
    const [device] = await scanFor(client);
    const removed: number[] = [];
    const added: number[] = [];
    client.on('deviceremoved', (d) => removed.push(d.index));
    client.on('deviceadded', (d) => added.push(d.index));
    await device!.vibrate(1);

    engine.dcm.setReachable('EDGE', false);
    const first = engine.dcm.hardware('EDGE')!;
    first.drop('out of range');
    await waitFor(() => !first.connected);
    const refused = await expectDeviceError(device!.vibrate(0.5));
    expect(refused.message).toMatch(/reconnecting/);
    expect(client.devices.map((d) => d.index)).toEqual([device!.index]);

    const next = engine.dcm.nextConnection('EDGE');
    engine.dcm.setReachable('EDGE', true);
    const second = await next;
    // Identification runs again; nothing the client set before the drop is replayed.
    await waitFor(() => second.writtenText.includes('DeviceType;'), 1_000, 'identification');
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(second.writtenText).toEqual(['DeviceType;']);

    await device!.vibrate(0.5);
    expect(second.writtenText).toContain('Vibrate1:10;');
    expect(removed).toEqual([]);
    expect(added).toEqual([]);
  });

  it('is removed with a DeviceList once the reconnect window is over, after attempts with growing pauses', async () => {
    const logger = recordingLogger();
    const engine = startEngine({ dcm: { devices: [edge()] }, server: { deviceTimeouts: quickReconnect, logger } });
    const client = await engine.connectClient();
    await scanFor(client);
    const gone = new Promise<number>((resolve) => client.once('deviceremoved', (d) => resolve(d.index)));
    engine.dcm.setReachable('EDGE', false);
    const droppedAt = Date.now();
    engine.dcm.hardware('EDGE')!.drop('battery empty');

    expect(await gone).toBe(0);
    const elapsed = Date.now() - droppedAt;
    expect(elapsed).toBeGreaterThanOrEqual(quickReconnect.reconnectWindowMs - 20);
    expect(elapsed).toBeLessThan(quickReconnect.reconnectWindowMs + 1_000);
    expect(client.devices).toEqual([]);
    // 20, 40, 80, 80... ms pauses within 600 ms: several attempts, but not a busy loop.
    const attempts = logger.find('debug', 'reconnect attempt failed').length;
    expect(attempts).toBeGreaterThanOrEqual(4);
    expect(attempts).toBeLessThanOrEqual(9);
    expect(logger.find('info', 'device did not come back')).toHaveLength(1);
  });

  it('answers the command in flight with ERROR_DEVICE when the hardware drops under it', async () => {
    const engine = startEngine({
      dcm: {
        devices: [
          {
            ...edge(),
            // The toy vanishes the moment it is told to vibrate.
            simulator: ({ data }, hw) => {
              const text = new TextDecoder().decode(data);
              if (text === 'DeviceType;') setTimeout(() => hw.notify('rx', 'P:37:0082059AD3BD;'), 1);
              if (text.startsWith('Vibrate')) hw.drop('link lost');
            },
          },
        ],
      },
      server: { deviceTimeouts: quickReconnect },
    });
    const client = await engine.connectClient();
    const [device] = await scanFor(client);
    engine.dcm.setReachable('EDGE', false);
    const removed = new Promise<void>((resolve) => client.once('deviceremoved', () => resolve()));
    const error = await expectDeviceError(device!.vibrate(1));
    expect(error.message).toMatch(/disconnected: link lost/);
    expect(client.devices).toHaveLength(1);
    await removed;
    expect(client.devices).toEqual([]);
  });

  it('keeps sensor subscriptions across a reconnect', async () => {
    const engine = startEngine({
      dcm: { devices: [{ name: 'TEST-Pressure-1', address: 'P1', canReconnect: true, simulator: null }] },
      server: { deviceTimeouts: quickReconnect, protocols: [...builtinProtocols, testBleProtocol] },
    });
    const client = await engine.connectClient();
    const [device] = await scanFor(client);
    const readings: number[] = [];
    await device!.subscribe('Pressure', (value) => readings.push(value));
    engine.dcm.hardware('P1')!.notify('rx', [0x10, 0x01]);
    await waitFor(() => readings.length === 1);

    const next = engine.dcm.nextConnection('P1');
    engine.dcm.hardware('P1')!.drop('out of range');
    const second = await next;
    await waitFor(() => second.isSubscribed('rx'), 1_000, 'subscription restored');
    second.notify('rx', [0x20, 0x00]);
    await waitFor(() => readings.length === 2);
    expect(readings).toEqual([0x110, 0x20]);
  });

  it('gives up when another kind of toy answers at the address', async () => {
    let connections = 0;
    const logger = recordingLogger();
    const engine = startEngine({
      dcm: {
        devices: [
          {
            ...edge(),
            // An Edge (P) the first time, a Lush (S) after the drop.
            simulator: ({ data }, hw) => {
              if (new TextDecoder().decode(data) !== 'DeviceType;') return;
              const type = connections === 1 ? 'P' : 'S';
              setTimeout(() => hw.notify('rx', `${type}:37:0082059AD3BD;`), 1);
            },
          },
        ],
      },
      server: { deviceTimeouts: quickReconnect, logger },
    });
    engine.dcm.onConnect(() => connections++);
    const client = await engine.connectClient();
    await scanFor(client);
    const removed = new Promise<void>((resolve) => client.once('deviceremoved', () => resolve()));
    engine.dcm.hardware('EDGE')!.drop('out of range');
    await removed;
    expect(connections).toBe(2);
    expect(logger.find('info', 'device removed')[0]!.fields.reason).toBe('a different device answered at its address');
  });

  it('shuts down cleanly while a device is reconnecting', async () => {
    const engine = startEngine({
      dcm: { devices: [edge()] },
      server: { deviceTimeouts: { ...quickReconnect, reconnectWindowMs: 60_000 } },
    });
    const client = await engine.connectClient();
    await scanFor(client);
    engine.dcm.setReachable('EDGE', false);
    engine.dcm.hardware('EDGE')!.drop('out of range');
    await new Promise((resolve) => setTimeout(resolve, 30));
    const started = Date.now();
    await engine.server.shutdown();
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});

describe('a device whose hardware cannot reconnect', () => {
  it('is removed at once when its hardware drops, failing the command in flight', async () => {
    const engine = startEngine({
      dcm: {
        devices: [
          {
            ...edge(false),
            simulator: ({ data }, hw) => {
              const text = new TextDecoder().decode(data);
              if (text === 'DeviceType;') setTimeout(() => hw.notify('rx', 'P:37:0082059AD3BD;'), 1);
              if (text.startsWith('Vibrate')) hw.drop('unplugged');
            },
          },
        ],
      },
    });
    const client = await engine.connectClient();
    const [device] = await scanFor(client);
    const removed = new Promise<void>((resolve) => client.once('deviceremoved', () => resolve()));
    const error = await expectDeviceError(device!.vibrate(1));
    expect(error.message).toMatch(/unplugged/);
    await removed;
    expect(client.devices).toEqual([]);
  });
});
