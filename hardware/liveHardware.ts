/**
 * Every live hardware connection in the process and the writes that stop it: the emergency stop that
 * does not depend on the actor system.
 *
 * When a device becomes ready, its stop (every stoppable output at zero, encoded by the device's own
 * protocol) is armed here. When something fails that the actors cannot contain (a device actor, the
 * device manager, an engine's root, the process itself), the stop is written straight to the
 * hardware from here, then the hardware is disconnected. Plain objects and promises only: this works
 * when every actor is gone.
 */
import type { WriteRequest } from '../protocols/devices/shared/hardwareRequests.js';
import { messageOf } from '../protocols/core/errorText.js';
import { withTimeout } from '../protocols/core/timeouts.js';
import type { Hardware } from './hardware.js';

/** How long one device's stop and disconnect may take in an emergency. */
export const EMERGENCY_STOP_TIMEOUT_MS = 1_000;

export interface LiveHardwareOwner {
  /** What the hardware was connected for (the engine uses its `DiscoveredDevice`). */
  readonly owner: object;
  /** Who it belongs to (the engine uses one object per `ButtplugServer`). */
  readonly scope: object;
}

interface Entry extends LiveHardwareOwner {
  readonly hardware: Hardware;
  stop: readonly WriteRequest[] | undefined;
  readonly stopListening: () => void;
}

/** What an emergency stop did. */
export interface EmergencyStopReport {
  /** Hardware whose stop was written (all of it) and that was then disconnected. */
  readonly stopped: readonly string[];
  /** Hardware that could not be stopped (no stop armed yet, a write failed or timed out), and why. */
  readonly failed: readonly { readonly address: string; readonly reason: string }[];
}

