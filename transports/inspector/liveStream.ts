/**
 * The inspection stream for connected pages: records coalesced into one batch per interval (the latest
 * snapshot of each actor, its transitions merged; at most so many events, the rest counted), so a
 * thousand busy devices cost the page a few batches a second, not thousands of messages. A page that
 * falls behind (its socket buffer fills) gets no deltas until it drains, then a fresh keyframe.
 */
import type { WebSocket } from 'ws';
import type { AcceptedEvent, InspectionRecord, PageMessage, StreamMessage } from './inspectionRecords.js';
import type { InspectionModel, RawRecord } from './inspectionModel.js';

export interface LiveStreamOptions {
  /** How often batches go out (default 100 ms). */
  readonly flushIntervalMs?: number;
  /** Events per batch; the rest are counted in a `skipped` record (default 1000). */
  readonly maxEventsPerBatch?: number;
  /** The event list of the selected actor, with the route of each. */
  readonly accepts: (key: string) => AcceptedEvent[];
  /** Where the recording is served, if there is one. */
  readonly recording?: string;
}

/** Buffered bytes beyond which a page is considered behind. */
const BEHIND_BYTES = 8 * 1024 * 1024;
const MAX_EDGES = 32;

type SnapshotRaw = Extract<RawRecord, { k: 'snapshot' }>;

interface Page {
  readonly socket: WebSocket;
  selected: string | null;
  /** The selected actor's snapshot last described to the page. */
  described: unknown;
  behind: boolean;
}

export class LiveStream {
  private readonly pages = new Set<Page>();
  private ordered: RawRecord[] = [];
  private forgets: RawRecord[] = [];
  private snapshots = new Map<string, SnapshotRaw>();
  private devices = new Set<string>();
  private events: RawRecord[] = [];
  private skippedEvents = 0;
  private readonly timer: ReturnType<typeof setInterval>;
  private readonly unsubscribe: () => void;
  private readonly maxEvents: number;

  constructor(
    private readonly model: InspectionModel,
    private readonly options: LiveStreamOptions,
  ) {
    this.maxEvents = options.maxEventsPerBatch ?? 1_000;
    this.unsubscribe = model.subscribe((record) => this.collect(record));
    this.timer = setInterval(() => this.flush(), options.flushIntervalMs ?? 100);
    this.timer.unref?.();
  }

  get pageCount(): number {
    return this.pages.size;
  }

  /** A page connected: it gets a hello and a keyframe, then batches. Resolves when it leaves. */
  add(socket: WebSocket, onLeave: (remaining: number) => void): void {
    const page: Page = { socket, selected: null, described: undefined, behind: false };
    this.pages.add(page);
    this.send(page, {
      m: 'hello',
      startedAt: this.model.startedAt.toISOString(),
      now: this.model.now(),
      ...(this.options.recording ? { recording: this.options.recording } : {}),
    });
    this.sendKeyframe(page);
    socket.on('message', (data, isBinary) => {
      if (isBinary) return;
      const message = this.parse(String(data));
      if (message?.m === 'select') {
        page.selected = message.key;
        page.described = undefined;
        this.describeSelection(page);
      }
    });
    socket.on('close', () => {
      this.pages.delete(page);
      onLeave(this.pages.size);
    });
    socket.on('error', () => socket.terminate());
  }

  close(): void {
    clearInterval(this.timer);
    this.unsubscribe();
    for (const page of this.pages) page.socket.terminate();
    this.pages.clear();
  }

  private parse(text: string): PageMessage | undefined {
    if (text.length > 4096) return undefined;
    try {
      const value = JSON.parse(text) as { m?: unknown; key?: unknown };
      if (value.m === 'select' && (typeof value.key === 'string' || value.key === null))
        return { m: 'select', key: value.key };
    } catch {
      // not a message: ignored
    }
    return undefined;
  }

  private collect(record: RawRecord): void {
    if (this.pages.size === 0) return;
    switch (record.k) {
      case 'machine':
      case 'actor':
        this.ordered.push(record);
        return;
      case 'forget':
        this.forgets.push(record);
        return;
      case 'snapshot': {
        const previous = this.snapshots.get(record.key);
        if (previous?.edges && previous.edges.length > 0) {
          const edges = [...previous.edges, ...(record.edges ?? [])].slice(-MAX_EDGES);
          this.snapshots.set(record.key, { ...record, edges });
        } else this.snapshots.set(record.key, record);
        return;
      }
      case 'device':
        this.devices.add(record.key);
        return;
      case 'event':
        this.events.push(record);
        // The oldest go in one cut when twice too many piled up: shifting one by one was O(batch) per event.
        if (this.events.length >= 2 * this.maxEvents) this.dropOldestEvents();
        return;
    }
  }

  /** Keeps the newest `maxEvents`; the rest are counted. */
  private dropOldestEvents(): void {
    const excess = this.events.length - this.maxEvents;
    this.events.splice(0, excess);
    this.skippedEvents += excess;
  }

  private flush(): void {
    if (this.pages.size === 0) return;
    const records: InspectionRecord[] = [];
    const now = this.model.now();
    for (const record of this.ordered) records.push(this.model.finish(record, false));
    for (const record of this.snapshots.values()) records.push(this.model.finish(record, false));
    for (const key of this.devices) {
      const device = this.model.deviceRecord(key, now);
      if (device) records.push(device);
    }
    if (this.events.length > this.maxEvents) this.dropOldestEvents();
    if (this.skippedEvents > 0) records.push({ k: 'skipped', t: now, events: this.skippedEvents });
    for (const record of this.events) records.push(this.model.finish(record, false));
    for (const record of this.forgets) records.push(this.model.finish(record, false));
    const changed = new Set(this.snapshots.keys());
    this.ordered = [];
    this.forgets = [];
    this.snapshots = new Map();
    this.devices = new Set();
    this.events = [];
    this.skippedEvents = 0;
    const text = records.length > 0 ? JSON.stringify({ m: 'batch', records } satisfies StreamMessage) : undefined;
    for (const page of this.pages) {
      if (page.behind || page.socket.bufferedAmount > BEHIND_BYTES) {
        page.behind = page.socket.bufferedAmount > BEHIND_BYTES / 8;
        if (!page.behind) this.sendKeyframe(page);
        continue;
      }
      if (text) page.socket.send(text);
      if (page.selected && changed.has(page.selected)) this.describeSelection(page);
    }
  }

  private sendKeyframe(page: Page): void {
    const records = this.model.keyframe().map((record) => this.model.finish(record, false));
    this.send(page, { m: 'batch', keyframe: true, records });
    page.described = undefined;
    this.describeSelection(page);
  }

  private describeSelection(page: Page): void {
    const key = page.selected;
    if (!key) return;
    const entry = this.model.entry(key);
    if (!entry) return;
    if (page.described === entry.snapshot) return;
    page.described = entry.snapshot;
    const context = (entry.snapshot as { context?: unknown } | undefined)?.context;
    this.send(page, {
      m: 'selection',
      key,
      ...(context !== undefined ? { context: this.model.sanitize(context) } : {}),
      accepts: this.options.accepts(key),
    });
  }

  private send(page: Page, message: StreamMessage): void {
    if (page.socket.readyState === page.socket.OPEN) page.socket.send(JSON.stringify(message));
  }
}
