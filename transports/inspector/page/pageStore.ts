/**
 * What the page knows, built by applying inspection records in order (the same reducer live and in
 * replay), and what changed since the views last drew (views redraw only that, a frame at a time).
 */
import type {
  AcceptedEvent,
  ActorStatus,
  EndpointWrite,
  InspectionRecord,
  Json,
  MachineGraph,
  OutputLevel,
} from '../inspectionRecords.js';

export interface ActorView {
  readonly key: string;
  readonly id: string;
  readonly parent?: string;
  readonly engine: string;
  readonly graph?: string;
  readonly systemId?: string;
  readonly created: number;
  readonly children: string[];
  status: ActorStatus;
  value?: Json;
  /** The value as JSON text (the DOM contract's `data-actor-state`). */
  valueText: string;
  context?: Json;
  /** The last transitions taken, and when (page clock), for the chart to flash. */
  lastEdges: readonly string[];
  lastEdgesAt: number;
  lastCause?: string;
  updated: number;
}

export interface DeviceView {
  readonly key: string;
  index?: number;
  name?: string;
  outputs: readonly OutputLevel[];
  writes: readonly EndpointWrite[];
}

export type EventRecord = Extract<InspectionRecord, { k: 'event' }>;

export interface Selection {
  readonly key: string;
  /** Live: what the engine says about the actor now. */
  context?: Json;
  accepts?: readonly AcceptedEvent[];
}

/** Events kept for the timeline. */
export const EVENT_CAPACITY = 5_000;

export class PageStore {
  readonly actors = new Map<string, ActorView>();
  readonly graphs = new Map<string, MachineGraph>();
  readonly devices = new Map<string, DeviceView>();
  /** A ring: `events[(eventStart + i) % capacity]`. */
  private events: EventRecord[] = [];
  private eventStart = 0;
  /** Events ever applied (so views can tell what is new). */
  eventCount = 0;
  skippedEvents = 0;
  selection: Selection | null = null;
  /** The latest record time seen. */
  now = 0;
  /** Engines numbered as they appear (one per connection with `--concurrent-sessions`). */
  private readonly engineNumbers = new Map<string, number>();
  /** How many engines have their root on show (undefined: count again). */
  private enginesOnShow: number | undefined;

  // What changed since the views last drew.
  readonly dirtyActors = new Set<string>();
  readonly dirtyDevices = new Set<string>();
  structureChanged = true;
  selectionChanged = true;

  /** Forgets every actor (a keyframe follows); the timeline stays. */
  resetActors(): void {
    this.actors.clear();
    this.devices.clear();
    this.enginesOnShow = undefined;
    this.structureChanged = true;
    this.selectionChanged = true;
  }

  /** Forgets everything (a replay jumping back). */
  reset(): void {
    this.resetActors();
    this.graphs.clear();
    this.events = [];
    this.eventStart = 0;
    this.eventCount = 0;
    this.skippedEvents = 0;
    this.now = 0;
  }

