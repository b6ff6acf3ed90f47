/**
 * Device communication managers by the command-line flag that turns them on. To add a manager, add
 * an entry: the flag, its help and `--help` follow from this table.
 */
import type { Logger } from '../../protocols/core/logger.js';
import type { DeviceCommunicationManager } from '../../hardware/deviceCommunicationManager.js';
import { BluetoothLeDcm } from '../../hardware/bluetoothLe/bluetoothLeDcm.js';
import { HidDcm } from '../../hardware/hid/hidDcm.js';
import { LovenseDongleDcm } from '../../hardware/lovenseDongle/lovenseDongleDcm.js';
import { LovenseConnectDcm } from '../../hardware/lovenseConnect/lovenseConnectDcm.js';
import { SerialDcm } from '../../hardware/serial/serialDcm.js';
import { WebsocketDeviceDcm } from '../../hardware/websocketDevices/websocketDeviceDcm.js';
import { specifiersOf, type DeviceConfig } from '../../protocols/config/deviceConfig.js';

/** What a manager may need from the command line. */
export interface DeviceManagerSettings {
  readonly deviceConfig: DeviceConfig;
  readonly deviceWebsocketServerPort: number;
  /** `--websocket-use-all-interfaces` opens the device WebSocket server to the network too. */
  readonly listenOnAllInterfaces: boolean;
  readonly lovenseConnectAddress?: string;
  readonly logger: Logger;
}

export interface DeviceManagerEntry {
  /** What the flag turns on, for `--help` and messages. */
  readonly help: string;
  readonly create: (settings: DeviceManagerSettings) => DeviceCommunicationManager;
}

export const deviceManagerRegistry: Readonly<Record<string, DeviceManagerEntry>> = {
  'use-bluetooth-le': { help: 'Bluetooth LE devices', create: () => new BluetoothLeDcm() },
  'use-serial': {
    help: 'serial port devices (ports named in the user device config)',
    create: ({ deviceConfig }) => new SerialDcm({ specifiers: () => specifiersOf(deviceConfig, 'serial') }),
  },
  'use-hid': { help: 'HID devices', create: () => new HidDcm() },
  'use-lovense-dongle-hid': { help: 'devices behind a Lovense USB dongle (HID)', create: () => new LovenseDongleDcm() },
  'use-lovense-connect': {
    help: 'devices through the Lovense Connect app (address: --lovense-connect-address)',
    create: ({ lovenseConnectAddress }) =>
      new LovenseConnectDcm(lovenseConnectAddress !== undefined ? { address: lovenseConnectAddress } : {}),
  },
  'use-device-websocket-server': {
    help: 'devices that connect over WebSocket (port: --device-websocket-server-port)',
    create: ({ deviceConfig, deviceWebsocketServerPort, listenOnAllInterfaces }) =>
      new WebsocketDeviceDcm({
        port: deviceWebsocketServerPort,
        listenOnAllInterfaces,
        deviceNames: () => specifiersOf(deviceConfig, 'websocket').map((specifier) => specifier.name),
      }),
  },
};

/** The managers for the flags given (a new set on every call: concurrent sessions each get their own). */
export const createDeviceManagers = (
  flags: readonly string[],
  settings: DeviceManagerSettings,
): DeviceCommunicationManager[] => flags.map((flag) => deviceManagerRegistry[flag]!.create(settings));
