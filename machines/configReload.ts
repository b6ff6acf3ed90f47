/**
 * What reloading the user's device settings means for the devices already connected, as a pure
 * decision the device manager carries out:
 *
 * - the new configuration is the file's, plus the devices this engine remembered at runtime that the
 *   file does not mention (so their indexes stay stable);
 * - a connected (or connecting) device whose address is no longer allowed is disconnected: its
 *   outputs are zeroed and it leaves the DeviceList;
 * - a connected device whose definition changed (display name, limits, disabled outputs, reversed
 *   positions, message gap) is redefined in place, keeping its index.
 */
import {
  isAddressAllowed,
  resolveDevice,
  type DeviceConfig,
  type UserDeviceSettings,
} from '../protocols/config/deviceConfig.js';
import { deviceKeyString } from '../protocols/config/deviceDefinitions.js';
import type { ResolvedDevice } from '../protocols/config/resolvedDevice.js';

export interface ReloadPlan {
  readonly config: DeviceConfig;
  /** Device actors to disconnect (no longer allowed). */
  readonly disconnect: readonly string[];
  /** Device actors whose definition changed, with the new one. */
  readonly redefine: readonly { readonly deviceId: string; readonly definition: ResolvedDevice }[];
}

export interface ConnectedDevice {
  readonly deviceId: string;
  readonly index: number;
  readonly address: string;
}

/** The remembered settings of the connected device at this index and address. */
const settingsOf = (config: DeviceConfig, device: ConnectedDevice): UserDeviceSettings | undefined =>
  [...config.devices.values()].find((s) => s.index === device.index && s.key.address === device.address);

export const planReload = (
  current: DeviceConfig,
  loaded: DeviceConfig,
  connected: readonly ConnectedDevice[],
  /** Device actors still connecting: id and address. */
  connecting: Iterable<readonly [string, string]>,
): ReloadPlan => {
  const devices = new Map(loaded.devices);
  const claimed = new Set([...loaded.devices.values()].map((settings) => settings.index));
  for (const [key, settings] of current.devices) {
    if (devices.has(key) || claimed.has(settings.index)) continue;
    // Remembered at runtime, not in the file: keep the index, nothing else.
    devices.set(key, {
      key: settings.key,
      index: settings.index,
      allow: false,
      deny: false,
      ...(settings.baseId !== undefined ? { baseId: settings.baseId } : {}),
    });
  }
  // A connected device keeps its index whatever the file says: clients address it by that index.
  for (const device of connected) {
    const settings = settingsOf(current, device);
    if (!settings) continue;
    const keyString = deviceKeyString(settings.key);
    const fromFile = devices.get(keyString);
    // The layout the hardware chose (an SDL pad's) is not in any file: it stays with the connected device.
    const selection = settings.selection ? { selection: settings.selection } : {};
    devices.set(keyString, { ...(fromFile ?? settings), ...selection, index: device.index });
  }
  const config: DeviceConfig = { ...loaded, devices };

  const disconnect: string[] = [];
  const redefine: { deviceId: string; definition: ResolvedDevice }[] = [];
  for (const [deviceId, address] of connecting) if (!isAddressAllowed(config, address)) disconnect.push(deviceId);
  for (const device of connected) {
    if (!isAddressAllowed(config, device.address)) {
      disconnect.push(device.deviceId);
      continue;
    }
    const settings = settingsOf(current, device);
    if (!settings) continue;
    const before = resolveDevice(current, settings.key)?.device;
    const after = resolveDevice(config, settings.key)?.device;
    if (after && JSON.stringify(before) !== JSON.stringify(after))
      redefine.push({ deviceId: device.deviceId, definition: after });
  }
  return { config, disconnect, redefine };
};
