/**
 * Device communication managers by the command-line flag that turns them on. To add a manager, give
 * its entry a `create` (or add an entry: the flag, its help and `--help` follow from this table). A
 * flag whose entry has no `create` yet parses, then stops the engine with "not available yet".
 */
import type { Logger } from '../logger.js';
import type { DeviceCommunicationManager } from '../../hardware/deviceCommunicationManager.js';
import { BluetoothLeDcm } from '../../hardware/bluetoothLe/bluetoothLeDcm.js';
import { HidDcm } from '../../hardware/hid/hidDcm.js';
import { LovenseDongleDcm } from '../../hardware/lovenseDongle/lovenseDongleDcm.js';
import { CliError } from './cliError.js';

/** What a manager may need from the command line. */
export interface DeviceManagerSettings {
  readonly deviceWebsocketServerPort: number;
  readonly logger: Logger;
}

export interface DeviceManagerEntry {
  /** What the flag turns on, for `--help` and messages. */
  readonly help: string;
  /** Builds the manager; absent while the manager is not built yet. */
  readonly create?: (settings: DeviceManagerSettings) => DeviceCommunicationManager;
}

export const deviceManagerRegistry: Readonly<Record<string, DeviceManagerEntry>> = {
  'use-bluetooth-le': { help: 'Bluetooth LE devices', create: () => new BluetoothLeDcm() },
  'use-serial': { help: 'serial port devices' },
  'use-hid': { help: 'HID devices', create: () => new HidDcm() },
  'use-lovense-dongle-hid': { help: 'devices behind a Lovense USB dongle (HID)', create: () => new LovenseDongleDcm() },
  'use-lovense-connect': { help: 'devices through the Lovense Connect app' },
  'use-device-websocket-server': { help: 'devices that connect over WebSocket (port: --device-websocket-server-port)' },
};

const factoryFor = (flag: string) => {
  const entry = deviceManagerRegistry[flag];
  if (!entry?.create) throw new CliError(`--${flag}: ${entry?.help ?? 'this device manager'} are not available yet in buttplug-actors`);
  return entry.create;
};

/** Throws a CliError naming the first flag whose manager is not built yet. */
export const checkDeviceManagers = (flags: readonly string[]): void => {
  for (const flag of flags) factoryFor(flag);
};

/** The managers for the flags given (a new set on every call: concurrent sessions each get their own). */
export const createDeviceManagers = (flags: readonly string[], settings: DeviceManagerSettings): DeviceCommunicationManager[] =>
  flags.map((flag) => factoryFor(flag)(settings));
