/** createTestEngine: devices by name and by features, the test clock, faults, the write log and the output timeline. */
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { TestEngine } from '../../actors/testing/testEngine.js';
import { startTestEngine as start, waitFor } from '../support/engine.js';
import { realClock } from '../../protocols/core/clock.js';
import type { ButtplugClient } from '../../actors/client/buttplugClient.js';
import type { FeatureDefinition } from '../../protocols/config/deviceDefinitions.js';

/** `until`: a real-time wait for I/O (sockets, replies), never for a timer. */
const until = (predicate: () => boolean, what: string) => waitFor(predicate, 3_000, what);

/** A scan's devices (a Lovense's handshake replies come 1 ms later on the test clock: `scan` moves it there). */
const scan = (engine: TestEngine, client: ButtplugClient, count: number) => engine.scan(client, count);

const vibrator: FeatureDefinition[] = [
  { id: 'v', index: 0, description: 'motor', output: { Vibrate: { value: [0, 20] } } },
  { id: 'b', index: 1, description: 'button', input: { Button: { value: [[0, 1]], command: ['Subscribe'] } } },
];

describe('createTestEngine', () => {
  it('drives a device given by name and keeps its timestamped write log and decoded outputs', async () => {
    const engine = await start({ devices: ['LVS-Edge'], websocket: false });
    const client = await engine.connectClient();
    const [edge] = await scan(engine, client, 1);
    expect(engine.now()).toBe(1); // the Edge answered DeviceType; 1 ms after the question, on the test clock
    await engine.advance(249);
    await edge!.vibrate(0.5);
    const device = engine.device('LVS-Edge');
    expect(device.writes.map((w) => new TextDecoder().decode(w.data))).toContain('Vibrate1:10;');
    expect(device.writes.at(-1)!.at).toBe(250);
    expect(device.valueOf(0, 'Vibrate')).toBe(10);
    expect(device.valueOf(1, 'Vibrate')).toBe(10);
    await edge!.stop();
    expect(device.running).toBe(false);
    expect(device.runningTimeline()).toEqual([
      { at: 250, running: true },
      { at: 250, running: false },
    ]);
  });

  it('decodes the output timeline of named devices of every kind: rotate, position, oscillate, constrict', async () => {
    const engine = await start({
      devices: ['LVS-Nora', 'LVS-Max', 'simulated-rotator', 'simulated-oscillator', 'simulated-stroker'],
      websocket: false,
    });
    const client = await engine.connectClient();
    const found = await scan(engine, client, 5);
    const byName = (name: string) => found.find((d) => d.name.includes(name))!;
    const send = (name: string, featureType: string, command: Record<string, unknown>) => {
      const device = byName(name);
      const feature = device.features.find((f) => f.outputs.has(featureType as never))!;
      return device.sendOutputs([{ featureIndex: feature.index, command: command as never }]);
    };
    await send('Nora', 'Rotate', { Rotate: { Value: -5 } });
    await send('Max', 'Constrict', { Constrict: { Value: 2 } });
    await send('Rotator', 'Rotate', { Rotate: { Value: -40 } });
    await send('Oscillator', 'Oscillate', { Oscillate: { Value: 30 } });
    await send('Stroker', 'Position', { Position: { Value: 700 } });
    expect(engine.device('LVS-Nora').outputs.at(-1)).toMatchObject({ type: 'Rotate', value: -5 });
    expect(engine.device('LVS-Max').outputs.at(-1)).toMatchObject({ type: 'Constrict', value: 2 });
    expect(engine.device('simulated-rotator').outputs.at(-1)).toMatchObject({ type: 'Rotate', value: -40 });
    expect(engine.device('simulated-oscillator').outputs.at(-1)).toMatchObject({ type: 'Oscillate', value: 30 });
    expect(engine.device('simulated-stroker').valueOf(0, 'Position')).toBe(700);
    expect(engine.devices.filter((d) => d.running).map((d) => d.name)).toEqual([
      'LVS-Nora',
      'LVS-Max',
      'simulated-rotator',
      'simulated-oscillator',
    ]);
    await client.stopAllDevices();
    expect(engine.devices.filter((d) => d.running)).toEqual([]);
    expect(engine.device('simulated-stroker').valueOf(0, 'Position')).toBe(700); // positions stay
    expect(engine.checkSafety()).toEqual([]);
  });

  it('drives a device given by features, with exact values and notifications it pushes', async () => {
    const engine = await start({ devices: [{ name: 'My Toy', features: vibrator }], websocket: false });
    const client = await engine.connectClient();
    const [toy] = await scan(engine, client, 1);
    expect(toy!.name).toBe('My Toy');
    await toy!.vibrate(0.35);
    expect(engine.device('My Toy').outputs).toEqual([{ at: 0, feature: 0, type: 'Vibrate', value: 7 }]);
    const presses: number[] = [];
    expect(engine.device(0).notify(1, 1)).toBe(false); // nobody subscribed yet
    await toy!.subscribe('Button', (value) => presses.push(value));
    expect(engine.device(0).notify(1, 1)).toBe(true);
    await until(() => presses.length === 1, 'the reading');
    engine.device(0).dropNotifications();
    expect(engine.device(0).notify(1, 0)).toBe(false);
    expect(presses).toEqual([1]);
  });

  it('fires a 60 s ping timeout on advance(), in well under a second of real time, and the toy stops', async () => {
    const engine = await start({ devices: ['LVS-Edge'], maxPingTime: 60_000, websocket: false });
    const real = performance.now();
    const client = await engine.connectClient('real-time app', { clock: realClock });
    // A client on real time: its pinger never fires while the test clock leaps.
    const [edge] = await scan(engine, client, 1);
    await edge!.vibrate(1);
    expect(engine.device(0).running).toBe(true);
    await engine.advance(59_000);
    expect(engine.device(0).running).toBe(true);
    expect(client.connected).toBe(true);
    await engine.advance(1_001);
    await until(() => !client.connected, 'the session to close');
    expect(engine.device(0).running).toBe(false);
    const stopAt = engine.device(0).outputs.at(-1)!.at;
    expect(stopAt).toBeGreaterThanOrEqual(60_000);
    expect(stopAt).toBeLessThanOrEqual(61_001);
    expect(performance.now() - real).toBeLessThan(1_000 * 5); // generous for a loaded machine; 60 s real would fail
    expect(engine.safetyViolations).toBe(0);
  });

  it('respects the message gap on the test clock: the latest value of a burst lands one gap later', async () => {
    const engine = await start({
      devices: [{ name: 'Gappy', features: vibrator, messageGapMs: 100 }],
      websocket: false,
    });
    const client = await engine.connectClient();
    const [toy] = await scan(engine, client, 1);
    await toy!.vibrate(0.05);
    // Answered once written: the test clock has to move for these two.
    const burst = [toy!.vibrate(0.5), toy!.vibrate(0.75)];
    await engine.clock.settle();
    expect(engine.device(0).outputs.map((o) => o.value)).toEqual([1]);
    await engine.advance(99);
    expect(engine.device(0).outputs.map((o) => o.value)).toEqual([1]);
    await engine.advance(1);
    expect(engine.device(0).outputs).toEqual([
      { at: 0, feature: 0, type: 'Vibrate', value: 1 },
      { at: 100, feature: 0, type: 'Vibrate', value: 15 },
    ]);
    await Promise.all(burst);
    expect(engine.checkSafety([], { gapMs: () => 100 })).toEqual([]);
  });

  it('injects faults: a failed write is a device error, slow writes land later, a disconnect removes the device', async () => {
    const engine = await start({ devices: [{ name: 'Flaky', features: vibrator }], websocket: false });
    const client = await engine.connectClient();
    const [toy] = await scan(engine, client, 1);
    engine.device(0).failNextWrite();
    await expect(toy!.vibrate(0.5)).rejects.toThrow();
    engine.device(0).delayWrites(300);
    const landed = toy!.vibrate(0.5);
    await engine.advance(299);
    expect(engine.device(0).outputs).toEqual([]);
    await engine.advance(1);
    await landed;
    expect(engine.device(0).outputs).toEqual([{ at: 300, feature: 0, type: 'Vibrate', value: 10 }]);
    engine.device(0).disconnect();
    await until(() => client.devices.length === 0, 'the device to leave');
  });

  it('slows a handshake on the test clock: the device appears only after advance()', async () => {
    const engine = await start({ devices: [{ name: 'Slow', features: vibrator }], websocket: false });
    engine.device(0).slowHandshake(5_000);
    const client = await engine.connectClient();
    await client.startScanning();
    await engine.advance(4_000);
    expect(client.devices).toHaveLength(0);
    await engine.advance(1_000);
    await until(() => client.devices.length === 1, 'the device');
  });

  it('says what to do when a named device cannot connect (its handshake question has no simulator)', async () => {
    // A Honey Play Box asks for a session key; this one's answers are lost on the way.
    const engine = await start({ devices: ['HPB-0520'], websocket: false });
    engine.device(0).dropNotifications();
    const client = await engine.connectClient();
    await expect(engine.scan(client, 1)).rejects.toThrow(/found 0 of 1 devices.*--list-simulated.*feature list/);
  });

  it('serves the same engine over ws://127.0.0.1:<port>', async () => {
    const engine = await start({ devices: ['LVS-Edge'] });
    expect(engine.url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+$/);
    const socket = new WebSocket(engine.url!);
    const reply = new Promise<string>((resolve) => socket.once('message', (data) => resolve(String(data))));
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(
      '[{"RequestServerInfo":{"Id":1,"ClientName":"raw","ProtocolVersionMajor":4,"ProtocolVersionMinor":0}}]',
    );
    expect(JSON.parse(await reply)[0].ServerInfo.Id).toBe(1);
    socket.close();
  });

  it('gives the same random numbers for the same seed', async () => {
    const a = await start({ seed: 7, websocket: false });
    const b = await start({ seed: 7, websocket: false });
    const c = await start({ seed: 8, websocket: false });
    const draw = (engine: TestEngine) => [engine.random(), engine.random(), engine.random()];
    const fromA = draw(a);
    expect(draw(b)).toEqual(fromA);
    expect(draw(c)).not.toEqual(fromA);
    expect(a.seed).toBe(7);
  });
});
