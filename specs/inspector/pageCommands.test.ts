/**
 * What the page can do to an engine: only what a client could (through the inspector's own client
 * session, with every check and the user's limits), events that only stop or close, and STOP ALL;
 * and nothing it starts outlives the page.
 */
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { loadDeviceConfiguration } from '../../actors/engine/configFiles.js';
import type { DeviceContext } from '../../machines/device/deviceTypes.js';
import { machineGraph } from '../../transports/inspector/machineGraph.js';
import { SEND_RULES } from '../../transports/inspector/sendPolicy.js';
import { scanFor, waitFor } from '../support/engine.js';
import { startInspected } from '../support/inspected.js';

const fixture = (name: string) => new URL(`../config/fixtures/${name}`, import.meta.url).pathname;

/** A page watching: the inspector's stream, open until closed. */
const openPage = async (url: string): Promise<WebSocket> => {
  const socket = new WebSocket(`${url.replace('http:', 'ws:')}stream`);
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  return socket;
};

const vibrate = (deviceIndex: number, value: number, featureIndex = 0) => ({
  OutputCmd: { DeviceIndex: deviceIndex, FeatureIndex: featureIndex, Command: { Vibrate: { Value: value } } },
});

describe('sending from the inspector page', () => {
  it('names only events its machines really take', () => {
    for (const { machine, rules } of SEND_RULES) {
      const events = new Set(machineGraph(machine, machine.id).graph.edges.map((edge) => edge.event));
      for (const type of Object.keys(rules)) expect(events, `${machine.id} takes ${type}`).toContain(type);
    }
  });

  it("sends a device command as a client request, within the user's limits", async () => {
    const deviceConfig = await loadDeviceConfiguration({ userConfigFile: fixture('user-settings.json') });
    const engine = await startInspected({
      dcm: { devices: [{ name: 'LVS-Lush', address: 'LUSH-LIMITED' }] },
      server: { deviceConfig },
    });
    const page = await openPage(engine.inspector.url);
    const client = await engine.connectClient();
    const [lush] = await scanFor(client, 1);
    const device = engine.actor('device-1');
    const hardware = engine.dcm.hardware('LUSH-LIMITED')!;

    // The user narrowed this motor to hardware [5, 15]: ten client steps. Step 11 is refused...
    const refused = await engine.post('api/send', {
      actor: device.key,
      type: 'device.request',
      payload: vibrate(lush!.index, 11),
    });
    expect(refused.ok).toBe(false);
    expect(refused.message).toMatch(/range/);
    // ...step 10 is the user's top, 15 on the hardware.
    const sent = await engine.post('api/send', {
      actor: device.key,
      type: 'device.request',
      payload: vibrate(lush!.index, 10),
    });
    expect(sent).toMatchObject({ ok: true, message: 'Ok' });
    expect(hardware.writtenText.at(-1)).toBe('Vibrate:15;');
    page.close();
  });

  it('refuses internal events, other devices and messages the event cannot carry', async () => {
    const engine = await startInspected({ dcm: { devices: [{ name: 'LVS-Edge' }, { name: 'LVS-Nora' }] } });
    const page = await openPage(engine.inspector.url);
    await scanFor(await engine.connectClient(), 2);
    const device = engine.actor('device-1');
    const accepts = (
      engine.inspector as unknown as { commands: { accepts(key: string): { type: string; route: string }[] } }
    ).commands.accepts(device.key);
    const internal = accepts.find((accepted) => accepted.route === 'internal')!;
    expect(internal).toBeDefined();
    expect(await engine.post('api/send', { actor: device.key, type: internal.type, payload: {} })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/internal/),
    });
    const index = (device.snapshot as unknown as { context: DeviceContext }).context.link!.protocolDevice.definition
      .index;
    expect(
      await engine.post('api/send', { actor: device.key, type: 'device.request', payload: vibrate(index + 1, 5) }),
    ).toMatchObject({
      ok: false,
      message: expect.stringMatching(/another/),
    });
    expect(
      await engine.post('api/send', { actor: device.key, type: 'device.request', payload: { Ping: {} } }),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/cannot be sent here/) });
    expect(await engine.post('api/send', { actor: 'a999999', type: 'disconnect' })).toMatchObject({ ok: false });
    page.close();
  });

  it('tells a device to disconnect: it stops and leaves the device list', async () => {
    const engine = await startInspected({ dcm: { devices: [{ name: 'LVS-Edge', address: 'EDGE' }] } });
    const page = await openPage(engine.inspector.url);
    const client = await engine.connectClient();
    const [edge] = await scanFor(client, 1);
    await edge!.vibrate({ steps: 12 });
    const result = await engine.post('api/send', { actor: engine.actor('device-1').key, type: 'disconnect' });
    expect(result.ok).toBe(true);
    await waitFor(() => client.devices.length === 0, 2_000, 'the device to leave');
    expect(engine.dcm.hardware('EDGE')!.writtenText.at(-1)).toMatch(/:0;$/);
    page.close();
  });

  it('STOP ALL stops every device of the engine', async () => {
    const engine = await startInspected({
      dcm: {
        devices: [
          { name: 'LVS-Edge', address: 'EDGE' },
          { name: 'LVS-Nora', address: 'NORA' },
        ],
      },
    });
    const client = await engine.connectClient();
    const devices = await scanFor(client, 2);
    for (const device of devices) await device.vibrate({ steps: 9 });
    const result = await engine.post('api/stop-all', {});
    expect(result).toMatchObject({ ok: true });
    for (const address of ['EDGE', 'NORA']) {
      const text = engine.dcm.hardware(address)!.writtenText;
      expect(text.at(-1)).toMatch(/:0;$/);
    }
  });

  it('stops what it started when the last page goes, and at once when no page is watching', async () => {
    const engine = await startInspected({ dcm: { devices: [{ name: 'LVS-Edge', address: 'EDGE' }] } });
    await scanFor(await engine.connectClient(), 1);
    const device = engine.actor('device-1');
    const hardware = engine.dcm.hardware('EDGE')!;

    const page = await openPage(engine.inspector.url);
    await engine.post('api/send', { actor: device.key, type: 'device.request', payload: vibrate(0, 14) });
    expect(hardware.writtenText.at(-1)).toBe('Vibrate1:14;');
    page.close();
    await waitFor(() => /:0;$/.test(hardware.writtenText.at(-1)!), 2_000, 'the stop when the page left');

    // Nobody watching: the command runs and is stopped right after.
    const sent = await engine.post('api/send', { actor: device.key, type: 'device.request', payload: vibrate(0, 6) });
    expect(sent.ok).toBe(true);
    await waitFor(() => /:0;$/.test(hardware.writtenText.at(-1)!), 2_000, 'the stop after an unwatched command');
    expect(hardware.writtenText).toContain('Vibrate1:6;');
  });

  it('keeps its own session alive on an engine with a ping watchdog, and scans through it', async () => {
    const engine = await startInspected({
      dcm: { devices: [{ name: 'LVS-Edge', address: 'EDGE' }] },
      server: { maxPingTime: 150 },
    });
    const page = await openPage(engine.inspector.url);
    const manager = engine.actor('deviceManager');
    expect(
      await engine.post('api/send', { actor: manager.key, type: 'client.request', payload: { StartScanning: {} } }),
    ).toMatchObject({ ok: true });
    await waitFor(
      () =>
        engine.dcm.hardware('EDGE') !== undefined &&
        [...engine.inspector.model.actors()].some((a) => a.id === 'device-1'),
      3_000,
      'the device',
    );
    await waitFor(() => engine.server.devices.length === 1, 3_000, 'the device to be ready');
    const hardware = engine.dcm.hardware('EDGE')!;
    await engine.post('api/send', { actor: manager.key, type: 'client.request', payload: vibrate(0, 5) });
    const writes = hardware.writtenText.length;
    await new Promise((resolve) => setTimeout(resolve, 600));
    // Four watchdog periods later, nothing was stopped: the page is still there.
    expect(hardware.writtenText.slice(writes)).toEqual([]);
    expect(hardware.writtenText.at(-1)).toBe('Vibrate1:5;');
    page.close();
  });
});
