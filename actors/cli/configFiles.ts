/**
 * `--device-config-file` and `--user-device-config-file`: the device database and the user's device
 * settings, read from files in the upstream v4 JSON format. A bad file stops the command line before
 * anything listens, with one line per problem (file, JSON path, what is wrong).
 */
import type { ButtplugServerOptions } from '../engine/buttplugServer.js';
import { DeviceConfigFileError, loadDeviceConfiguration } from '../engine/configFiles.js';
import type { Logger } from '../../protocols/core/logger.js';
import { CliError } from './cliError.js';

export interface ConfigFilePaths {
  readonly deviceConfigFile?: string;
  readonly userDeviceConfigFile?: string;
  /** The flag that named the user file (default `--user-device-config-file`). */
  readonly userDeviceConfigFlag?: string;
}

export const loadConfigFiles = async (
  paths: ConfigFilePaths,
  logger: Logger,
): Promise<Pick<ButtplugServerOptions, 'deviceConfig'>> => {
  try {
    return {
      deviceConfig: await loadDeviceConfiguration({
        ...(paths.deviceConfigFile !== undefined ? { deviceConfigFile: paths.deviceConfigFile } : {}),
        ...(paths.userDeviceConfigFile !== undefined ? { userConfigFile: paths.userDeviceConfigFile } : {}),
        logger,
      }),
    };
  } catch (error) {
    if (error instanceof DeviceConfigFileError) {
      const flag =
        paths.deviceConfigFile === error.file
          ? '--device-config-file'
          : (paths.userDeviceConfigFlag ?? '--user-device-config-file');
      throw new CliError(`${flag}: ${error.message}`);
    }
    throw error;
  }
};
