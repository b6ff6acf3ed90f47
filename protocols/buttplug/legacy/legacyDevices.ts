/**
 * A v4 DeviceList entry described the way each legacy version's DeviceList / DeviceAdded did:
 *   v0  DeviceMessages is a sorted list of message names;
 *   v1  `{VibrateCmd: {FeatureCount}, ...}` plus SingleMotorVibrateCmd wherever VibrateCmd is;
 *   v2  as v1 with StepCount arrays, BatteryLevelCmd / RSSILevelCmd, without the v0 messages;
 *   v3  one attribute object per actuator or sensor, its array position being the command's Index.
 * FleshlightLaunchFW12Cmd and VorzeA10CycloneCmd are advertised (v0, v1) on devices that can do them,
 * since this server implements them (the reference answers them with an error and never advertises).
 */
import type { DeviceInfo } from '../messages.js';
import type { LegacyVersion } from './legacyClientMessages.js';
import { legacyDeviceView, type LegacyActuator, type LegacyDeviceView, type LegacySensor } from './legacyDeviceView.js';
import type { DeviceV0, DeviceV1, DeviceV2, DeviceV3, LegacyDevice, V3_SENSOR_NAMES } from './legacyServerMessages.js';

type V3SensorName = (typeof V3_SENSOR_NAMES)[number];

/** v3 spelling of a v4 input type. */
export const v3SensorName = (sensor: LegacySensor): V3SensorName => (sensor.type === 'Rssi' ? 'RSSI' : sensor.type);

const hasSensor = (view: LegacyDeviceView, type: LegacySensor['type']) => view.sensorRead.some((s) => s.type === type);

const v0Messages = (view: LegacyDeviceView): (typeof DeviceV0.Type)['DeviceMessages'] => {
  const names: (typeof DeviceV0.Type)['DeviceMessages'][number][] = ['StopDeviceCmd'];
  if (view.vibrate.length > 0) names.push('SingleMotorVibrateCmd');
  if (view.linear.length > 0) names.push('FleshlightLaunchFW12Cmd');
  if (view.rotate.length > 0) names.push('VorzeA10CycloneCmd');
  return names.sort();
};

const count = (list: readonly LegacyActuator[]) => ({ FeatureCount: list.length });
const countWithSteps = (list: readonly LegacyActuator[]) => ({
  FeatureCount: list.length,
  StepCount: list.map((a) => a.stepCount),
});

const v1Messages = (view: LegacyDeviceView): (typeof DeviceV1.Type)['DeviceMessages'] => ({
  ...(view.vibrate.length > 0 ? { VibrateCmd: count(view.vibrate), SingleMotorVibrateCmd: {} } : {}),
  ...(view.rotate.length > 0 ? { RotateCmd: count(view.rotate), VorzeA10CycloneCmd: {} } : {}),
  ...(view.linear.length > 0 ? { LinearCmd: count(view.linear), FleshlightLaunchFW12Cmd: {} } : {}),
  StopDeviceCmd: {},
});

const v2Messages = (view: LegacyDeviceView): (typeof DeviceV2.Type)['DeviceMessages'] => ({
  ...(view.vibrate.length > 0 ? { VibrateCmd: countWithSteps(view.vibrate) } : {}),
  ...(view.rotate.length > 0 ? { RotateCmd: countWithSteps(view.rotate) } : {}),
  ...(view.linear.length > 0 ? { LinearCmd: countWithSteps(view.linear) } : {}),
  ...(hasSensor(view, 'Battery') ? { BatteryLevelCmd: {} } : {}),
  ...(hasSensor(view, 'Rssi') ? { RSSILevelCmd: {} } : {}),
  StopDeviceCmd: {},
});

const actuatorAttributes = (list: readonly LegacyActuator[]) =>
  list.map((a) => ({
    FeatureDescriptor: a.description,
    // LinearCmd entries are HwPositionWithDuration outputs; v3 calls them Position.
    ActuatorType: a.type === 'HwPositionWithDuration' ? ('Position' as const) : a.type,
    StepCount: a.stepCount,
  }));

const sensorAttributes = (list: readonly LegacySensor[]) =>
  list.map((s) => ({
    FeatureDescriptor: s.description,
    SensorType: v3SensorName(s),
    SensorRange: s.ranges.map(([min, max]) => [min, max] as const),
  }));

const v3Messages = (view: LegacyDeviceView): (typeof DeviceV3.Type)['DeviceMessages'] => ({
  ...(view.scalar.length > 0 ? { ScalarCmd: actuatorAttributes(view.scalar) } : {}),
  ...(view.rotate.length > 0 ? { RotateCmd: actuatorAttributes(view.rotate) } : {}),
  ...(view.linear.length > 0 ? { LinearCmd: actuatorAttributes(view.linear) } : {}),
  ...(view.sensorRead.length > 0 ? { SensorReadCmd: sensorAttributes(view.sensorRead) } : {}),
  ...(view.sensorSubscribe.length > 0 ? { SensorSubscribeCmd: sensorAttributes(view.sensorSubscribe) } : {}),
  StopDeviceCmd: {},
});

/** One device as a DeviceList element (and DeviceAdded body, with an Id) of the given version. */
export const legacyDevice = (version: LegacyVersion, device: DeviceInfo): LegacyDevice => {
  const view = legacyDeviceView(device);
  const identity = { DeviceIndex: device.DeviceIndex, DeviceName: device.DeviceName };
  switch (version) {
    case 0:
      return { ...identity, DeviceMessages: v0Messages(view) };
    case 1:
      return { ...identity, DeviceMessages: v1Messages(view) };
    case 2:
      return { ...identity, DeviceMessages: v2Messages(view) };
    case 3:
      return {
        ...identity,
        ...(device.DeviceDisplayName !== undefined ? { DeviceDisplayName: device.DeviceDisplayName } : {}),
        DeviceMessageTimingGap: device.DeviceMessageTimingGap,
        DeviceMessages: v3Messages(view),
      };
  }
};
