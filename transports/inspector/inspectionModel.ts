/**
 * The whole actor system as the inspector knows it, built from XState inspection events: every actor
 * (keyed by object identity, so several engines can share one model), the machine each one runs, its
 * latest snapshot, the transitions it just took, and for devices what was last written. Each change
 * becomes a raw record for the listeners (the live hub, the flight recorder); raw because turning a
 * context or an event into JSON costs, and a listener that coalesces only pays for what it keeps.
 */
import type { AnyActorLogic, AnyActorRef, AnyEventObject, AnyStateMachine, InspectionEvent, Snapshot } from 'xstate';
import type { DeviceContext } from '../../machines/device/deviceTypes.js';
import { deviceIndex, deviceName, endpointWrites, isDeviceLogic, outputLevels, writesOf } from './deviceView.js';
import type {
  ActorStatus,
  EndpointWrite,
  InspectionRecord,
  Json,
  LogicKind,
  MachineGraph,
} from './inspectionRecords.js';
import { machineGraph, type EdgeIndex } from './machineGraph.js';
import { sanitize, type SanitizeLimits } from './sanitize.js';

type ActorRecord = Extract<InspectionRecord, { k: 'actor' }>;

export type RawRecord =
  | { readonly k: 'machine'; readonly graph: MachineGraph }
  | ActorRecord
  | {
      readonly k: 'snapshot';
      readonly t: number;
      readonly key: string;
      readonly status: ActorStatus;
      readonly value?: unknown;
      /** The context object itself (machine actors); compare by identity to see if it changed. */
      readonly context?: unknown;
      readonly edges?: readonly string[];
      readonly cause?: string;
      readonly output?: unknown;
      readonly error?: unknown;
    }
  | {
      readonly k: 'event';
      readonly t: number;
      readonly source?: string;
      readonly target: string;
      readonly from?: string;
      readonly to: string;
      readonly event: AnyEventObject;
    }
  /** The device's levels or writes changed: ask `deviceRecord`. */
  | { readonly k: 'device'; readonly t: number; readonly key: string }
  | { readonly k: 'forget'; readonly t: number; readonly key: string };

export interface ActorEntry {
  readonly key: string;
  readonly id: string;
  readonly ref: AnyActorRef;
  readonly parent?: string;
  readonly engine: string;
  readonly logic: LogicKind;
  readonly machine?: AnyStateMachine;
  readonly graph?: string;
  readonly systemId?: string;
  readonly isDevice: boolean;
  readonly created: number;
  status: ActorStatus;
  snapshot?: Snapshot<unknown>;
  /** Edges taken since the last snapshot record. */
  pendingEdges: string[];
  /** Devices: the bytes last written per endpoint. */
  writes?: Map<string, EndpointWrite>;
}

export interface InspectionModelOptions {
  /** Ended machine actors kept on show (oldest forgotten first). Default 200. */
  readonly keepEnded?: number;
  /** The clock, in ms (default `performance.now`). */
  readonly now?: () => number;
}

const isMachine = (logic: AnyActorLogic | undefined): logic is AnyStateMachine =>
  typeof (logic as { getStateNodeById?: unknown } | undefined)?.getStateNodeById === 'function';

const round = (t: number) => Math.round(t * 10) / 10;

/** Event payloads are many: each is kept small (an engine's `xstate.init` carries its whole input). */
const EVENT_PAYLOAD: SanitizeLimits = { maxDepth: 4, maxEntries: 20, maxString: 200, maxBytes: 64, budget: 300 };

export class InspectionModel {
  private readonly byRef = new WeakMap<object, ActorEntry>();
  private readonly entries = new Map<string, ActorEntry>();
  /** Children on show per parent key, so forgetting an actor does not scan every actor. */
  private readonly childrenOf = new Map<string, Set<string>>();
  private readonly graphs = new WeakMap<object, { graph: MachineGraph; edgeIds: EdgeIndex }>();
  private readonly graphsByKey = new Map<string, MachineGraph>();
  private readonly ended: string[] = [];
  private readonly listeners = new Set<(record: RawRecord) => void>();
  private readonly keepEnded: number;
  private readonly clock: () => number;
  private readonly origin: number;
  private nextKey = 1;
  /** Wall-clock time of `t = 0`. */
  readonly startedAt = new Date();

