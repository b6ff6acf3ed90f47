/**
 * Serial devices (TCode strokers and other serial toys). A serial port carries no name a protocol could
 * recognise, so only ports the configuration names are offered (user serial specifiers such as
 * `/dev/ttyUSB0` or `COM3`); the matched specifier's baud rate and framing open the port.
 *
 * While scanning, the DCM machine's poll loop has the manager look (`scanOnce`) every few seconds (5 s,
 * as the reference) for the configured ports:
 * a port is there when the operating system lists it or its path exists (pseudo-terminals and symlinks
 * are never listed). Devices are offered only while scanning, as every timed-retry manager does.
 */
import { access } from 'node:fs/promises';
import type { Logger } from '../../protocols/core/logger.js';
import type { CommunicationSpecifier } from '../../protocols/config/deviceDefinitions.js';
import type { DcmEvents, DeviceCommunicationManager, PollLook } from '../deviceCommunicationManager.js';
import { HardwareError, type DiscoveredDevice } from '../hardware.js';
import { SerialHardware } from './serialHardware.js';
import {
  loadSerialPortLibrary,
  serialSettings,
  type SerialLine,
  type SerialPortLibrary,
  type SerialSettings,
  type SerialSpecifier,
} from './serialPortLibrary.js';
import { messageOf } from '../../protocols/core/errorText.js';

export interface SerialDcmOptions {
  /** The serial specifiers of the device configuration (`specifiersOf(config, 'serial')`); asked at every look. */
  readonly specifiers: () => readonly SerialSpecifier[];
  /** How often to look for the ports while scanning (default 5000 ms). */
  readonly pollIntervalMs?: number;
  /** The serial library (default: `serialport`, loaded by `start()`). */
  readonly library?: () => Promise<SerialPortLibrary>;
}

/** The database's placeholder: a real port comes from the user's configuration. */
const PLACEHOLDER_PORT = 'default';

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

export class SerialDcm implements DeviceCommunicationManager {
  readonly name = 'serial';
  private library: SerialPortLibrary | undefined;
  private events: DcmEvents | undefined;
  private logger: Logger | undefined;
  private listFailureLogged = false;
  /** Open ports by path. */
  private readonly connected = new Map<string, SerialHardware>();

  readonly pollIntervalMs: number;

  constructor(private readonly options: SerialDcmOptions) {
    this.pollIntervalMs = options.pollIntervalMs ?? 5_000;
  }

  async start(events: DcmEvents, logger: Logger): Promise<void> {
    this.library = await (this.options.library ?? loadSerialPortLibrary)();
    this.events = events;
    this.logger = logger;
  }

  async startScanning(): Promise<void> {
    if (!this.events) throw new Error('the serial manager is not started');
  }

  async stopScanning(): Promise<void> {}

  async stop(): Promise<void> {
    this.events = undefined;
    await Promise.all([...this.connected.values()].map((hardware) => hardware.disconnect()));
  }

  /** Offers every configured port that is there now (open ports notice their own end: no look between scans). */
  async scanOnce({ scanning, signal }: PollLook): Promise<void> {
    if (!scanning) return;
    try {
      const present = await this.presentPorts();
      if (signal.aborted) return;
      for (const port of present) {
        if (!this.connected.has(port)) this.events?.deviceFound(this.discovered(port));
      }
    } catch (error) {
      this.logger?.warn({ reason: messageOf(error) }, 'looking for serial ports failed');
    }
  }

  private async presentPorts(): Promise<string[]> {
    const configured = [...new Set(this.options.specifiers().map((s) => s.port))].filter(
      (port) => port !== PLACEHOLDER_PORT,
    );
    if (configured.length === 0) return [];
    const listed = new Set(await this.listPorts());
    const present = await Promise.all(configured.map(async (port) => listed.has(port) || (await exists(port))));
    return configured.filter((_, i) => present[i]);
  }

  private async listPorts(): Promise<string[]> {
    try {
      return await this.library!.list();
    } catch (error) {
      // Linux lists ports through udev; without it, configured paths are still checked on disk.
      if (!this.listFailureLogged)
        this.logger?.debug({ reason: messageOf(error) }, 'cannot list serial ports; checking configured paths only');
      this.listFailureLogged = true;
      return [];
    }
  }

  private discovered(port: string): DiscoveredDevice {
    return {
      info: { transport: 'serial', name: `Serial Port Device ${port}`, address: port, port },
      connect: (specifier, { timeoutMs }) => this.connect(port, specifier, timeoutMs),
    };
  }

  private async connect(port: string, specifier: CommunicationSpecifier, timeoutMs: number): Promise<SerialHardware> {
    if (!this.library || !this.events) throw new HardwareError('the serial manager is stopped');
    if (specifier.transport !== 'serial')
      throw new HardwareError(`serial port ${port} cannot connect as ${specifier.transport}`);
    const settings = serialSettings(specifier);
    if ('problem' in settings) throw new HardwareError(`serial port ${port}: ${settings.problem}`);
    const line = await this.openWithin(port, settings, timeoutMs);
    if (!this.events) {
      await line.close();
      throw new HardwareError('the serial manager stopped while the port was opening');
    }
    const hardware = new SerialHardware(port, port, line);
    this.connected.set(port, hardware);
    hardware.onEvent((event) => {
      if (event.type === 'disconnected' && this.connected.get(port) === hardware) this.connected.delete(port);
    });
    this.logger?.info({ port, baudRate: settings.baudRate }, 'serial port opened');
    return hardware;
  }

  /** Opens the port, or fails after `timeoutMs`; a port that opens too late is closed again. */
  private openWithin(port: string, settings: SerialSettings, timeoutMs: number): Promise<SerialLine> {
    return new Promise((resolve, reject) => {
      let late = false;
      const timer = setTimeout(() => {
        late = true;
        reject(new HardwareError(`opening serial port ${port} timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      this.library!.open(port, settings).then(
        (line) => {
          clearTimeout(timer);
          if (late) void line.close();
          else resolve(line);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(new HardwareError(messageOf(error)));
        },
      );
    });
  }
}
