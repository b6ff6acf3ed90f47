import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ButtplugServer } from '../../actors/engine/buttplugServer.js';
import { SimulatedDcm } from '../../hardware/simulated/simulatedDcm.js';
import { builtinProtocols } from '../../protocols/devices/index.js';
import { probeProtocol } from '../support/probeProtocol.js';
import { handshakeV4, rawSession } from '../support/rawSession.js';

const vibrate = (id: number, value: number) =>
  `[{"OutputCmd":{"Id":${id},"DeviceIndex":0,"FeatureIndex":0,"Command":{"Vibrate":{"Value":${value}}}}}]`;

describe('the command lifecycle honours DeviceMessageTimingGap', () => {
  let server: ButtplugServer;
  let dcm: SimulatedDcm;

  beforeEach(() => {
    vi.useFakeTimers();
    dcm = new SimulatedDcm({ devices: [{ name: 'TEST-Probe', address: 'P', messageGapMs: 100 }] });
    server = new ButtplugServer({
      deviceCommunicationManagers: [dcm],
      protocols: [...builtinProtocols, probeProtocol],
    });
  });

  afterEach(async () => {
    vi.useRealTimers();
    await server.shutdown();
  });

  const connect = async () => {
    const raw = rawSession(server);
    raw.send(handshakeV4(1));
    raw.send('[{"StartScanning":{"Id":2}}]');
    await vi.advanceTimersByTimeAsync(10);
    expect(raw.received.some((m) => 'DeviceList' in m)).toBe(true);
    const values = () => dcm.hardware('P')!.writes.map((w) => w.data[2]);
    const replies = () => raw.received.filter((m) => 'Ok' in m || 'Error' in m).map((m) => Object.values(m)[0]!['Id']);
    return { raw, values, replies };
  };

  it('reports the gap it enforces in DeviceList', async () => {
    const { raw } = await connect();
    const list = raw.received.find((m) => 'DeviceList' in m)!['DeviceList']!['Devices'] as Record<
      string,
      { DeviceMessageTimingGap: number }
    >;
    expect(list['0']!.DeviceMessageTimingGap).toBe(100);
  });

  it('sends the first command at once, drops intermediate values within the gap, and sends the newest when it ends', async () => {
    const { raw, values, replies } = await connect();
    raw.send(vibrate(10, 1));
    await vi.advanceTimersByTimeAsync(1);
    expect(values()).toEqual([1]);
    expect(replies()).toContain(10);

    for (const [id, value] of [
      [11, 2],
      [12, 3],
      [13, 4],
    ] as const) {
      await vi.advanceTimersByTimeAsync(20);
      raw.send(vibrate(id, value));
    }
    await vi.advanceTimersByTimeAsync(30);
    expect(values()).toEqual([1]);
    await vi.advanceTimersByTimeAsync(20);
    expect(values()).toEqual([1, 4]);
    // Superseded requests are answered too, once their successor is written.
    expect(replies()).toEqual(expect.arrayContaining([2, 10, 11, 12, 13]));
  });

  it('does not re-send a value the hardware already has, even after a pending change was cancelled', async () => {
    const { raw, values, replies } = await connect();
    raw.send(vibrate(10, 5));
    await vi.advanceTimersByTimeAsync(1);
    raw.send(vibrate(11, 6)); // pending inside the gap...
    raw.send(vibrate(12, 5)); // ...then back to what the hardware has: nothing to send
    await vi.advanceTimersByTimeAsync(300);
    expect(values()).toEqual([5]);
    expect(replies()).toEqual(expect.arrayContaining([10, 11, 12]));
    raw.send(vibrate(13, 5));
    await vi.advanceTimersByTimeAsync(300);
    expect(values()).toEqual([5]);
    expect(replies()).toContain(13);
  });

  it('keeps the latest value per output, but never loses another feature’s command', async () => {
    const { raw } = await connect();
    raw.send(vibrate(10, 1));
    await vi.advanceTimersByTimeAsync(1);
    raw.send(vibrate(11, 2));
    raw.send('[{"OutputCmd":{"Id":12,"DeviceIndex":0,"FeatureIndex":1,"Command":{"Rotate":{"Value":3}}}}]');
    raw.send(vibrate(13, 4));
    await vi.advanceTimersByTimeAsync(150);
    expect(dcm.hardware('P')!.writes.map((w) => [...w.data])).toEqual([
      [0, 1, 1],
      [1, 2, 3],
      [0, 1, 4],
    ]);
  });

  it('a stop inside the gap replaces pending commands: nothing is written after the stop', async () => {
    const { raw, values } = await connect();
    raw.send(vibrate(10, 7));
    await vi.advanceTimersByTimeAsync(1);
    raw.send(vibrate(11, 9));
    raw.send('[{"StopCmd":{"Id":12,"DeviceIndex":0}}]');
    await vi.advanceTimersByTimeAsync(500);
    // The pending 9 never goes out; every output of the device (vibrate, oscillate, rotate) gets its 0.
    expect(values()).toEqual([7, 0, 0, 0]);
  });
});
