/**
 * `--device-config-file` and `--user-device-config-file`: the device database and the user's device
 * settings, read from files (JSON, the format of the reference's buttplug-device-config).
 */
import type { ButtplugServerOptions } from '../buttplugServer.js';
import { CliError } from './cliError.js';

export interface ConfigFilePaths {
  readonly deviceConfigFile?: string;
  readonly userDeviceConfigFile?: string;
}

/** The engine options the files stand for. The loader is not built yet: it fails with a clear message. */
export const loadConfigFiles = async (paths: ConfigFilePaths): Promise<Pick<ButtplugServerOptions, 'deviceConfig' | 'userConfig'>> => {
  const flag = paths.deviceConfigFile !== undefined ? '--device-config-file' : '--user-device-config-file';
  throw new CliError(`${flag}: loading device configuration files is not available yet in buttplug-actors`);
};
