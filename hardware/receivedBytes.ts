/**
 * What a byte-stream link (a serial line, a WebSocket) receives from its device. The link has one
 * incoming stream, so received bytes are notified on every endpoint a protocol subscribed to (`rx` as a
 * rule); with no subscription they wait, bounded, for the next read.
 */
import type { Endpoint } from '../protocols/config/endpoints.js';
import { HardwareError, type HardwareEvents } from './hardware.js';

/** Bytes kept for reads while nobody listens; older ones are dropped. */
const BACKLOG_LIMIT = 64 * 1024;

interface Reader {
  resolve(data: Uint8Array): void;
  reject(error: Error): void;
}

const concat = (chunks: readonly Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(chunks.reduce((n, chunk) => n + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
};

export class ReceivedBytes {
  private readonly subscribed = new Set<Endpoint>();
  private backlog: Uint8Array[] = [];
  private readonly readers = new Set<Reader>();
  private closedReason: string | undefined;

  constructor(private readonly events: HardwareEvents) {}

  subscribe(endpoint: Endpoint): void {
    this.subscribed.add(endpoint);
  }

  unsubscribe(endpoint: Endpoint): void {
    this.subscribed.delete(endpoint);
  }

  /** Bytes arrived from the device. */
  push(data: Uint8Array): void {
    if (this.closedReason !== undefined || data.length === 0) return;
    for (const endpoint of this.subscribed) this.events.emit({ type: 'notification', endpoint, data });
    if (this.readers.size > 0) {
      for (const reader of [...this.readers]) reader.resolve(data);
      return;
    }
    if (this.subscribed.size > 0) return;
    this.backlog.push(data);
    let size = this.backlog.reduce((n, chunk) => n + chunk.length, 0);
    while (size > BACKLOG_LIMIT && this.backlog.length > 1) size -= this.backlog.shift()!.length;
  }

  /** Everything received and not yet read, or the next bytes to arrive within `timeoutMs`. */
  read(timeoutMs: number): Promise<Uint8Array> {
    if (this.closedReason !== undefined) return Promise.reject(new HardwareError(`cannot read: ${this.closedReason}`));
    if (this.backlog.length > 0) {
      const data = concat(this.backlog);
      this.backlog = [];
      return Promise.resolve(data);
    }
    return new Promise((resolve, reject) => {
      const reader: Reader = {
        resolve: (data) => {
          clearTimeout(timer);
          this.readers.delete(reader);
          resolve(data);
        },
        reject: (error) => {
          clearTimeout(timer);
          this.readers.delete(reader);
          reject(error);
        },
      };
      const timer = setTimeout(
        () => reader.reject(new HardwareError(`nothing received within ${timeoutMs} ms`)),
        timeoutMs,
      );
      this.readers.add(reader);
    });
  }

  /** The link is gone: pending reads fail, later bytes are ignored. */
  close(reason: string): void {
    if (this.closedReason !== undefined) return;
    this.closedReason = reason;
    this.subscribed.clear();
    this.backlog = [];
    for (const reader of [...this.readers]) reader.reject(new HardwareError(`cannot read: ${reason}`));
  }
}
