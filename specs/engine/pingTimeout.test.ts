import { afterEach, expect, it, vi } from 'vitest';
import { ButtplugServer } from '../../actors/engine/buttplugServer.js';
import { SimulatedDcm } from '../../hardware/simulated/simulatedDcm.js';
import { ErrorCode } from '../../protocols/buttplug/errorCodes.js';
import { builtinProtocols } from '../../protocols/devices/index.js';
import { probeProtocol } from '../support/probeProtocol.js';
import { handshakeV4, rawSession } from '../support/rawSession.js';

afterEach(() => {
  vi.useRealTimers();
});

it('a missed ping stops every device, cancels every sensor subscription and closes the session', async () => {
  vi.useFakeTimers();
  const dcm = new SimulatedDcm({
    devices: [
      { name: 'TEST-Probe-1', address: 'P1' },
      { name: 'TEST-Probe-2', address: 'P2' },
    ],
  });
  const server = new ButtplugServer({
    maxPingTime: 1_000,
    deviceCommunicationManagers: [dcm],
    protocols: [...builtinProtocols, probeProtocol],
  });
  const raw = rawSession(server);
  raw.send(handshakeV4(1));
  raw.send('[{"StartScanning":{"Id":2}}]');
  await vi.advanceTimersByTimeAsync(10);
  raw.send(
    JSON.stringify([
      { Ping: { Id: 3 } },
      { OutputCmd: { Id: 4, DeviceIndex: 0, FeatureIndex: 0, Command: { Vibrate: { Value: 10 } } } },
      { OutputCmd: { Id: 5, DeviceIndex: 1, FeatureIndex: 1, Command: { Rotate: { Value: -4 } } } },
      { InputCmd: { Id: 6, DeviceIndex: 0, FeatureIndex: 3, Type: 'Pressure', Command: 'Subscribe' } },
    ]),
  );
  await vi.advanceTimersByTimeAsync(10);
  const p1 = dcm.hardware('P1')!;
  const p2 = dcm.hardware('P2')!;
  expect(p1.isSubscribed('rxpressure')).toBe(true);
  expect(raw.received.filter((m) => 'Ok' in m)).toHaveLength(5);

  await vi.advanceTimersByTimeAsync(1_000);
  expect(raw.received.at(-1)).toMatchObject({ Error: { Id: 0, ErrorCode: ErrorCode.Ping } });
  expect(raw.closed.reason).toBe('ping timeout');
  await vi.advanceTimersByTimeAsync(10);
  expect(p1.writes.at(-1)!.data[2]).toBe(0);
  expect(p2.writes.filter((w) => w.data[2] === 0)).toHaveLength(3);
  expect(p1.isSubscribed('rxpressure')).toBe(false);
  // The stop is the last thing each device heard.
  await vi.advanceTimersByTimeAsync(1_000);
  expect(p1.writes.filter((w) => w.data[2] !== 0)).toHaveLength(1);
  vi.useRealTimers();
  await server.shutdown();
});
