/**
 * Small device protocols defined for tests: a vibrator with a pressure sensor that can be found over
 * Bluetooth LE or HID. One byte to `tx` sets the motor; `rx` notifications carry the pressure (two
 * bytes, little endian); a read of `rx` gives the same.
 */
import type { CommunicationSpecifier, ProtocolConfig } from '../../protocols/config/deviceDefinitions.js';
import { encoded, type DeviceProtocol } from '../../protocols/devices/shared/deviceProtocol.js';
import { read, subscribe, unsubscribe, write } from '../../protocols/devices/shared/hardwareRequests.js';

export const TEST_SERVICE = '0000ab00-0000-1000-8000-00805f9b34fb';
export const TEST_TX = '0000ab01-0000-1000-8000-00805f9b34fb';
export const TEST_RX = '0000ab02-0000-1000-8000-00805f9b34fb';
export const TEST_HID_PAIR = { vendorId: 0x1234, productId: 0xabcd } as const;

const config = (name: string, communication: readonly CommunicationSpecifier[]): ProtocolConfig => ({
  name,
  communication,
  defaults: {
    id: `${name}-defaults`,
    name: 'Test Pressure Vibrator',
    identifiers: [],
    features: [
      { id: `${name}-motor`, index: 0, description: 'motor', output: { Vibrate: { value: [0, 100] } } },
      {
        id: `${name}-pressure`,
        index: 1,
        description: 'pressure',
        input: { Pressure: { value: [[0, 2000]], command: ['Read', 'Subscribe'] } },
      },
    ],
  },
  configurations: [],
});

const pressureOf = (data: Uint8Array): number => (data[0] ?? 0) | ((data[1] ?? 0) << 8);

const pressureProtocol = (name: string, communication: readonly CommunicationSpecifier[]): DeviceProtocol<null> => ({
  name,
  config: config(name, communication),
  createState: () => null,
  encodeOutputs: (state, outputs) =>
    encoded(
      state,
      outputs.map((output) => write('tx', [output.value], true)),
    ),
  *readInput() {
    return pressureOf(yield* read('rx', 2, 500));
  },
  *subscribeInput() {
    yield* subscribe('rx');
  },
  *unsubscribeInput() {
    yield* unsubscribe('rx');
  },
  decodeNotification: (_state, notification) =>
    notification.endpoint === 'rx' ? [{ featureIndex: 1, type: 'Pressure', value: pressureOf(notification.data) }] : [],
});

/** Found over Bluetooth LE by the name `TEST-Pressure*`. */
export const testBleProtocol = pressureProtocol('test-ble-pressure', [
  { transport: 'btle', names: ['TEST-Pressure*'], services: { [TEST_SERVICE]: { tx: TEST_TX, rx: TEST_RX } } },
]);

/** Found over HID by its vendor and product ids. */
export const testHidProtocol = pressureProtocol('test-hid-pressure', [{ transport: 'hid', pairs: [TEST_HID_PAIR] }]);
