/**
 * For people who prefer Stately's inspector UI: `ws://127.0.0.1:PORT/TOKEN/stately` streams the
 * engine's inspection events in `@statelyai/inspect`'s WebSocket format (`@xstate.actor` with the
 * machine's definition, `@xstate.event`, `@xstate.snapshot`; one JSON event per message), which its
 * WebSocket receiver reads. It only watches: nothing it receives is acted on. Contexts and events are
 * sanitized as for the page, and a viewer that falls behind misses events rather than growing memory.
 */
import type { WebSocket } from 'ws';
import type { InspectionModel, RawRecord } from './inspectionModel.js';

/** The version of Stately's event format these events follow. */
const STATELY_PROTOCOL_VERSION = '0.7.2';
const BEHIND_BYTES = 8 * 1024 * 1024;

const definitionText = (config: unknown, fallbackId: string): string => {
  try {
    return JSON.stringify(config, (_key, value: unknown) =>
      typeof value === 'function' ? { type: (value as { name?: string }).name || 'anonymous' } : value,
    );
  } catch {
    return JSON.stringify({ id: fallbackId });
  }
};

export class StatelyBridge {
  private readonly viewers = new Set<WebSocket>();
  private readonly definitions = new Map<string, string>();
  private unsubscribe: (() => void) | undefined;

  constructor(private readonly model: InspectionModel) {}

  add(socket: WebSocket): void {
    this.viewers.add(socket);
    this.unsubscribe ??= this.model.subscribe((record) => this.forward(record));
    socket.on('message', () => {}); // watch only
    socket.on('error', () => socket.terminate());
    socket.on('close', () => {
      this.viewers.delete(socket);
      if (this.viewers.size === 0) {
        this.unsubscribe?.();
        this.unsubscribe = undefined;
      }
    });
    for (const record of this.model.keyframe()) {
      const event = this.convert(record);
      if (event) this.sendTo(socket, event);
    }
  }

  close(): void {
    this.unsubscribe?.();
    for (const viewer of this.viewers) viewer.terminate();
    this.viewers.clear();
  }

  private forward(record: RawRecord): void {
    const event = this.convert(record);
    if (!event) return;
    for (const viewer of this.viewers) this.sendTo(viewer, event);
  }

  private sendTo(socket: WebSocket, event: object): void {
    if (socket.readyState === socket.OPEN && socket.bufferedAmount < BEHIND_BYTES) socket.send(JSON.stringify(event));
  }

  private convert(record: RawRecord): object | undefined {
    const base = { _version: STATELY_PROTOCOL_VERSION, createdAt: Date.now().toString(), id: null };
    switch (record.k) {
      case 'actor': {
        const entry = this.model.entry(record.key);
        if (!entry) return undefined;
        let definition = record.graph ? this.definitions.get(record.graph) : undefined;
        if (record.graph && definition === undefined) {
          definition = definitionText(entry.machine?.config, record.id);
          this.definitions.set(record.graph, definition);
        }
        const snapshot = entry.snapshot as { status?: string; value?: unknown; context?: unknown } | undefined;
        return {
          ...base,
          type: '@xstate.actor',
          name: record.id,
          sessionId: record.key,
          rootId: record.engine,
          parentId: record.parent,
          definition,
          snapshot: snapshot
            ? { status: snapshot.status, value: snapshot.value, context: this.model.sanitize(snapshot.context) }
            : { status: 'active' },
        };
      }
      case 'snapshot': {
        const entry = this.model.entry(record.key);
        return {
          ...base,
          type: '@xstate.snapshot',
          sessionId: record.key,
          rootId: entry?.engine,
          event: { type: record.cause ?? '' },
          snapshot: {
            status: record.status,
            value: record.value,
            context: this.model.sanitize(record.context),
          },
        };
      }
      case 'event': {
        if (!this.model.entry(record.target)) return undefined;
        const finished = this.model.finish(record, false) as { type: string; payload?: object };
        return {
          ...base,
          type: '@xstate.event',
          sessionId: record.target,
          sourceId: record.source,
          rootId: this.model.entry(record.target)?.engine,
          event: { ...finished.payload, type: finished.type },
        };
      }
      default:
        return undefined;
    }
  }
}
