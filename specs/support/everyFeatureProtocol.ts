/**
 * A test-only device protocol with every output type of spec v4 on its own feature, and every kind of
 * sensor: battery, RSSI and pressure readable, pressure and button subscribable. Writes are ASCII on
 * `tx` (`f2:Rotate:-5;`, `f8:HwPositionWithDuration:100@500;`); a read sends `Read:Battery;` and the
 * device answers `87;` on `rx`; pressure and button stream on `rxpressure` and `rxtouch`.
 *
 * `TEST-Every` is the everything device; `TEST-Every-Vibe` a small one (one motor, a battery).
 */
import type { DeviceSimulator } from '../../hardware/simulated/simulatedHardware.js';
import { batteryInput, defineDevices, feature } from '../../protocols/config/deviceData.js';
import { encoded, type DeviceProtocol } from '../../protocols/devices/shared/deviceProtocol.js';
import {
  ascii,
  bytesToText,
  nextNotification,
  send,
  subscribe,
  unsubscribe,
  write,
} from '../../protocols/devices/shared/hardwareRequests.js';

const everyFeatureDevices = defineDevices({
  name: 'test-every-feature',
  communication: [
    {
      transport: 'btle',
      names: ['TEST-Every*'],
      services: {
        '0000aab0-0000-1000-8000-00805f9b34fb': {
          tx: '0000aab1-0000-1000-8000-00805f9b34fb',
          rx: '0000aab2-0000-1000-8000-00805f9b34fb',
          rxpressure: '0000aab3-0000-1000-8000-00805f9b34fb',
          rxtouch: '0000aab4-0000-1000-8000-00805f9b34fb',
        },
      },
    },
  ],
  defaults: {
    id: 'every-defaults',
    name: 'Test Everything',
    features: [
      feature(0, 'every-f0', { description: 'Left motor', output: { Vibrate: [0, 20] } }),
      feature(1, 'every-f1', { description: 'Right motor', output: { Vibrate: [0, 20] } }),
      feature(2, 'every-f2', { description: 'Spinner', output: { Rotate: [-10, 10] } }),
      feature(3, 'every-f3', { description: 'Thruster', output: { Oscillate: [0, 30] } }),
      feature(4, 'every-f4', { description: 'Squeeze', output: { Constrict: [0, 5] } }),
      feature(5, 'every-f5', { description: 'Heater', output: { Temperature: [-4, 4] } }),
      feature(6, 'every-f6', { description: 'Light', output: { Led: [0, 1] } }),
      feature(7, 'every-f7', { description: 'Lube', output: { Spray: [0, 3] } }),
      feature(8, 'every-f8', {
        description: 'Stroker',
        output: { Position: [0, 100], HwPositionWithDuration: { value: [0, 100], duration: [0, 10_000] } },
      }),
      feature(9, 'every-f9', { description: 'Battery', input: { Battery: batteryInput } }),
      feature(10, 'every-f10', { description: 'Signal', input: { Rssi: { value: [[-128, 0]], command: ['Read'] } } }),
      feature(11, 'every-f11', {
        description: 'Pressure',
        input: { Pressure: { value: [[0, 65535]], command: ['Read', 'Subscribe'] } },
      }),
      feature(12, 'every-f12', {
        description: 'Button',
        input: { Button: { value: [[0, 1]], command: ['Subscribe'] } },
      }),
    ],
  },
  configurations: [
    {
      id: 'every-vibe',
      name: 'Test Vibe',
      identifiers: ['vibe'],
      features: [
        feature(0, 'vibe-f0', { description: 'Motor', output: { Vibrate: [0, 10] } }),
        feature(1, 'vibe-f1', { description: 'Battery', input: { Battery: batteryInput } }),
      ],
    },
  ],
});

const streams = {
  rxpressure: { featureIndex: 11, type: 'Pressure' },
  rxtouch: { featureIndex: 12, type: 'Button' },
} as const;

export const everyFeatureProtocol: DeviceProtocol<null> = {
  name: 'test-every-feature',
  config: everyFeatureDevices,
  *identify({ hardwareName }) {
    return hardwareName.endsWith('-Vibe') ? 'vibe' : undefined;
  },
  createState: () => null,
  *initialize(_device, state) {
    yield* subscribe('rx');
    return state;
  },
  encodeOutputs: (state, outputs) =>
    encoded(
      state,
      outputs.map((o) =>
        write(
          'tx',
          ascii(`f${o.feature.index}:${o.type}:${o.value}${o.duration !== undefined ? `@${o.duration}` : ''};`),
        ),
      ),
    ),
  *readInput(_state, request) {
    yield* send(write('tx', ascii(`Read:${request.type};`)));
    const reply = yield* nextNotification('rx', 500);
    const value = reply ? Number.parseInt(bytesToText(reply.data), 10) : Number.NaN;
    if (!Number.isInteger(value)) throw new Error(`no ${request.type} reading from the device`);
    return value;
  },
  *subscribeInput(_state, request) {
    yield* subscribe(request.type === 'Button' ? 'rxtouch' : 'rxpressure');
  },
  *unsubscribeInput(_state, request) {
    yield* unsubscribe(request.type === 'Button' ? 'rxtouch' : 'rxpressure');
  },
  decodeNotification: (_state, notification) => {
    const stream =
      notification.endpoint === 'rxpressure' || notification.endpoint === 'rxtouch'
        ? streams[notification.endpoint]
        : undefined;
    const value = Number.parseInt(bytesToText(notification.data), 10);
    return stream && Number.isInteger(value) ? [{ ...stream, value }] : [];
  },
};

/** What the simulated device answers to `Read:<type>;`. */
export const EVERY_FEATURE_READINGS = { Battery: 87, Rssi: -60, Pressure: 1234 } as const;

/** The device side: answers reads on `rx` a moment later. */
export const everyFeatureSimulator: DeviceSimulator = ({ endpoint, data }, device) => {
  if (endpoint !== 'tx') return;
  const type = /^Read:(\w+);$/.exec(bytesToText(data))?.[1] as keyof typeof EVERY_FEATURE_READINGS | undefined;
  const value = type !== undefined ? EVERY_FEATURE_READINGS[type] : undefined;
  if (value !== undefined) setTimeout(() => device.notify('rx', `${value};`), 1);
};
