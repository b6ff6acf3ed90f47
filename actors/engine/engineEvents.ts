/**
 * What an engine tells the program that embeds it: clients coming and going, devices coming and
 * going, and what each device output was last set to. The same facts Intiface Engine reports to its
 * GUI (`EngineMessage`), as typed events on `ButtplugServer`.
 *
 * Devices and their outputs are read from the actors' snapshots (the device manager's table, each
 * device's written outputs), so the machines need no extra events for observers.
 */
import { EventEmitter } from 'eventemitter3';
import type { AnyActorRef, Subscription } from 'xstate';
import type { OutputType } from '../../protocols/buttplug/featureTypes.js';
import type { DeviceInfo } from '../../protocols/buttplug/messages.js';
import type { DeviceKey } from '../../protocols/config/deviceDefinitions.js';
import type { FeatureOutput, ResolvedOutput } from '../../protocols/config/resolvedDevice.js';
import type { DeviceContext } from '../../machines/device/deviceTypes.js';
import type { DeviceManagerContext } from '../../machines/deviceManagerMachine.js';
import { changedIndex, type DeviceTable, type TableEntry } from '../../machines/deviceTable.js';

/** A device as the engine's observers see it. */
export interface EngineDevice {
  readonly index: number;
  readonly name: string;
  readonly displayName?: string;
  /** Which physical device: its address, protocol and model identifier (Intiface's `UserDeviceIdentifier`). */
  readonly identifier: DeviceKey;
  /** The protocol keeps the device awake by re-sending writes (not only when a mobile BLE stack asks). */
  readonly needsKeepalive: boolean;
  readonly info: DeviceInfo;
}

/** One output's new value, in the client's steps (what DeviceList advertises), once it reached the hardware. */
export interface OutputObservation {
  readonly deviceIndex: number;
  readonly featureIndex: number;
  readonly type: OutputType;
  readonly value: number;
}

export interface ButtplugServerEvents {
  /** A client finished its handshake. */
  clientconnected: [client: { readonly sessionId: string; readonly clientName: string }];
  /** A client that had finished its handshake is gone (its devices were stopped). */
  clientdisconnected: [client: { readonly sessionId: string; readonly reason: string }];
  /** A transport turned a client away (e.g. another client is connected). */
  clientrejected: [rejection: { readonly reason: string }];
  deviceadded: [device: EngineDevice];
  deviceremoved: [device: { readonly index: number; readonly name: string }];
  /** A device's DeviceList entry changed while it stayed connected (a reloaded user config). */
  devicechanged: [device: EngineDevice];
  deviceoutput: [observation: OutputObservation];
  /** The engine has shut down: every device stopped. */
  stopped: [];
}

export type EmitEngineEvent = <K extends keyof ButtplugServerEvents>(
  event: K,
  ...args: ButtplugServerEvents[K]
) => void;

type EventName = keyof ButtplugServerEvents;
type Listener<T extends EventName> = EventEmitter.EventListener<ButtplugServerEvents, T>;

/** The engine's event emitter, which knows when listeners of an event come and go (`listenersChanged`). */
export abstract class EngineEventEmitter extends EventEmitter<ButtplugServerEvents> {
  /** After a listener of `event` was added or removed. */
  protected abstract listenersChanged(event: EventName): void;

  override on<T extends EventName>(event: T, fn: Listener<T>, context?: unknown): this {
    super.on(event, fn, context);
    this.listenersChanged(event);
    return this;
  }
  override addListener<T extends EventName>(event: T, fn: Listener<T>, context?: unknown): this {
    return this.on(event, fn, context);
  }
  override once<T extends EventName>(event: T, fn: Listener<T>, context?: unknown): this {
    super.once(event, fn, context);
    this.listenersChanged(event);
    return this;
  }
  override removeListener<T extends EventName>(event: T, fn?: Listener<T>, context?: unknown, once?: boolean): this {
    super.removeListener(event, fn, context, once);
    this.listenersChanged(event);
    return this;
  }
  override off<T extends EventName>(event: T, fn?: Listener<T>, context?: unknown, once?: boolean): this {
    return this.removeListener(event, fn, context, once);
  }
  override removeAllListeners(event?: EventName): this {
    super.removeAllListeners(event);
    for (const name of event ? [event] : ENGINE_EVENTS) this.listenersChanged(name);
    return this;
  }
}

/** Every event a `ButtplugServer` emits. */
export const ENGINE_EVENTS: readonly EventName[] = [
  'clientconnected',
  'clientdisconnected',
  'clientrejected',
  'deviceadded',
  'deviceremoved',
  'devicechanged',
  'deviceoutput',
  'stopped',
];

const POSITION_OUTPUTS: ReadonlySet<OutputType> = new Set(['Position', 'HwPositionWithDuration']);

/** Hardware value back to the client's steps: the inverse of `toHardwareValue`. */
export const toClientValue = (output: ResolvedOutput, hardware: number): number => {
  const low = output.limit?.[0] ?? 0;
  const high = output.limit?.[1] ?? output.base[1];
  if (POSITION_OUTPUTS.has(output.type)) return output.reverse ? high - hardware : hardware - low;
  if (hardware === 0) return 0;
  return Math.sign(hardware) * (Math.abs(hardware) - low);
};

const observationOf = (deviceIndex: number, written: FeatureOutput): OutputObservation => {
  const output = written.feature.outputs.find((candidate) => candidate.type === written.type);
  return {
    deviceIndex,
    featureIndex: written.feature.index,
    type: written.type,
    value: output ? toClientValue(output, written.value) : written.value,
  };
};

interface WatchedDevice {
  readonly entry: TableEntry;
  readonly subscription?: Subscription;
  written?: ReadonlyMap<string, FeatureOutput>;
}

