import { describe, expect, it } from 'vitest';
import { ButtplugDeviceError } from '../../actors/client/clientErrors.js';
import type { ButtplugClient } from '../../actors/client/buttplugClient.js';
import { ErrorCode } from '../../protocols/buttplug/errorCodes.js';
import { builtinProtocols } from '../../protocols/devices/index.js';
import { scanFor, startEngine, waitFor } from '../support/engine.js';
import { probeProtocol, PROBE_OUTPUT_CODES } from '../support/probeProtocol.js';

const probeEngine = (addresses: string[] = ['P1']) =>
  startEngine({
    server: { protocols: [...builtinProtocols, probeProtocol] },
    dcm: { devices: addresses.map((address) => ({ name: `TEST-Probe-${address}`, address })) },
  });

const raw = (client: ButtplugClient, message: Record<string, unknown> & { type: string }) =>
  client.requestAll([message as never]).then(([reply]) => reply);

const deviceError = (message: RegExp) =>
  expect.objectContaining({ code: ErrorCode.Device, message: expect.stringMatching(message) });

describe('device commands are checked against the device features', () => {
  it('rejects unknown devices, unknown features, missing output types and out-of-range values with ERROR_DEVICE', async () => {
    const engine = probeEngine();
    const client = await engine.connectClient();
    await scanFor(client);
    const output = (DeviceIndex: number, FeatureIndex: number, Command: object) =>
      raw(client, { type: 'OutputCmd', DeviceIndex, FeatureIndex, Command });

    await expect(output(9, 0, { Vibrate: { Value: 1 } })).rejects.toEqual(deviceError(/no device with index 9/));
    await expect(output(0, 7, { Vibrate: { Value: 1 } })).rejects.toEqual(deviceError(/has no feature 7/));
    await expect(output(0, 0, { Rotate: { Value: 1 } })).rejects.toEqual(
      deviceError(/feature 0 .* has no Rotate output \(it has Vibrate, Oscillate\)/),
    );
    await expect(output(0, 0, { Vibrate: { Value: 11 } })).rejects.toEqual(
      deviceError(/Vibrate value 11 is outside the feature's range \[0, 10\]/),
    );
    await expect(output(0, 0, { Vibrate: { Value: -1 } })).rejects.toEqual(deviceError(/negative/));
    await expect(output(0, 1, { Rotate: { Value: -11 } })).rejects.toEqual(
      deviceError(/outside the feature's range \[-10, 10\]/),
    );
    await expect(output(0, 2, { HwPositionWithDuration: { Value: 50, Duration: 6000 } })).rejects.toEqual(
      deviceError(/duration 6000/),
    );
    await expect(
      raw(client, { type: 'InputCmd', DeviceIndex: 0, FeatureIndex: 4, Type: 'Battery', Command: 'Subscribe' }),
    ).rejects.toEqual(deviceError(/does not support Subscribe/));
    await expect(
      raw(client, { type: 'InputCmd', DeviceIndex: 0, FeatureIndex: 0, Type: 'Battery', Command: 'Read' }),
    ).rejects.toEqual(deviceError(/has no Battery input/));

    // Nothing invalid reached the hardware, and the session still works.
    expect(engine.dcm.hardware('P1')!.writes).toHaveLength(0);
    await output(0, 1, { Rotate: { Value: -10 } });
    expect([...engine.dcm.hardware('P1')!.writes[0]!.data]).toEqual([1, PROBE_OUTPUT_CODES.Rotate, -10 & 0xff]);
  });

  it('the client refuses levels outside 0..1 before sending', async () => {
    const engine = probeEngine();
    const client = await engine.connectClient();
    const [probe] = await scanFor(client);
    await expect(probe!.vibrate(1.5)).rejects.toBeInstanceOf(ButtplugDeviceError);
    await expect(probe!.vibrate({ steps: 11 })).rejects.toBeInstanceOf(ButtplugDeviceError);
    await expect(probe!.constrict(0.5)).rejects.toBeInstanceOf(ButtplugDeviceError);
  });

  it('maps helpers to steps: fractions round up, raw steps pass through, rotation carries direction', async () => {
    const engine = probeEngine();
    const client = await engine.connectClient();
    const [probe] = await scanFor(client);
    await probe!.vibrate(0.25); // ceil(2.5) = 3
    await probe!.vibrate({ steps: 7 });
    await probe!.rotate(0.5, false);
    await probe!.positionWithDuration(0.5, 300);
    await probe!.position(1);
    expect(engine.dcm.hardware('P1')!.writes.map((w) => [...w.data])).toEqual([
      [0, PROBE_OUTPUT_CODES.Vibrate, 3],
      [0, PROBE_OUTPUT_CODES.Vibrate, 7],
      [1, PROBE_OUTPUT_CODES.Rotate, -5 & 0xff],
      [2, PROBE_OUTPUT_CODES.HwPositionWithDuration, 50, 300 & 0xff],
      [2, PROBE_OUTPUT_CODES.Position, 100],
    ]);
  });
});

describe('StopCmd', () => {
  const spinUp = async () => {
    const engine = probeEngine(['P1', 'P2']);
    const client = await engine.connectClient();
    const probes = await scanFor(client, 2);
    for (const probe of probes) {
      await probe.vibrate(1);
      await probe.rotate(1);
      await probe.oscillate(1);
    }
    const zeros = (address: string) =>
      engine.dcm
        .hardware(address)!
        .writes.filter((w) => w.data[2] === 0)
        .map((w) => [w.data[0], w.data[1]]);
    return { engine, client, probes, zeros };
  };

  it('for all devices stops every stoppable output of every device', async () => {
    const { client, zeros } = await spinUp();
    await client.stopAllDevices();
    await waitFor(() => zeros('P1').length === 3 && zeros('P2').length === 3);
    expect(zeros('P1')).toEqual([
      [0, PROBE_OUTPUT_CODES.Vibrate],
      [0, PROBE_OUTPUT_CODES.Oscillate],
      [1, PROBE_OUTPUT_CODES.Rotate],
    ]);
  });

  it('for one device leaves the others running', async () => {
    const { probes, zeros } = await spinUp();
    await probes[0]!.stop();
    expect(zeros('P1')).toHaveLength(3);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(zeros('P2')).toHaveLength(0);
  });

  it('for one feature stops only that feature', async () => {
    const { probes, zeros } = await spinUp();
    await probes[0]!.stop({ featureIndex: 1 });
    expect(zeros('P1')).toEqual([[1, PROBE_OUTPUT_CODES.Rotate]]);
  });

  it('with Outputs false stops nothing but inputs', async () => {
    const { probes, zeros } = await spinUp();
    await probes[0]!.stop({ outputs: false });
    expect(zeros('P1')).toHaveLength(0);
  });
});

describe('sensors', () => {
  it('Read answers with InputReading carrying the request Id', async () => {
    const engine = probeEngine();
    const client = await engine.connectClient();
    const [probe] = await scanFor(client);
    engine.dcm.hardware('P1')!.queueRead('rxblebattery', [64]);
    expect(await probe!.battery()).toBeCloseTo(0.64);
    engine.dcm.hardware('P1')!.queueRead('rxpressure', [0x01, 0x02]);
    const [reading] = await client.requestAll([
      { type: 'InputCmd', DeviceIndex: 0, FeatureIndex: 3, Type: 'Pressure', Command: 'Read' },
    ]);
    expect(reading).toMatchObject({
      type: 'InputReading',
      DeviceIndex: 0,
      FeatureIndex: 3,
      Reading: { Pressure: { Value: 0x102 } },
    });
  });

  it('Subscribe streams readings (Id 0) until Unsubscribe', async () => {
    const engine = probeEngine();
    const client = await engine.connectClient();
    const [probe] = await scanFor(client);
    const hardware = engine.dcm.hardware('P1')!;
    const values: number[] = [];
    const subscription = await probe!.subscribe('Pressure', (value) => values.push(value));
    expect(hardware.isSubscribed('rxpressure')).toBe(true);
    hardware.notify('rxpressure', [0, 5]);
    hardware.notify('rxpressure', [1, 0]);
    await waitFor(() => values.length === 2);
    expect(values).toEqual([5, 256]);
    await subscription.unsubscribe();
    expect(hardware.isSubscribed('rxpressure')).toBe(false);
    expect(hardware.notify('rxpressure', [0, 9])).toBe(false);
  });

  it('a subscription ends when its session ends, and other sessions keep theirs', async () => {
    const engine = probeEngine();
    const first = await engine.connectClient('first');
    const [probeA] = await scanFor(first);
    const second = await engine.connectClient('second');
    await second.requestDeviceList();
    const probeB = second.devices[0]!;
    const hardware = engine.dcm.hardware('P1')!;
    const seenA: number[] = [];
    const seenB: number[] = [];
    await probeA!.subscribe('Pressure', (v) => seenA.push(v));
    await probeB.subscribe('Pressure', (v) => seenB.push(v));
    await first.disconnect();
    hardware.notify('rxpressure', [0, 1]);
    await waitFor(() => seenB.length === 1);
    expect(seenA).toEqual([]);
    expect(hardware.isSubscribed('rxpressure')).toBe(true);
    await second.disconnect();
    await waitFor(() => !hardware.isSubscribed('rxpressure'), 1_000, 'hardware unsubscribed');
  });

  it('a StopCmd with inputs ends subscriptions', async () => {
    const engine = probeEngine();
    const client = await engine.connectClient();
    const [probe] = await scanFor(client);
    const hardware = engine.dcm.hardware('P1')!;
    await probe!.subscribe('Pressure', () => {});
    await probe!.stop();
    await waitFor(() => !hardware.isSubscribed('rxpressure'));
  });
});