  apply(record: InspectionRecord): void {
    if ('t' in record && record.t > this.now) this.now = record.t;
    switch (record.k) {
      case 'machine':
        this.graphs.set(record.graph.key, record.graph);
        return;
      case 'actor': {
        const known = this.actors.get(record.key);
        if (known) return;
        const actor: ActorView = {
          key: record.key,
          id: record.id,
          ...(record.parent ? { parent: record.parent } : {}),
          engine: record.engine,
          ...(record.graph ? { graph: record.graph } : {}),
          ...(record.systemId ? { systemId: record.systemId } : {}),
          created: record.t,
          children: [],
          status: 'active',
          valueText: 'null',
          lastEdges: [],
          lastEdgesAt: 0,
          updated: record.t,
        };
        this.actors.set(record.key, actor);
        if (!this.engineNumbers.has(record.engine)) this.engineNumbers.set(record.engine, this.engineNumbers.size + 1);
        this.enginesOnShow = undefined;
        if (record.parent) this.actors.get(record.parent)?.children.push(record.key);
        this.structureChanged = true;
        this.dirtyActors.add(record.key);
        return;
      }
      case 'snapshot': {
        const actor = this.actors.get(record.key);
        if (!actor) return;
        const statusChanged = actor.status !== record.status;
        actor.status = record.status;
        if (record.value !== undefined) {
          actor.value = record.value;
          actor.valueText = JSON.stringify(record.value);
        }
        if (record.context !== undefined) actor.context = record.context;
        if (record.contextPatch || record.contextRemoved) {
          const base =
            actor.context && typeof actor.context === 'object' && !Array.isArray(actor.context) ? actor.context : {};
          const next: { [field: string]: Json } = { ...base, ...record.contextPatch };
          for (const field of record.contextRemoved ?? []) delete next[field];
          actor.context = next;
        }
        if (record.edges && record.edges.length > 0) {
          actor.lastEdges = record.edges;
          actor.lastEdgesAt = performance.now();
        }
        if (record.cause !== undefined) actor.lastCause = record.cause;
        actor.updated = record.t;
        this.dirtyActors.add(record.key);
        if (statusChanged) this.structureChanged = true;
        if (this.selection?.key === record.key) this.selectionChanged = true;
        const device = this.devices.get(record.key);
        if (device) this.dirtyDevices.add(record.key);
        return;
      }
      case 'device': {
        const device = this.devices.get(record.key);
        if (device) {
          if (record.index !== undefined) device.index = record.index;
          if (record.name !== undefined) device.name = record.name;
          device.outputs = record.outputs;
          device.writes = record.writes;
        } else {
          this.devices.set(record.key, {
            key: record.key,
            ...(record.index !== undefined ? { index: record.index } : {}),
            ...(record.name !== undefined ? { name: record.name } : {}),
            outputs: record.outputs,
            writes: record.writes,
          });
          this.structureChanged = true;
        }
        this.dirtyDevices.add(record.key);
        return;
      }
      case 'event':
        if (this.events.length < EVENT_CAPACITY) this.events.push(record);
        else {
          this.events[this.eventStart] = record;
          this.eventStart = (this.eventStart + 1) % EVENT_CAPACITY;
        }
        this.eventCount++;
        return;
      case 'skipped':
        this.skippedEvents += record.events;
        return;
      case 'forget': {
        const actor = this.actors.get(record.key);
        if (!actor) return;
        this.actors.delete(record.key);
        this.devices.delete(record.key);
        this.enginesOnShow = undefined;
        const parent = actor.parent ? this.actors.get(actor.parent) : undefined;
        if (parent) parent.children.splice(parent.children.indexOf(record.key), 1);
        for (const child of [...actor.children]) this.apply({ k: 'forget', t: record.t, key: child });
        this.structureChanged = true;
        if (this.selection?.key === record.key) this.selectionChanged = true;
        return;
      }
    }
  }

  /** Events in order, oldest first. */
  *eventsInOrder(): IterableIterator<EventRecord> {
    for (let i = 0; i < this.events.length; i++) yield this.events[(this.eventStart + i) % this.events.length]!;
  }

  /** The newest `count` events, oldest of them first. */
  latestEvents(count: number): EventRecord[] {
    const n = Math.min(count, this.events.length);
    const out: EventRecord[] = [];
    for (let i = this.events.length - n; i < this.events.length; i++)
      out.push(this.events[(this.eventStart + i) % this.events.length]!);
    return out;
  }

  get eventsKept(): number {
    return this.events.length;
  }

  /** Roots first, then each actor's children in the order they came: the tree's row order. */
  /**
   * "engine 2" while more than one engine is on show, else undefined: every engine has its own
   * deviceManager, session-1 and device-1, and this tells their subtrees apart.
   */
  engineLabel(engine: string): string | undefined {
    if (this.enginesOnShow === undefined) {
      // Counted once per change of the actor set, not per row: the tree asks for every row.
      const roots = new Set<string>();
      for (const actor of this.actors.values()) if (!actor.parent) roots.add(actor.engine);
      this.enginesOnShow = roots.size;
    }
    return this.enginesOnShow > 1 ? `engine ${this.engineNumbers.get(engine) ?? '?'}` : undefined;
  }

  /** The actor's id, with its engine's label when several engines are on show. */
  actorLabel(actor: ActorView): string {
    const engine = this.engineLabel(actor.engine);
    return engine ? `${engine} · ${actor.id}` : actor.id;
  }

  treeOrder(): { actor: ActorView; depth: number }[] {
    const rows: { actor: ActorView; depth: number }[] = [];
    const visit = (actor: ActorView, depth: number) => {
      rows.push({ actor, depth });
      for (const child of actor.children) {
        const view = this.actors.get(child);
        if (view) visit(view, depth + 1);
      }
    };
    for (const actor of this.actors.values()) if (!actor.parent || !this.actors.has(actor.parent)) visit(actor, 0);
    return rows;
  }
}
