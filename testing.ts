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

// ---- the test harness for apps (issue 13): an engine on a test clock, generators, a model, oracles ----
export { createTestEngine, type TestEngine, type TestEngineOptions } from './actors/testing/testEngine.js';
export { TestClock } from './actors/testing/testClock.js';
export { realClock, type Clock } from './protocols/core/clock.js';
export {
  TestDevice,
  TEST_DEVICE_PROTOCOL,
  type OutputChange,
  type TestDeviceSpec,
  type UndecodedRecord,
  type WriteRecord,
} from './actors/testing/testDevices.js';
export {
  applyFault,
  fault,
  faultSchedule,
  playFaults,
  type Fault,
  type FaultScheduleOptions,
  type ScheduledFault,
} from './actors/testing/faultSchedule.js';
export * as serverModel from './actors/testing/serverModel.js';
export {
  checkInvariants,
  createTestSystem,
  modelSetup,
  serverCommands,
  type ModelBox,
  type ModelDeviceInput,
  type ReceivedReading,
  type ServerCommand,
  type ServerCommandOptions,
  type TestSystem,
} from './actors/testing/modelCommands.js';
// Generators (fast-check arbitraries).
export {
  anyMessageV4,
  messageOf as messageV4,
  MESSAGE_NAMES_V4,
} from './protocols/buttplug/testing/messageArbitraries.js';
export { hostileFrame, nearValidFrame, type TestFrame } from './protocols/buttplug/testing/clientFrames.js';
export {
  anyLegacyClientMessage,
  legacyClientMessage,
  type LegacyMessageOptions,
  type LegacyWireMessage,
} from './protocols/buttplug/testing/legacyMessageArbitraries.js';
export { deviceInfo as deviceInfoV4 } from './protocols/buttplug/testing/legacyArbitraries.js';
export {
  featureSet,
  outputRange,
  outputValue,
  userConfigFor,
  userRangeWithin,
  valueInRange,
  type ConfiguredDevice,
  type FeatureSetOptions,
} from './protocols/config/testing/configArbitraries.js';
// Oracles: the engine's own safety rules and the rules seen from outside, as plain functions.
export {
  checkSafety,
  lastValueDelivered,
  noOutputAfterStop,
  stopReachesZero,
  withinRange,
  type SafetyRuleOptions,
} from './protocols/safety/safetyRules.js';
export type { OutputAddress, SafetyEvent, SafetyRule, SafetyViolation } from './protocols/safety/safetyTimeline.js';
export {
  gapRespected,
  idsAnsweredOnce,
  latestValueWins,
  stoppedWithin,
  type RunningChange,
  type TimedMessage,
} from './protocols/safety/observedRules.js';
