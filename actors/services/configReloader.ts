/**
 * Reloads the user's device settings while the engine runs (buttplug#635): when the user config
 * file changes (watched through its folder, so editors and atomic replace-by-rename are seen too;
 * bursts of changes are debounced), or when asked (SIGHUP without a terminal).
 *
 * A change whose text equals what was last loaded, or what the engine itself wrote back
 * (`ignoreContent`), is not a reload. A file that does not load (bad JSON, bad values) changes
 * nothing: the engine keeps its settings and the problem is reported, one line per problem.
 */
import { watch, type FSWatcher } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { loadDeviceConfiguration } from '../engine/configFiles.js';
import type { DeviceConfig } from '../../protocols/config/deviceConfig.js';
import { errorFields, silentLogger, type Logger } from '../../protocols/core/logger.js';
import { messageOf } from '../../protocols/core/errorText.js';

export interface ConfigReloaderOptions {
  readonly userConfigFile: string;
  /** Loaded again with the user file, when the engine runs with one. */
  readonly deviceConfigFile?: string;
  /** Hands the reloaded configuration to the engine(s). */
  readonly apply: (config: DeviceConfig) => void;
  /** A reload failed; the engine keeps its settings. */
  readonly onError?: (message: string) => void;
  /** Quiet time after the last change before reloading (default 250 ms). */
  readonly debounceMs?: number;
  readonly logger?: Logger;
}

export class ConfigReloader {
  private watcher: FSWatcher | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly known = new Set<string>();
  private running: Promise<boolean> = Promise.resolve(true);
  private closed = false;
  private readonly logger: Logger;

  private constructor(private readonly options: ConfigReloaderOptions) {
    this.logger = (options.logger ?? silentLogger).child({ service: 'config-reload', file: options.userConfigFile });
  }

  /** Starts watching; the file's current text counts as loaded. */
  static async watch(options: ConfigReloaderOptions): Promise<ConfigReloader> {
    const reloader = new ConfigReloader(options);
    const text = await readFile(options.userConfigFile, 'utf8').catch(() => undefined);
    if (text !== undefined) reloader.known.add(text);
    const name = basename(options.userConfigFile);
    try {
      reloader.watcher = watch(dirname(options.userConfigFile), { persistent: false }, (_event, file) => {
        if (file === null || file === name) reloader.changed();
      });
      reloader.watcher.on('error', (error) =>
        reloader.logger.warn(errorFields(error), 'cannot watch the user config file any more; SIGHUP still reloads'),
      );
    } catch (error) {
      reloader.logger.warn(errorFields(error), 'cannot watch the user config file; SIGHUP still reloads');
    }
    return reloader;
  }

  /** The engine wrote this text to the file itself: seeing it there again is no reason to reload. */
  ignoreContent(text: string): void {
    this.known.add(text);
    // Only the last few matter; keep the set small.
    if (this.known.size > 8) this.known.delete(this.known.values().next().value!);
  }

  /** Reloads now, even if the text did not change (SIGHUP). Resolves true when the new settings were applied. */
  reload(reason = 'asked'): Promise<boolean> {
    return this.enqueue(reason, true);
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    this.watcher?.close();
  }

  private changed(): void {
    if (this.closed) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.enqueue('the file changed', false), this.options.debounceMs ?? 250);
    this.timer.unref();
  }

  /** One reload at a time, in order. */
  private enqueue(reason: string, force: boolean): Promise<boolean> {
    this.running = this.running.then(() => this.reloadNow(reason, force));
    return this.running;
  }

  private async reloadNow(reason: string, force: boolean): Promise<boolean> {
    if (this.closed) return false;
    let text: string;
    try {
      text = await readFile(this.options.userConfigFile, 'utf8');
    } catch (error) {
      // Mid-replace, or deleted: a later change event brings the new file.
      this.logger.debug(errorFields(error), 'user config file not readable now');
      if (force) this.fail(`${this.options.userConfigFile}: cannot read the file: ${messageOf(error)}`);
      return false;
    }
    if (!force && this.known.has(text)) return false;
    this.known.clear();
    this.known.add(text);
    try {
      const config = await loadDeviceConfiguration({
        userConfigFile: this.options.userConfigFile,
        ...(this.options.deviceConfigFile !== undefined ? { deviceConfigFile: this.options.deviceConfigFile } : {}),
        logger: this.logger,
      });
      if (this.closed) return false;
      this.logger.info({ reason }, 'reloading the user device settings');
      this.options.apply(config);
      return true;
    } catch (error) {
      this.fail(messageOf(error));
      return false;
    }
  }

  private fail(message: string): void {
    this.logger.error(
      { problems: message.split('\n') },
      'the user config file did not load; keeping the current settings',
    );
    this.options.onError?.(message);
  }
}
