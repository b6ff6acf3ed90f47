/**
 * The inspector's one currency: what happened in an engine's actor system, as JSON records. The live
 * stream sends them to the page in coalesced batches, the flight recorder writes them one per line
 * (JSONL), and the page applies them with the same reducer whether it is watching an engine or
 * replaying a recording. Nothing here imports Node or XState: the page (a browser bundle) uses it too.
 */

/** A JSON value as `sanitize` makes it: bounded in depth and size, bytes as hex. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type StateNodeType = 'atomic' | 'compound' | 'parallel' | 'final' | 'history';

/** One state node of a machine definition. */
export interface GraphNode {
  /** The state node's id (`device.online.ready`), unique within its machine. */
  readonly id: string;
  readonly key: string;
  readonly parent?: string;
  readonly type: StateNodeType;
  /** Child ids, in definition order. */
  readonly children: readonly string[];
  /** The initial child's id (compound states). */
  readonly initial?: string;
  readonly entry: readonly string[];
  readonly exit: readonly string[];
  /** Actors invoked while the state is active. */
  readonly invoke: readonly { readonly id: string; readonly src: string }[];
  readonly tags: readonly string[];
  readonly description?: string;
}

export type EdgeKind = 'event' | 'always' | 'after' | 'done' | 'error' | 'wildcard';

/** One transition of a machine definition (a transition with two targets is one edge). */
export interface GraphEdge {
  /** Stable within the machine: `<source>|<event>|<position>`. */
  readonly id: string;
  readonly source: string;
  /** Empty: a targetless transition (actions only, the state does not change). */
  readonly targets: readonly string[];
  /** The event type that takes it (`xstate.after.*`, `xstate.done.actor.*` for delays and invokes; '' for `always`). */
  readonly event: string;
  readonly kind: EdgeKind;
  /** What to print on the edge: the event, `after messageGap`, `done: writeBatch`, `always`. */
  readonly label: string;
  readonly guard?: string;
  readonly actions: readonly string[];
  readonly reenter: boolean;
}