  constructor(options: InspectionModelOptions = {}) {
    this.keepEnded = options.keepEnded ?? 200;
    this.clock = options.now ?? (() => performance.now());
    this.origin = this.clock();
  }

  /** Where an engine's inspection events go: `new ButtplugServer({ inspect: model.inspect })`. */
  readonly inspect = (event: InspectionEvent): void => {
    try {
      this.handle(event);
    } catch {
      // The inspector must never disturb the engine it watches: a record lost beats an engine stopped.
    }
  };

  /** Listens to every change; returns the function that stops listening. */
  subscribe(listener: (record: RawRecord) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  now(): number {
    return round(this.clock() - this.origin);
  }

  entry(key: string): ActorEntry | undefined {
    return this.entries.get(key);
  }

  /** Every actor on show, parents before children. */
  actors(): IterableIterator<ActorEntry> {
    return this.entries.values();
  }

  graph(key: string): MachineGraph | undefined {
    return this.graphsByKey.get(key);
  }

  /** Names actor references in sanitized values. */
  readonly keyOf = (value: object): string | undefined => this.byRef.get(value)?.key;

  /** What a new listener needs to catch up: machines, actors and their latest snapshots, devices. */
  keyframe(): RawRecord[] {
    const records: RawRecord[] = [];
    const machines = new Set<string>();
    for (const entry of this.entries.values()) {
      if (entry.graph && !machines.has(entry.graph)) {
        machines.add(entry.graph);
        records.push({ k: 'machine', graph: this.graphsByKey.get(entry.graph)! });
      }
    }
    const t = this.now();
    for (const entry of this.entries.values()) records.push(this.actorRecord(entry));
    for (const entry of this.entries.values()) {
      if (entry.snapshot) records.push(this.snapshotRecord(entry, entry.snapshot, t));
      if (entry.isDevice) records.push({ k: 'device', t, key: entry.key });
    }
    return records;
  }

  /** A device's panel record as of now. */
  deviceRecord(key: string, t = this.now()): Extract<InspectionRecord, { k: 'device' }> | undefined {
    const entry = this.entries.get(key);
    if (!entry?.isDevice || !entry.snapshot) return undefined;
    const context = (entry.snapshot as { context?: DeviceContext }).context;
    if (!context) return undefined;
    const index = deviceIndex(context);
    return {
      k: 'device',
      t,
      key,
      ...(index !== undefined ? { index } : {}),
      name: deviceName(context),
      outputs: outputLevels(context),
      writes: [...(entry.writes?.values() ?? [])],
    };
  }

  /** A raw record as JSON; contexts only when asked (they are the costly part). */
  finish(record: RawRecord, withContext: boolean): InspectionRecord {
    switch (record.k) {
      case 'snapshot': {
        const { context, value, output, error, ...rest } = record;
        return {
          ...rest,
          ...(value !== undefined ? { value: value as Json } : {}),
          ...(withContext && context !== undefined ? { context: this.sanitize(context) } : {}),
          ...(output !== undefined ? { output: this.sanitize(output) } : {}),
          ...(error !== undefined ? { error: this.sanitize(error) } : {}),
        };
      }
      case 'event': {
        const { event, ...rest } = record;
        const { type, ...payload } = event;
        return {
          ...rest,
          type: String(type),
          ...(Object.keys(payload).length > 0 ? { payload: this.sanitize(payload, EVENT_PAYLOAD) } : {}),
        };
      }
      case 'device':
        return this.deviceRecord(record.key, record.t) ?? { k: 'forget', t: record.t, key: record.key };
      default:
        return record;
    }
  }

  sanitize(value: unknown, limits?: SanitizeLimits): Json {
    return sanitize(value, this.keyOf, limits);
  }

  private emit(record: RawRecord): void {
    for (const listener of this.listeners) listener(record);
  }

  private handle(event: InspectionEvent): void {
    switch (event.type) {
      case '@xstate.actor':
        return this.onActor(event.actorRef as AnyActorRef);
      case '@xstate.microstep': {
        const entry = this.byRef.get(event.actorRef);
        const edgeIds = entry?.machine ? this.graphs.get(entry.machine.config)?.edgeIds : undefined;
        if (!entry || !edgeIds) return;
        for (const transition of event._transitions) {
          const id = edgeIds.get(transition);
          if (id) entry.pendingEdges.push(id);
        }
        return;
      }
      case '@xstate.snapshot':
        return this.onSnapshot(event.actorRef as AnyActorRef, event.snapshot, event.event);
      case '@xstate.event':
        return this.onEvent(event.sourceRef as AnyActorRef | undefined, event.actorRef as AnyActorRef, event.event);
      default:
        return;
    }
  }

  private graphFor(machine: AnyStateMachine): string {
    const known = this.graphs.get(machine.config);
    if (known) return known.graph.key;
    let key = machine.id;
    for (let n = 2; this.graphsByKey.has(key); n++) key = `${machine.id}#${n}`;
    const built = machineGraph(machine, key);
    this.graphs.set(machine.config, built);
    this.graphsByKey.set(key, built.graph);
    this.emit({ k: 'machine', graph: built.graph });
    return key;
  }

  private actorRecord(entry: ActorEntry): ActorRecord {
    return {
      k: 'actor',
      t: entry.created,
      key: entry.key,
      id: entry.id,
      ...(entry.parent ? { parent: entry.parent } : {}),
      engine: entry.engine,
      logic: entry.logic,
      ...(entry.graph ? { graph: entry.graph } : {}),
      ...(entry.systemId ? { systemId: entry.systemId } : {}),
    };
  }

  private onActor(ref: AnyActorRef): void {
    if (this.byRef.has(ref)) return;
    const logic = (ref as { logic?: AnyActorLogic }).logic;
    const parentRef = (ref as { _parent?: AnyActorRef })._parent;
    const parent = parentRef ? this.byRef.get(parentRef) : undefined;
    const machine = isMachine(logic) ? logic : undefined;
    const key = `a${this.nextKey++}`;
    const src = (ref as { src?: unknown }).src;
    // Roots and invoked actors get generated ids ("x:0", "0.device.connecting"): say what they run instead.
    const id = ref.id === ref.sessionId && machine ? machine.id : !machine && typeof src === 'string' ? src : ref.id;
    const systemId = (ref as { options?: { systemId?: unknown } }).options?.systemId;
    const entry: ActorEntry = {
      key,
      id,
      ref,
      ...(parent ? { parent: parent.key } : {}),
      engine: parent?.engine ?? key,
      logic: machine ? 'machine' : 'other',
      ...(machine ? { machine, graph: this.graphFor(machine) } : {}),
      ...(typeof systemId === 'string' ? { systemId } : {}),
      isDevice: isDeviceLogic(logic),
      created: this.now(),
      status: 'active',
      pendingEdges: [],
    };
    this.byRef.set(ref, entry);
    // Helpers (promises and callbacks: writes, timers, I/O) are named in events but not on show.
    if (!machine) return;
    this.entries.set(key, entry);
    if (entry.parent) {
      const siblings = this.childrenOf.get(entry.parent);
      if (siblings) siblings.add(key);
      else this.childrenOf.set(entry.parent, new Set([key]));
    }
    this.emit(this.actorRecord(entry));
  }

  private snapshotRecord(entry: ActorEntry, snapshot: Snapshot<unknown>, t: number, cause?: string): RawRecord {
    const machineSnapshot = snapshot as { value?: unknown; context?: unknown };
    const edges = entry.pendingEdges;
    entry.pendingEdges = [];
    return {
      k: 'snapshot',
      t,
      key: entry.key,
      status: snapshot.status,
      ...(entry.machine ? { value: machineSnapshot.value, context: machineSnapshot.context } : {}),
      ...(edges.length > 0 ? { edges } : {}),
      ...(cause !== undefined ? { cause } : {}),
      ...(snapshot.status === 'done' && snapshot.output !== undefined ? { output: snapshot.output } : {}),
      ...(snapshot.status === 'error' ? { error: snapshot.error } : {}),
    };
  }

  private onSnapshot(ref: AnyActorRef, snapshot: Snapshot<unknown>, cause: AnyEventObject): void {
    const entry = this.byRef.get(ref);
    if (!entry) return;
    const t = this.now();
    const previous = entry.snapshot as { context?: unknown } | undefined;
    entry.snapshot = snapshot;
    entry.status = snapshot.status;
    if (!entry.machine) {
      // A helper is not on show; a device's finished write is.
      const parent = entry.parent ? this.entries.get(entry.parent) : undefined;
      if (snapshot.status === 'done' && parent?.isDevice) this.noteWrites(parent, ref, t);
      else if (snapshot.status === 'active' && parent?.isDevice && !previous) this.noteTimedWrites(parent, ref, t);
      return;
    }
    this.emit(this.snapshotRecord(entry, snapshot, t, cause.type));
    // A device's write cycle: the hardware's answer finishes the batch that was in flight.
    if (entry.isDevice && cause.type === 'write.done') this.noteWrittenBatch(entry, previous, t);
    if (entry.isDevice && (snapshot as { context?: unknown }).context !== previous?.context)
      this.emit({ k: 'device', t, key: entry.key });
    if (snapshot.status !== 'active') this.noteEnded(entry, t);
  }

  private noteWrittenBatch(device: ActorEntry, before: { context?: unknown } | undefined, t: number): void {
    const writes = writesOf((before?.context as { inFlight?: unknown } | undefined)?.inFlight);
    if (writes && writes.length > 0) this.recordWrites(device, writes, t);
  }

  private noteWrites(device: ActorEntry, ref: AnyActorRef, t: number): void {
    const writes = writesOf((ref as { options?: { input?: unknown } }).options?.input);
    if (writes && writes.length > 0) this.recordWrites(device, writes, t);
  }

  private recordWrites(device: ActorEntry, writes: NonNullable<ReturnType<typeof writesOf>>, t: number): void {
    device.writes ??= new Map();
    for (const write of endpointWrites(writes, t)) device.writes.set(write.endpoint, write);
    this.emit({ k: 'device', t, key: device.key });
  }

  /** Timed writes (a motion) are played by a long-lived child: note them as they start. */
  private noteTimedWrites(device: ActorEntry, ref: AnyActorRef, t: number): void {
    const writes = writesOf((ref as { options?: { input?: unknown } }).options?.input);
    if (writes?.some((write) => typeof (write as { delayMs?: unknown }).delayMs === 'number')) {
      this.noteWrites(device, ref, t);
    }
  }

  private onEvent(source: AnyActorRef | undefined, target: AnyActorRef, event: AnyEventObject): void {
    const to = this.byRef.get(target);
    if (!to) return;
    const from = source ? this.byRef.get(source) : undefined;
    this.emit({
      k: 'event',
      t: this.now(),
      ...(from ? { source: from.key, from: from.id } : {}),
      target: to.key,
      to: to.id,
      event,
    });
  }

  private noteEnded(entry: ActorEntry, t: number): void {
    this.ended.push(entry.key);
    while (this.ended.length > this.keepEnded) {
      const oldest = this.entries.get(this.ended.shift()!);
      if (oldest) this.forget(oldest, t);
    }
  }

  private forget(entry: ActorEntry, t: number): void {
    if (!this.entries.delete(entry.key)) return;
    if (entry.parent) this.childrenOf.get(entry.parent)?.delete(entry.key);
    // Children go with their parent (a stopped engine takes its whole tree).
    const children = this.childrenOf.get(entry.key);
    this.childrenOf.delete(entry.key);
    for (const key of children ?? []) {
      const child = this.entries.get(key);
      if (child) this.forget(child, t);
    }
    this.emit({ k: 'forget', t, key: entry.key });
  }
}
