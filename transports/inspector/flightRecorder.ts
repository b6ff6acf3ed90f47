/**
 * The flight recorder: the inspection stream as JSONL, every record as it happened (nothing coalesced),
 * contexts whenever they change. It is bounded: a segment that reaches half the budget becomes the
 * older segment (`FILE.1` beside `FILE`, or the older half in memory) and a new one starts with a
 * header and a keyframe, so the latest stretch of history is always kept and each segment replays on
 * its own. The page opens either, or both concatenated (older first).
 */
import { createWriteStream, openSync, renameSync, rmSync, type WriteStream } from 'node:fs';
import type { ButtplugServer, EngineInspector } from '../../actors/engine/buttplugServer.js';
import { RECORDING_FORMAT, RECORDING_VERSION, type Json, type RecordingHeader } from './inspectionRecords.js';
import { InspectionModel, type RawRecord } from './inspectionModel.js';
import type { SanitizeLimits } from './sanitize.js';

/** Where segments go. */
export interface RecordingStorage {
  append(text: string): void;
  /** The current segment becomes the older one (any older one is dropped); a new one starts. */
  roll(): void;
  close(): Promise<void>;
}

export interface FlightRecorderOptions {
  /** Bytes kept in all (two segments of half this). Default 64 MiB. */
  readonly maxBytes?: number;
  /** Shown by the page for this recording. */
  readonly title?: string;
}

export const DEFAULT_RECORDING_BYTES = 64 * 1024 * 1024;

/** Recorded contexts are smaller than the page's view of the selected actor: they are written often. */
const RECORDED_CONTEXT: SanitizeLimits = { maxDepth: 5, maxEntries: 20, maxString: 200, maxBytes: 64, budget: 600 };

export class FlightRecorder {
  /** Each actor's context fields as last recorded (by reference: XState keeps unchanged fields). */
  private readonly lastFields = new Map<string, Map<string, unknown>>();
  private readonly lastDevice = new Map<string, string>();
  private readonly segmentBytes: number;
  private written = 0;
  /** The current segment's header and keyframe: a segment holds at least twice that before it rolls. */
  private keyframeBytes = 0;
  private readonly unsubscribe: () => void;
  private closed = false;

  constructor(
    private readonly model: InspectionModel,
    private readonly storage: RecordingStorage,
    private readonly options: FlightRecorderOptions = {},
  ) {
    this.segmentBytes = Math.max(4096, Math.floor((options.maxBytes ?? DEFAULT_RECORDING_BYTES) / 2));
    this.startSegment(0);
    this.unsubscribe = model.subscribe((record) => this.record(record));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.unsubscribe();
    await this.storage.close();
  }

  private startSegment(from: number): void {
    this.lastFields.clear();
    this.lastDevice.clear();
    const header: RecordingHeader = {
      format: RECORDING_FORMAT,
      version: RECORDING_VERSION,
      startedAt: this.model.startedAt.toISOString(),
      from,
      ...(this.options.title ? { title: this.options.title } : {}),
    };
    this.write(JSON.stringify(header));
    for (const record of this.model.keyframe()) this.record(record, true);
    this.keyframeBytes = this.written;
  }

  private record(record: RawRecord, keyframe = false): void {
    if (this.closed) return;
    let line: string;
    if (record.k === 'snapshot') {
      line = JSON.stringify({ ...this.model.finish(record, false), ...this.contextChange(record.key, record.context) });
    } else if (record.k === 'device') {
      const finished = this.model.finish(record, false);
      const { t: _t, ...facts } = finished as { t: number };
      const same = JSON.stringify(facts);
      if (this.lastDevice.get(record.key) === same) return;
      this.lastDevice.set(record.key, same);
      line = JSON.stringify(finished);
    } else {
      if (record.k === 'forget') {
        this.lastFields.delete(record.key);
        this.lastDevice.delete(record.key);
      }
      line = JSON.stringify(this.model.finish(record, false));
    }
    this.write(line);
    if (!keyframe && this.written >= Math.max(this.segmentBytes, 2 * this.keyframeBytes)) {
      this.storage.roll();
      this.written = 0;
      this.startSegment(this.model.now());
    }
  }

