/**
 * A test-only device protocol with one of everything: signed rotation, positions, a readable battery
 * and a subscribable pressure sensor. Writes are `[featureIndex, outputCode, value...]` on `tx`.
 */
import { feature, defineDevices, batteryInput } from '../../protocols/config/deviceData.js';
import { encoded, type DeviceProtocol } from '../../protocols/devices/shared/deviceProtocol.js';
import { read, subscribe, unsubscribe, write } from '../../protocols/devices/shared/hardwareRequests.js';

export const PROBE_OUTPUT_CODES = {
  Vibrate: 1,
  Rotate: 2,
  Position: 3,
  HwPositionWithDuration: 4,
  Oscillate: 5,
} as const;

export const probeDevices = defineDevices({
  name: 'test-probe',
  communication: [
    {
      transport: 'btle',
      names: ['TEST-Probe*'],
      services: {
        '0000aaa0-0000-1000-8000-00805f9b34fb': {
          tx: '0000aaa1-0000-1000-8000-00805f9b34fb',
          rxpressure: '0000aaa2-0000-1000-8000-00805f9b34fb',
          rxblebattery: '0000aaa3-0000-1000-8000-00805f9b34fb',
        },
      },
    },
  ],
  defaults: {
    id: 'probe-defaults',
    name: 'Test Probe',
    features: [
      feature(0, 'probe-f0', { description: 'Motor', output: { Vibrate: [0, 10], Oscillate: [0, 10] } }),
      feature(1, 'probe-f1', { description: 'Spinner', output: { Rotate: [-10, 10] } }),
      feature(2, 'probe-f2', {
        description: 'Stroker',
        output: { Position: [0, 100], HwPositionWithDuration: { value: [0, 100], duration: [0, 5000] } },
      }),
      feature(3, 'probe-f3', {
        description: 'Pressure',
        input: { Pressure: { value: [[0, 65535]], command: ['Read', 'Subscribe'] } },
      }),
      feature(4, 'probe-f4', { description: 'Battery', input: { Battery: batteryInput } }),
    ],
  },
});

export const probeProtocol: DeviceProtocol<null> = {
  name: 'test-probe',
  config: probeDevices,
  createState: () => null,
  encodeOutputs: (state, outputs) =>
    encoded(
      state,
      outputs.map((o) => {
        const code = PROBE_OUTPUT_CODES[o.type as keyof typeof PROBE_OUTPUT_CODES];
        const value = o.value & 0xff;
        return write(
          'tx',
          o.duration !== undefined ? [o.feature.index, code, value, o.duration & 0xff] : [o.feature.index, code, value],
        );
      }),
    ),
  *readInput(_state, request) {
    if (request.type === 'Battery') return (yield* read('rxblebattery', 1))[0] ?? 0;
    const bytes = yield* read('rxpressure', 2);
    return (bytes[0]! << 8) | bytes[1]!;
  },
  *subscribeInput() {
    yield* subscribe('rxpressure');
  },
  *unsubscribeInput() {
    yield* unsubscribe('rxpressure');
  },
  decodeNotification: (_state, notification) =>
    notification.endpoint === 'rxpressure' && notification.data.length >= 2
      ? [{ featureIndex: 3, type: 'Pressure', value: (notification.data[0]! << 8) | notification.data[1]! }]
      : [],
};
