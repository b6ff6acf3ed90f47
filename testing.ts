/**
 * `buttplug-actors/testing`: hardware played in software, below the real libraries, for testing apps
 * and protocols without devices: a Bluetooth adapter for noble, a node-hid stand-in, a Lovense dongle.
 */
export {
  FakeBleAdapter,
  FakePeripheral,
  type FakeBleAdapterOptions,
  type FakePeripheralSpec,
} from './hardware/bluetoothLe/testing/fakeBleAdapter.js';
export { addFakeLovense } from './hardware/bluetoothLe/testing/fakeLovensePeripheral.js';
export { FakeHidDevice, FakeHidLibrary, type FakeHidDeviceSpec } from './hardware/hid/testing/fakeHid.js';
export { FakeLovenseDongle, type FakeDongleToy } from './hardware/lovenseDongle/testing/fakeLovenseDongle.js';
export { SimulatedDcm, type SimulatedDcmOptions, type SimulatedDeviceSpec } from './hardware/simulated/simulatedDcm.js';
export {
  SimulatedHardware,
  type DeviceSimulator,
  type HardwareCommandRecord,
} from './hardware/simulated/simulatedHardware.js';
// A failing test's run, recorded for the inspector page to replay.
export { InspectionRecorder, recordOnFailure } from './transports/inspector/flightRecorder.js';
export { parseRecording } from './transports/inspector/inspectionRecords.js';