/** Calls an I/O function; a synchronous throw becomes a rejected promise. */
const attempt = <T>(call: () => Promise<T>): Promise<T> => {
  try {
    return Promise.resolve(call());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
};

const addressOf = (hardware: Hardware): string => {
  try {
    return `${hardware.name} (${hardware.address})`;
  } catch {
    return 'unknown hardware';
  }
};

export class LiveHardwareRegistry {
  private readonly entries = new Map<Hardware, Entry>();
  /** Emergency stops still writing. */
  private readonly stopping = new Set<Promise<unknown>>();

  /** Hardware is connected and owned by the engine; forgotten by itself when it drops. */
  connected(hardware: Hardware, owner: LiveHardwareOwner): void {
    this.entries.get(hardware)?.stopListening();
    let stopListening = () => {};
    try {
      stopListening = hardware.onEvent((event) => {
        if (event.type === 'disconnected') this.released(hardware);
      });
    } catch {
      // Hardware that cannot be listened to is still stopped in an emergency; it is forgotten on release.
    }
    this.entries.set(hardware, { ...owner, hardware, stop: undefined, stopListening });
  }

  /** The writes that stop every output of this hardware, computed when its device became ready. */
  armStop(hardware: Hardware, writes: readonly WriteRequest[]): void {
    const entry = this.entries.get(hardware);
    if (entry) entry.stop = writes;
  }

  /** The hardware was closed in an orderly way (or dropped): nothing left to stop. */
  released(hardware: Hardware): void {
    const entry = this.entries.get(hardware);
    if (!entry) return;
    this.entries.delete(hardware);
    entry.stopListening();
  }

  /** Everything connected for this owner was closed (a device actor ended). */
  releaseOwner(owner: object): void {
    for (const entry of [...this.entries.values()]) if (entry.owner === owner) this.released(entry.hardware);
  }

  /** Whether this hardware is live (connected, not stopped by an emergency stop or released). */
  isLive(hardware: Hardware): boolean {
    return this.entries.has(hardware);
  }

  /** Hardware live now, optionally only one engine's. */
  live(scope?: object): Hardware[] {
    return [...this.entries.values()].filter((e) => scope === undefined || e.scope === scope).map((e) => e.hardware);
  }

  /** The armed stop of this hardware, if any (for a device server replacing a connection, and tests). */
  stopOf(hardware: Hardware): readonly WriteRequest[] | undefined {
    return this.entries.get(hardware)?.stop;
  }

  /**
   * Stops one piece of hardware: its stop, then disconnect (unless the caller closes it itself, as a
   * device server replacing a connection does, with its own reason).
   */
  stopHardware(
    hardware: Hardware,
    options: { readonly timeoutMs?: number; readonly disconnect?: boolean } = {},
  ): Promise<EmergencyStopReport> {
    return this.emergencyStop(
      (entry) => entry.hardware === hardware,
      options.timeoutMs ?? EMERGENCY_STOP_TIMEOUT_MS,
      options.disconnect ?? true,
    );
  }

  /** Stops what was connected for this owner (a failed device actor's hardware). */
  stopOwner(owner: object, timeoutMs = EMERGENCY_STOP_TIMEOUT_MS): Promise<EmergencyStopReport> {
    return this.emergencyStop((entry) => entry.owner === owner, timeoutMs);
  }

  /** Stops every piece of one engine's hardware. */
  stopScope(scope: object, timeoutMs = EMERGENCY_STOP_TIMEOUT_MS): Promise<EmergencyStopReport> {
    return this.emergencyStop((entry) => entry.scope === scope, timeoutMs);
  }

  /** Resolves once every emergency stop under way has finished writing (each is bounded by its timeouts). */
  async idle(): Promise<void> {
    while (this.stopping.size > 0) await Promise.allSettled([...this.stopping]);
  }

  /** Stops everything in the process (the last thing a dying process does). */
  stopAll(timeoutMs = EMERGENCY_STOP_TIMEOUT_MS): Promise<EmergencyStopReport> {
    return this.emergencyStop(() => true, timeoutMs);
  }

  /**
   * Writes every chosen hardware's stop and disconnects it. All writes are issued at once (in order
   * within one device), so a dying process gets its stops out first. Never throws or rejects.
   */
  private async emergencyStop(
    chosen: (entry: Entry) => boolean,
    timeoutMs: number,
    disconnect = true,
  ): Promise<EmergencyStopReport> {
    const entries = [...this.entries.values()].filter((entry) => {
      try {
        return chosen(entry);
      } catch {
        return false;
      }
    });
    for (const entry of entries) this.released(entry.hardware);
    const all = Promise.all(entries.map((entry) => stopEntry(entry, timeoutMs, disconnect)));
    this.stopping.add(all);
    const results = await all.finally(() => this.stopping.delete(all));
    return {
      stopped: results.flatMap((r) => (r.reason === undefined ? [r.address] : [])),
      failed: results.flatMap((r) => (r.reason === undefined ? [] : [{ address: r.address, reason: r.reason }])),
    };
  }
}

const stopEntry = async (
  entry: Entry,
  timeoutMs: number,
  disconnect: boolean,
): Promise<{ address: string; reason?: string }> => {
  const { hardware } = entry;
  const address = addressOf(hardware);
  let reason: string | undefined = entry.stop === undefined ? 'its stop was not known yet' : undefined;
  // Every write is tried, even after one failed: each may stop another output.
  for (const write of entry.stop ?? []) {
    try {
      await withTimeout(
        attempt(() => hardware.write(write.endpoint, write.data, write.withResponse)),
        timeoutMs,
        `emergency stop of ${address}`,
      );
    } catch (error) {
      reason ??= messageOf(error);
    }
  }
  if (disconnect)
    await withTimeout(
      attempt(() => hardware.disconnect()),
      timeoutMs,
      `disconnecting ${address}`,
    ).catch(() => {});
  return reason === undefined ? { address } : { address, reason };
};

/** The process's registry: the engine arms every device's stop here. */
export const liveHardware = new LiveHardwareRegistry();