/** What `watchDevices` returns: output following on and off, and the end of all watching. */
export interface DeviceWatch {
  /**
   * Follows every listed device's written outputs (`deviceoutput`) while on. Off by default: following a
   * device is one snapshot subscription per device (1.6 KiB each, specs/bench/profileNotes.ts), paid
   * only while somebody listens. Turned on, it reports changes from the outputs as they are then.
   */
  followOutputs(on: boolean): void;
  stop(): void;
}

/** Follows the device manager's table, and the listed devices' outputs while asked to (`followOutputs`). */
export const watchDevices = (
  deviceManager: AnyActorRef,
  deviceActor: (deviceId: string) => AnyActorRef | undefined,
  emit: EmitEngineEvent,
): DeviceWatch => {
  const watched = new Map<number, WatchedDevice>();
  let lastTable: DeviceTable | undefined;
  let followingOutputs = false;

  const describe = (entry: TableEntry, context: DeviceContext | undefined): EngineDevice => ({
    index: entry.info.DeviceIndex,
    name: entry.info.DeviceName,
    ...(entry.info.DeviceDisplayName !== undefined ? { displayName: entry.info.DeviceDisplayName } : {}),
    identifier: context?.link?.protocolDevice.definition.key ?? {
      protocol: context?.protocol.name ?? 'unknown',
      address: entry.address,
    },
    needsKeepalive:
      context?.protocol.keepalive !== undefined && context.protocol.keepalive.kind !== 'whenHardwareRequires',
    info: entry.info,
  });

  // Observers only: a failed device or manager is its parent's to handle. (An observer without an
  // error listener would make XState rethrow the failure as an uncaught exception.)
  const ignoreFailure = () => {};

  const followOutputs = (index: number, actor: AnyActorRef | undefined): Subscription | undefined =>
    !followingOutputs
      ? undefined
      : actor?.subscribe({
          next: (snapshot: { context: DeviceContext }) => {
            const device = watched.get(index);
            const written = snapshot.context.queue.written;
            if (!device || device.written === written) return;
            const before = device.written;
            device.written = written;
            for (const [key, output] of written) {
              const old = before?.get(key);
              if (old?.value === output.value && old.duration === output.duration) continue;
              emit('deviceoutput', observationOf(index, output));
            }
          },
          error: ignoreFailure,
        });

  const contextOf = (entry: TableEntry) =>
    deviceActor(entry.deviceId)?.getSnapshot().context as DeviceContext | undefined;

  // Each returns false when a listener changed the table meanwhile (it was followed then: this one is stale).

  /** The device watched at `index` is no longer listed there: it was removed. */
  const unwatchGone = (table: DeviceTable, index: number): boolean => {
    const known = watched.get(index);
    if (!known || known.entry.deviceId === table.get(index)?.deviceId) return true;
    known.subscription?.unsubscribe();
    watched.delete(index);
    emit('deviceremoved', { index, name: known.entry.info.DeviceName });
    return lastTable === table;
  };

  /** The device listed at `index` (if any) is watched, as it is listed now. */
  const watchListed = (table: DeviceTable, index: number): boolean => {
    const entry = table.get(index);
    const known = watched.get(index);
    if (!entry || known?.entry === entry) return true;
    if (known) {
      watched.set(index, { ...known, entry });
      if (known.entry.info === entry.info || JSON.stringify(known.entry.info) === JSON.stringify(entry.info))
        return true;
      emit('devicechanged', describe(entry, contextOf(entry)));
      return lastTable === table;
    }
    const actor = deviceActor(entry.deviceId);
    const context = actor?.getSnapshot().context as DeviceContext | undefined;
    const device: WatchedDevice = { entry, ...(context ? { written: context.queue.written } : {}) };
    watched.set(index, device);
    emit('deviceadded', describe(entry, context));
    const subscription = followOutputs(index, actor);
    if (subscription) watched.set(index, { ...device, subscription });
    return lastTable === table;
  };

  const onTable = (table: DeviceTable) => {
    if (table === lastTable) return;
    const from = lastTable;
    lastTable = table;
    // A table made by one change from the last one (a device added or removed): only that index moved,
    // so 1,000 devices arriving one by one cost 1,000 lookups, not a million.
    const changed = from && changedIndex(table, from);
    if (changed !== undefined) return void (unwatchGone(table, changed) && watchListed(table, changed));
    // Removals first: an index freed and taken again is a removal, then an addition.
    for (const index of [...watched.keys()]) if (!unwatchGone(table, index)) return;
    for (const index of table.keys()) if (!watchListed(table, index)) return;
  };

  const subscription = deviceManager.subscribe({
    next: (snapshot: { context: DeviceManagerContext }) => onTable(snapshot.context.table),
    error: ignoreFailure,
  });
  onTable((deviceManager.getSnapshot() as { context: DeviceManagerContext }).context.table);
  const unfollowAll = () => {
    for (const [index, device] of watched) {
      device.subscription?.unsubscribe();
      watched.set(index, { entry: device.entry, ...(device.written ? { written: device.written } : {}) });
    }
  };
  return {
    followOutputs: (on) => {
      if (on === followingOutputs) return;
      followingOutputs = on;
      if (!on) return unfollowAll();
      for (const [index, device] of watched) {
        const actor = deviceActor(device.entry.deviceId);
        const context = actor?.getSnapshot().context as DeviceContext | undefined;
        const subscription = followOutputs(index, actor);
        watched.set(index, {
          ...device,
          ...(context ? { written: context.queue.written } : {}),
          ...(subscription ? { subscription } : {}),
        });
      }
    },
    stop: () => {
      subscription.unsubscribe();
      unfollowAll();
      watched.clear();
    },
  };
};
