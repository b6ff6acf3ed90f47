/**
 * Device indexes that survive a restart: each device the engine sees for the first time is written back
 * to a user device config file (upstream v4 JSON), as Intiface Engine does, so the next run gives it
 * the same index. This module is the only place the engine writes a config file.
 *
 * Every write re-reads the file, adds the new devices to `user_configs.devices` and leaves everything
 * else as it was (the user's settings, keys this engine does not know, the file's indentation), then
 * replaces the file atomically: a temporary file in the same folder, renamed over the old one. A file
 * that is missing is created; one that is not JSON, or not a v4 file, is never touched (one warning).
 * Writes are queued, so devices found together are written one after the other, none lost.
 */
import { randomUUID } from 'node:crypto';
import { chmod, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { RememberedDevice } from '../../machines/deviceManagerMachine.js';
import { messageOf } from '../../protocols/core/errorText.js';
import { silentLogger, type Logger } from '../../protocols/core/logger.js';

export type { RememberedDevice };

/** Where the engine keeps the devices it has seen (`ButtplugServerOptions.deviceIndexStore`). */
export interface DeviceIndexStore {
  remember(device: RememberedDevice): void;
  /** Resolves once every write asked for so far is on disk (or has failed and been logged). */
  flush(): Promise<void>;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The indentation the file uses (two spaces when it has none, or is new). */
const indentOf = (text: string): string | number => /\n([ \t]+)"/.exec(text)?.[1] ?? 2;

const sameDevice = (entry: unknown, device: RememberedDevice): boolean => {
  const identifier = isObject(entry) && isObject(entry['identifier']) ? entry['identifier'] : undefined;
  return (
    identifier !== undefined &&
    identifier['protocol'] === device.key.protocol &&
    identifier['address'] === device.key.address &&
    (identifier['identifier'] ?? undefined) === device.key.identifier
  );
};

const indexOf = (entry: unknown): unknown => {
  const config = isObject(entry) ? entry['config'] : undefined;
  const user = isObject(config) ? config['user_config'] : undefined;
  return isObject(user) ? user['index'] : undefined;
};

/** A user config file's device entry, as `parseUserConfigFile` reads it back. */
const deviceEntry = (device: RememberedDevice): Json => ({
  identifier: {
    protocol: device.key.protocol,
    ...(device.key.identifier !== undefined ? { identifier: device.key.identifier } : {}),
    address: device.key.address,
  },
  config: {
    id: randomUUID(),
    base_id: device.baseId,
    name: device.name,
    features: device.featureIds.map((id) => ({ id: randomUUID(), base_id: id })),
    user_config: { allow: false, deny: false, index: device.index },
  },
});

export class DeviceIndexFile implements DeviceIndexStore {
  private queue: Promise<void> = Promise.resolve();
  private warned = false;
  private readonly writeListeners = new Set<(text: string) => void>();

  constructor(
    readonly path: string,
    private readonly logger: Logger = silentLogger,
  ) {}

  remember(device: RememberedDevice): void {
    this.queue = this.queue.then(() =>
      this.add(device).catch((error: unknown) => this.warnOnce(`cannot write device indexes: ${messageOf(error)}`)),
    );
  }

  flush(): Promise<void> {
    return this.queue;
  }

  /** Told each text just before it replaces the file (a config reloader ignores the engine's own writes). */
  onWrite(listener: (text: string) => void): () => void {
    this.writeListeners.add(listener);
    return () => this.writeListeners.delete(listener);
  }

  private warnOnce(message: string): void {
    if (this.warned) return;
    this.warned = true;
    this.logger.warn({ file: this.path }, `${this.path}: ${message}; devices may get other indexes after a restart`);
  }

  private async add(device: RememberedDevice): Promise<void> {
    let text: string | undefined;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    let document: unknown = { version: { major: 4, minor: 0 }, user_configs: { protocols: {}, devices: [] } };
    if (text !== undefined) {
      try {
        document = JSON.parse(text);
      } catch {
        return this.warnOnce('the file is not JSON, so it was left as it is');
      }
    }
    const version = isObject(document) && isObject(document['version']) ? document['version']['major'] : undefined;
    if (!isObject(document) || version !== 4)
      return this.warnOnce('not a version 4 user device config file, so it was left as it is');
    const userConfigs = isObject(document['user_configs']) ? document['user_configs'] : {};
    const devices = Array.isArray(userConfigs['devices']) ? userConfigs['devices'] : [];
    if (devices.some((entry) => sameDevice(entry, device))) return;
    if (devices.some((entry) => indexOf(entry) === device.index)) {
      return this.warnOnce(`index ${device.index} was given to another device in the file meanwhile`);
    }
    document['user_configs'] = { ...userConfigs, devices: [...devices, deviceEntry(device)] };
    await this.replace(`${JSON.stringify(document, null, text === undefined ? 2 : indentOf(text))}\n`);
    this.logger.debug({ file: this.path, deviceIndex: device.index, device: device.name }, 'device index written');
  }

  /** Write a sibling, then rename it over the file: readers see the old file or the new one, never half. */
  private async replace(text: string): Promise<void> {
    const temporary = join(dirname(this.path), `.${basename(this.path)}.${process.pid}.${randomUUID()}.tmp`);
    try {
      await writeFile(temporary, text, { encoding: 'utf8', flag: 'wx' });
      const mode = await stat(this.path).then(
        (stats) => stats.mode & 0o777,
        () => undefined,
      );
      if (mode !== undefined) await chmod(temporary, mode);
      for (const listener of this.writeListeners) listener(text);
      await rename(temporary, this.path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }
}
