/**
 * A device communication manager (DCM) finds devices on one kind of bus (Bluetooth LE, serial, HID...).
 * Implementations are plain objects; `dcmMachine` gives each one its lifecycle as an actor.
 */
import type { Logger } from '../protocols/core/logger.js';
import type { DiscoveredDevice } from './hardware.js';

export interface DcmEvents {
  deviceFound(device: DiscoveredDevice): void;
  /** A finite scan ended on its own. */
  scanningFinished(): void;
  /** The subsystem went away (adapter unplugged) or came back. */
  availabilityChanged(available: boolean, reason?: string): void;
}

/** One look at a bus by a polling manager. */
export interface PollLook {
  /** Offer what is found (a scan is running); else only notice open devices that went away. */
  readonly scanning: boolean;
  /** Aborted when the look is no longer wanted (the scan stopped, the bus went away). */
  readonly signal: AbortSignal;
}

export interface DeviceCommunicationManager {
  /** Short name used in logs and actor ids: `simulated`, `bluetooth-le`, `serial`... */
  readonly name: string;
  /**
   * Brings the subsystem up. Rejects (with a reason a user can act on) when it cannot work here:
   * no adapter, missing library, no permission. The engine keeps running without it.
   */
  start(events: DcmEvents, logger: Logger): Promise<void>;
  startScanning(): Promise<void>;
  stopScanning(): Promise<void>;
  /** Releases everything (sockets, adapters, timers). */
  stop(): Promise<void>;
  /**
   * Managers that find devices by looking again and again (HID, serial, Lovense Connect) leave the
   * loop to the DCM machine: after `startScanning` it calls `scanOnce` at once and then every
   * `pollIntervalMs` until the scan stops; between scans it keeps looking while `isWatching()`.
   */
  scanOnce?(look: PollLook): Promise<void>;
  /** The pause between looks (default 1 s). */
  readonly pollIntervalMs?: number;
  /** Open devices that only a look notices leaving (no unplug event of their own). */
  isWatching?(): boolean;
}
