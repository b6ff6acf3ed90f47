/** A connected device as spec v4 DeviceList describes it, built from its resolved definition. */
import type { OutputType } from '../buttplug/featureTypes.js';
import type { DeviceFeatureInfo, DeviceInfo, FeatureInputs, FeatureOutputs, MessageV4 } from '../buttplug/messages.js';
import { clientRange, type ResolvedDevice, type ResolvedFeature } from './resolvedDevice.js';

/** Feature entries by resolved feature: devices of one model without user settings share theirs. */
const featureInfos = new WeakMap<ResolvedFeature, DeviceFeatureInfo | null>();

const featureInfo = (feature: ResolvedFeature): DeviceFeatureInfo | undefined => {
  let info = featureInfos.get(feature);
  if (info === undefined) featureInfos.set(feature, (info = newFeatureInfo(feature) ?? null));
  return info ?? undefined;
};

const newFeatureInfo = (feature: ResolvedFeature): DeviceFeatureInfo | undefined => {
  const outputs: Partial<Record<OutputType, unknown>> = {};
  for (const output of feature.outputs) {
    if (output.disabled) continue;
    outputs[output.type] =
      output.type === 'HwPositionWithDuration'
        ? { Value: clientRange(output), Duration: output.duration ?? [0, 0] }
        : { Value: clientRange(output) };
  }
  const inputs: Record<string, unknown> = {};
  for (const [type, input] of Object.entries(feature.inputs)) {
    inputs[type] = { Value: input!.value, Command: input!.command };
  }
  const hasOutputs = Object.keys(outputs).length > 0;
  const hasInputs = Object.keys(inputs).length > 0;
  if (!hasOutputs && !hasInputs) return undefined;
  return {
    FeatureIndex: feature.index,
    FeatureDescription: feature.description,
    ...(hasOutputs ? { Output: outputs as FeatureOutputs } : {}),
    ...(hasInputs ? { Input: inputs as FeatureInputs } : {}),
  };
};

/** `messageGapMs` is the gap the engine really enforces for this device. */
export const deviceInfo = (device: ResolvedDevice, messageGapMs: number): DeviceInfo => {
  const features: Record<string, DeviceFeatureInfo> = {};
  for (const feature of device.features) {
    const info = featureInfo(feature);
    if (info) features[String(feature.index)] = info;
  }
  return {
    DeviceIndex: device.index,
    DeviceName: device.name,
    ...(device.displayName !== undefined ? { DeviceDisplayName: device.displayName } : {}),
    DeviceMessageTimingGap: messageGapMs,
    DeviceFeatures: features,
  };
};

export const deviceListMessage = (id: number, devices: Iterable<DeviceInfo>): MessageV4<'DeviceList'> => {
  const map: Record<string, DeviceInfo> = {};
  for (const device of devices) map[String(device.DeviceIndex)] = device;
  return { type: 'DeviceList', Id: id, Devices: map };
};