/** A machine definition laid bare: its state nodes and transitions. */
export interface MachineGraph {
  /** Unique within a stream: the machine's id, numbered when two different machines share one. */
  readonly key: string;
  readonly machineId: string;
  readonly root: string;
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

export type ActorStatus = 'active' | 'done' | 'error' | 'stopped';
export type LogicKind = 'machine' | 'promise' | 'callback' | 'observable' | 'transition' | 'other';

/** One output of a device as last written: `value` in the feature's steps, `max` its top step. */
export interface OutputLevel {
  readonly feature: number;
  readonly type: string;
  readonly value: number;
  readonly max: number;
  readonly description?: string;
}

/** The bytes last written to one endpoint of a device, as hex. */
export interface EndpointWrite {
  readonly endpoint: string;
  readonly hex: string;
  /** Record time of the write. */
  readonly t: number;
  /** A timed write (a stroke) played this long after its batch. */
  readonly delayMs?: number;
}

export type InspectionRecord =
  /** A machine definition, before the first actor that runs it. */
  | { readonly k: 'machine'; readonly graph: MachineGraph }
  /** An actor came to life. `key` is unique in the stream; `id` is the actor's own id (`device-1`). */
  | {
      readonly k: 'actor';
      readonly t: number;
      readonly key: string;
      readonly id: string;
      readonly parent?: string;
      /** The key of this actor's engine (its root actor). */
      readonly engine: string;
      readonly logic: LogicKind;
      /** The machine it runs (a `machine` record's key). */
      readonly graph?: string;
      readonly systemId?: string;
    }
  /** An actor's snapshot changed. `context` is present only when it changed (and the stream carries contexts). */
  | {
      readonly k: 'snapshot';
      readonly t: number;
      readonly key: string;
      readonly status: ActorStatus;
      readonly value?: Json;
      readonly context?: Json;
      /** Recordings: only the context's top-level fields that changed since the actor's previous record. */
      readonly contextPatch?: { readonly [field: string]: Json };
      readonly contextRemoved?: readonly string[];
      /** Edges taken since the previous snapshot, in order. */
      readonly edges?: readonly string[];
      /** The type of the event that caused it. */
      readonly cause?: string;
      readonly output?: Json;
      readonly error?: Json;
    }
  /** An event delivered to `target` (from `source`, absent when it came from outside the system). */
  | {
      readonly k: 'event';
      readonly t: number;
      readonly source?: string;
      readonly target: string;
      /** Display names of both ends, so the timeline can show ends that no longer exist. */
      readonly from?: string;
      readonly to: string;
      readonly type: string;
      readonly payload?: Json;
    }
  /** A device's output levels and the bytes last written per endpoint. */
  | {
      readonly k: 'device';
      readonly t: number;
      readonly key: string;
      readonly index?: number;
      readonly name?: string;
      readonly outputs: readonly OutputLevel[];
      readonly writes: readonly EndpointWrite[];
    }
  /** The actor is gone for good and no longer shown. */
  | { readonly k: 'forget'; readonly t: number; readonly key: string }
  /** This many events were left out of the live stream to keep up (the recording keeps them all). */
  | { readonly k: 'skipped'; readonly t: number; readonly events: number };

// ---- The recording format: JSONL, one header line then one record per line ----

export const RECORDING_FORMAT = 'buttplug-actors/inspection';
export const RECORDING_VERSION = 1;

/**
 * The first line of a recording (and of each segment after the recorder rolled over): what follows
 * is a keyframe (every machine and every live actor as it is now) and then the records as they came.
 */
export interface RecordingHeader {
  readonly format: typeof RECORDING_FORMAT;
  readonly version: number;
  /** Wall-clock time of `t = 0`, ISO 8601. */
  readonly startedAt: string;
  /** The `t` at which this segment starts (0 for a fresh recording). */
  readonly from: number;
  readonly title?: string;
}

export const isRecordingHeader = (value: unknown): value is RecordingHeader =>
  typeof value === 'object' &&
  value !== null &&
  (value as { format?: unknown }).format === RECORDING_FORMAT &&
  typeof (value as { version?: unknown }).version === 'number';

const RECORD_KINDS = new Set(['machine', 'actor', 'snapshot', 'event', 'device', 'forget', 'skipped']);

export const isInspectionRecord = (value: unknown): value is InspectionRecord =>
  typeof value === 'object' && value !== null && RECORD_KINDS.has((value as { k?: unknown }).k as string);

export interface ParsedRecording {
  readonly header: RecordingHeader;
  readonly records: readonly InspectionRecord[];
  /** Lines that were not records (a line cut off by a crash, a newer format's kinds). */
  readonly skippedLines: number;
}

/** Reads a recording (one or more segments, concatenated); throws with a reason if it is not one. */
export const parseRecording = (text: string): ParsedRecording => {
  let header: RecordingHeader | undefined;
  const records: InspectionRecord[] = [];
  let skippedLines = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      skippedLines++;
      continue;
    }
    if (isRecordingHeader(value)) {
      if (value.version > RECORDING_VERSION)
        throw new Error(
          `this recording is format version ${value.version}; this page reads up to ${RECORDING_VERSION}`,
        );
      header ??= value;
    } else if (header && isInspectionRecord(value)) records.push(value);
    else skippedLines++;
  }
  if (!header) throw new Error(`not a recording: no "${RECORDING_FORMAT}" header line`);
  return { header, records, skippedLines };
};

// ---- The live stream: server -> page messages over the WebSocket ----

/** How the page may send an event to an actor (see sendPolicy.ts). */
export type SendRoute =
  /** A Buttplug v4 message, sent by the inspector's own client session: every check a client gets. */
  | 'request'
  /** A Buttplug frame, handed to this session as if its client had sent it. */
  | 'frame'
  /** Delivered as it is: an event that can only stop or close. */
  | 'direct'
  /** Only the engine sends this. */
  | 'internal';

export interface AcceptedEvent {
  readonly type: string;
  /** false: every transition for it is guarded and no guard passes now; null: the guards need the payload to decide. */
  readonly enabled: boolean | null;
  readonly guards: readonly string[];
  readonly route: SendRoute;
  /** A payload to start from (for `request` and `frame`: a Buttplug message for this actor). */
  readonly template?: Json;
  /** Why it is internal, or what the route does. */
  readonly note: string;
}

export type StreamMessage =
  /** First message: the stream's origin in time, then a keyframe batch follows. */
  | { readonly m: 'hello'; readonly startedAt: string; readonly now: number; readonly recording?: string }
  /** Records to apply in order; a keyframe replaces every actor the page knew. */
  | { readonly m: 'batch'; readonly keyframe?: boolean; readonly records: readonly InspectionRecord[] }
  /** What the page asked about the selected actor: its context and the events it accepts now. */
  | {
      readonly m: 'selection';
      readonly key: string;
      readonly context?: Json;
      readonly accepts: readonly AcceptedEvent[];
    };

/** What the page may say on the stream. */
export type PageMessage = { readonly m: 'select'; readonly key: string | null };

/** The answer of POST `api/send` and `api/stop-all`. */
export interface CommandResult {
  readonly ok: boolean;
  /** What happened, for the user ("Ok", the engine's Error message...). */
  readonly message: string;
  /** The engine's reply, when there is one. */
  readonly reply?: Json;
}
