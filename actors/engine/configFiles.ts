/**
 * Loads the device configuration from files, for the command line (`--device-config-file`,
 * `--user-device-config-file`) and hosts that keep settings on disk.
 *
 * A device config file **replaces** the built-in database (as Intiface does): the file is then the
 * whole truth about which devices exist, and protocols it does not list find nothing. The user file is
 * layered on top. Any problem in either file fails the load with one line per problem, naming the
 * file, the JSON path and what is wrong; the engine never starts half-configured.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import {
  formatIssue,
  parseJsonText,
  type ConfigIssue,
  type ConfigParseResult,
} from '../../protocols/config/configIssues.js';
import { createDeviceConfig, type DeviceConfig } from '../../protocols/config/deviceConfig.js';
import { parseDeviceConfigFile } from '../../protocols/config/deviceConfigFile.js';
import type { ProtocolConfig } from '../../protocols/config/deviceDefinitions.js';
import { parseUserConfigFile } from '../../protocols/config/userConfigFile.js';
import type { AnyDeviceProtocol } from '../../protocols/devices/shared/deviceProtocol.js';
import { builtinProtocols } from '../../protocols/devices/index.js';
import { silentLogger, type Logger } from '../../protocols/core/logger.js';
import { messageOf } from '../../protocols/core/errorText.js';

/** A config file that cannot be used; `message` has one `file: path: problem` line per problem. */
export class DeviceConfigFileError extends Error {
  override readonly name = 'DeviceConfigFileError';
  constructor(
    readonly file: string,
    readonly issues: readonly ConfigIssue[],
  ) {
    super(issues.map((found) => `${file}: ${formatIssue(found)}`).join('\n'));
  }
}

export interface LoadDeviceConfigurationOptions {
  /** A device config file in the upstream v4 JSON format; replaces the built-in database. */
  readonly deviceConfigFile?: string;
  /** A user device config file (upstream v4 JSON, `user_configs`), layered on the database. */
  readonly userConfigFile?: string;
  /** The protocol implementations the engine will run (default: every built-in one). */
  readonly protocols?: readonly AnyDeviceProtocol[];
  /** Hears about keys that were ignored and protocols that cannot be driven. */
  readonly logger?: Logger;
}

/** Far above any real config file (the whole upstream device database is about 600 KB). */
export const MAX_CONFIG_FILE_BYTES = 16 * 1024 * 1024;

/**
 * Reads a file only if it is a regular file of at most `maxBytes`. Opened without blocking, so a FIFO
 * or a device given by mistake is refused at once instead of hanging start-up until someone writes.
 */
const readRegularFile = async (file: string, maxBytes: number): Promise<string> => {
  const handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) {
      const kind = stats.isFIFO() ? 'a FIFO' : stats.isDirectory() ? 'a directory' : 'not a regular file';
      throw new Error(`it is ${kind}; a config file must be a regular file`);
    }
    if (stats.size > maxBytes) throw new Error(`it is ${stats.size} bytes; a config file may have at most ${maxBytes}`);
    // Room for one byte more than it has: a file that grows meanwhile is noticed, and still bounded.
    const buffer = Buffer.alloc(Math.min(stats.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > maxBytes) throw new Error(`it is larger than ${maxBytes} bytes`);
      if (length === buffer.length) throw new Error('it grew while it was being read');
    }
    return buffer.subarray(0, length).toString('utf8');
  } finally {
    await handle.close();
  }
};

const readConfigFile = async <T>(
  file: string,
  parse: (value: unknown) => ConfigParseResult<T>,
  logger: Logger,
): Promise<T> => {
  let text: string;
  try {
    text = await readRegularFile(file, MAX_CONFIG_FILE_BYTES);
  } catch (error) {
    throw new DeviceConfigFileError(file, [{ path: [], message: `cannot read the file: ${messageOf(error)}` }]);
  }
  const json = parseJsonText(text);
  const parsed = json.ok ? parse(json.value) : json;
  if (!parsed.ok) throw new DeviceConfigFileError(file, parsed.issues);
  for (const warning of parsed.warnings) logger.warn({ file }, formatIssue(warning));
  return parsed.value;
};

/** The device configuration the engine should run with (`ButtplugServerOptions.deviceConfig`). Throws `DeviceConfigFileError`. */
export const loadDeviceConfiguration = async (options: LoadDeviceConfigurationOptions = {}): Promise<DeviceConfig> => {
  const protocols = options.protocols ?? builtinProtocols;
  const logger = options.logger ?? silentLogger;
  let database: readonly ProtocolConfig[] = protocols.map((protocol) => protocol.config);
  if (options.deviceConfigFile !== undefined) {
    const file = options.deviceConfigFile;
    database = await readConfigFile(file, parseDeviceConfigFile, logger);
    const implemented = new Set(protocols.map((protocol) => protocol.name));
    const listed = new Set(database.map((protocol) => protocol.name));
    const unusable = [...listed].filter((name) => !implemented.has(name));
    const missing = [...implemented].filter((name) => !listed.has(name));
    if (unusable.length)
      logger.info({ file, protocols: unusable }, 'protocols in the device config file that this engine cannot drive');
    if (missing.length)
      logger.warn(
        { file, protocols: missing },
        'protocols missing from the device config file: their devices will not be found',
      );
  }
  const userConfig =
    options.userConfigFile !== undefined
      ? await readConfigFile(options.userConfigFile, (value) => parseUserConfigFile(value, database), logger)
      : {};
  return createDeviceConfig(database, userConfig);
};