  /**
   * The context the first time (and in each keyframe), then only the top-level fields that changed: a
   * device manager's context holds the whole device database, and it rarely changes.
   */
  private contextChange(key: string, context: unknown): object {
    if (context === undefined) return {};
    const previous = this.lastFields.get(key);
    const plain = typeof context === 'object' && context !== null && !Array.isArray(context);
    if (!plain) {
      if (previous?.get('') === context) return {};
      this.lastFields.set(key, new Map([['', context]]));
      return { context: this.model.sanitize(context, RECORDED_CONTEXT) };
    }
    const fields = new Map(Object.entries(context));
    this.lastFields.set(key, fields);
    if (!previous) return { context: this.model.sanitize(context, RECORDED_CONTEXT) };
    const patch: Record<string, Json> = {};
    for (const [field, value] of fields)
      if (previous.get(field) !== value) patch[field] = this.model.sanitize(value, RECORDED_CONTEXT);
    const removed = [...previous.keys()].filter((field) => !fields.has(field));
    return {
      ...(Object.keys(patch).length > 0 ? { contextPatch: patch } : {}),
      ...(removed.length > 0 ? { contextRemoved: removed } : {}),
    };
  }

  private write(line: string): void {
    const text = `${line}\n`;
    this.written += Buffer.byteLength(text);
    this.storage.append(text);
  }
}

/** Segments in a file and the file with `.1` appended. */
export class FileStorage implements RecordingStorage {
  private stream: WriteStream;

  constructor(readonly path: string) {
    rmSync(`${path}.1`, { force: true });
    this.stream = this.open();
  }

  append(text: string): void {
    this.stream.write(text);
  }

  roll(): void {
    const old = this.stream;
    old.end();
    renameSync(this.path, `${this.path}.1`);
    this.stream = this.open();
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.stream.end(() => resolve()));
  }

  private open(): WriteStream {
    // Opened at once, so a path that cannot be written fails here, where it can be reported.
    const stream = createWriteStream(this.path, { fd: openSync(this.path, 'w') });
    // A full disk must not take the engine down; the recording just ends.
    stream.on('error', () => {});
    return stream;
  }
}

/** Segments in memory. */
export class MemoryStorage implements RecordingStorage {
  private older: string[] = [];
  private current: string[] = [];

  append(text: string): void {
    this.current.push(text);
  }

  roll(): void {
    this.older = this.current;
    this.current = [];
  }

  text(): string {
    return this.older.join('') + this.current.join('');
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

/**
 * Records engines in memory or to a file, for a test to keep what happened (a failing property
 * test's counterexample) and the inspector page to replay it:
 *
 *   const recorder = new InspectionRecorder();
 *   const server = new ButtplugServer({ inspector: recorder, ... });
 *   ...
 *   await recorder.save('failure.jsonl');   // open it in the inspector page (file picker or ?recording=)
 */
export class InspectionRecorder implements EngineInspector {
  readonly model = new InspectionModel();
  private readonly memory = new MemoryStorage();
  private readonly recorder: FlightRecorder;

  constructor(options: FlightRecorderOptions = {}) {
    this.recorder = new FlightRecorder(this.model, this.memory, options);
  }

  attach(_server: ButtplugServer): (event: Parameters<InspectionModel['inspect']>[0]) => void {
    return this.model.inspect;
  }

  /** The recording so far, as JSONL. */
  text(): string {
    return this.memory.text();
  }

  async save(path: string): Promise<void> {
    const { writeFile } = await import('node:fs/promises');
    await writeFile(path, this.text());
  }

  close(): Promise<void> {
    return this.recorder.close();
  }
}

/** Records to a file as it goes (`--inspect-record FILE` without the page). */
export class FileInspectionRecorder implements EngineInspector {
  readonly model = new InspectionModel();
  private readonly recorder: FlightRecorder;

  constructor(
    readonly path: string,
    options: FlightRecorderOptions = {},
  ) {
    this.recorder = new FlightRecorder(this.model, new FileStorage(path), options);
  }

  attach(_server: ButtplugServer): (event: Parameters<InspectionModel['inspect']>[0]) => void {
    return this.model.inspect;
  }

  close(): Promise<void> {
    return this.recorder.close();
  }
}

/**
 * Runs `body` with a fresh recorder; if it throws, saves the recording to `path` and throws again.
 * Inside a fast-check property the last run to fail is the shrunk counterexample, and its recording
 * is the one left in the file.
 */
export const recordOnFailure = async <T>(
  path: string,
  body: (recorder: InspectionRecorder) => Promise<T>,
  options: FlightRecorderOptions = {},
): Promise<T> => {
  const recorder = new InspectionRecorder(options);
  try {
    return await body(recorder);
  } catch (error) {
    await recorder.save(path);
    throw error;
  } finally {
    await recorder.close();
  }
};
