/** Sensors that share one hardware subscription: the protocol learns which other streams stay open. */
import { describe, expect, it } from 'vitest';
import { defineDevices, feature } from '../../protocols/config/deviceData.js';
import { encoded, type DeviceProtocol } from '../../protocols/devices/shared/deviceProtocol.js';
import { subscribe, unsubscribe } from '../../protocols/devices/shared/hardwareRequests.js';
import { scanFor, startEngine, waitFor } from '../support/engine.js';

const pressure = { Pressure: { value: [[0, 65535]] as [[number, number]], command: ['Subscribe' as const] } };

/** Two pressure sensors read from one `rx` stream. */
const twinSensorProtocol: DeviceProtocol<null> = {
  name: 'test-twin-sensor',
  config: defineDevices({
    name: 'test-twin-sensor',
    communication: [
      {
        transport: 'btle',
        names: ['TEST-Twin'],
        services: { '0000ff00-0000-1000-8000-00805f9b34fb': { rx: '0000ff02-0000-1000-8000-00805f9b34fb' } },
      },
    ],
    defaults: {
      id: '00000000-0000-4000-8000-00000000001a',
      name: 'Twin sensor',
      features: [
        feature(0, '00000000-0000-4000-8000-00000000001b', { input: pressure }),
        feature(1, '00000000-0000-4000-8000-00000000001c', { input: pressure }),
      ],
    },
  }),
  createState: () => null,
  encodeOutputs: (state) => encoded(state, []),
  *subscribeInput() {
    yield* subscribe('rx');
  },
  *unsubscribeInput(_state, request) {
    if (!request.otherStreams?.some((stream) => stream.type === 'Pressure')) yield* unsubscribe('rx');
  },
  decodeNotification: (_state, notification) => [
    { featureIndex: 0, type: 'Pressure', value: notification.data[0] ?? 0 },
    { featureIndex: 1, type: 'Pressure', value: notification.data[1] ?? 0 },
  ],
};

describe('sensors sharing one hardware stream', () => {
  it('the stream stays subscribed until the last of its sensors is unsubscribed, also when a session ends', async () => {
    const engine = startEngine({
      dcm: { devices: [{ name: 'TEST-Twin', address: 'TWIN' }] },
      server: { protocols: [twinSensorProtocol] },
    });
    const client = await engine.connectClient();
    const [device] = await scanFor(client);
    const hardware = engine.dcm.hardware('TWIN')!;
    const first: number[] = [];
    const second: number[] = [];
    const a = await device!.subscribe('Pressure', (v) => first.push(v), 0);
    await device!.subscribe('Pressure', (v) => second.push(v), 1);

    await a.unsubscribe();
    expect(hardware.isSubscribed('rx')).toBe(true);
    hardware.notify('rx', [7, 9]);
    await waitFor(() => second.length === 1);
    expect(first).toEqual([]);
    expect(second).toEqual([9]);

    await client.disconnect();
    await waitFor(() => !hardware.isSubscribed('rx'), 1_000, 'the shared stream unsubscribed');
  });

  it('a stop of every input ends the shared stream', async () => {
    const engine = startEngine({
      dcm: { devices: [{ name: 'TEST-Twin', address: 'TWIN2' }] },
      server: { protocols: [twinSensorProtocol] },
    });
    const client = await engine.connectClient();
    const [device] = await scanFor(client);
    const hardware = engine.dcm.hardware('TWIN2')!;
    await device!.subscribe('Pressure', () => {}, 0);
    await device!.subscribe('Pressure', () => {}, 1);
    await device!.stop();
    await waitFor(() => !hardware.isSubscribed('rx'), 1_000, 'the shared stream unsubscribed');
  });
});
