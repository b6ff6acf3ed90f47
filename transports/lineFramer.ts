/**
 * The IPC framing: newline-delimited frames. Each frame is one JSON array as UTF-8 text followed by a
 * single "\n" (0x0A). JSON text never holds a raw newline (newlines inside strings are escaped as
 * `\n`), so no other escaping is needed; frames must be sent compact, not pretty-printed. A "\r"
 * before the "\n" is dropped and blank lines are skipped.
 *
 * The framer turns a byte stream, cut anywhere, back into frames. A frame longer than the limit is
 * discarded as it arrives (memory stays bounded) and reported once, when its "\n" comes.
 */
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

export type LineEvent =
  | { readonly type: 'frame'; readonly text: string }
  /** A frame was dropped because it was longer than the limit. */
  | { readonly type: 'tooLarge'; readonly bytes: number }
  /** A frame was dropped because it was not valid UTF-8. */
  | { readonly type: 'invalidUtf8' };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 bytes as text, or undefined when they are not valid UTF-8. */
export const decodeUtf8 = (bytes: Uint8Array): string | undefined => {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return undefined;
  }
};

/** One frame on the wire. */
export const encodeLine = (text: string): string => `${text}\n`;

export class LineFramer {
  private chunks: Uint8Array[] = [];
  private buffered = 0;
  /** Bytes of an oversized frame thrown away so far; undefined while the current frame fits. */
  private discarded: number | undefined;

  constructor(readonly maxFrameBytes: number) {}

  /** Feeds the next bytes of the stream; returns every frame they complete. */
  push(chunk: Uint8Array): LineEvent[] {
    const events: LineEvent[] = [];
    let start = 0;
    for (let newline = chunk.indexOf(NEWLINE); newline !== -1; newline = chunk.indexOf(NEWLINE, start)) {
      this.append(chunk.subarray(start, newline));
      const event = this.finishLine();
      if (event) events.push(event);
      start = newline + 1;
    }
    this.append(chunk.subarray(start));
    return events;
  }

  private append(part: Uint8Array): void {
    if (part.length === 0) return;
    if (this.discarded !== undefined) {
      this.discarded += part.length;
      return;
    }
    this.buffered += part.length;
    // Copy: the caller may reuse its buffer.
    this.chunks.push(Uint8Array.from(part));
    if (this.buffered > this.maxFrameBytes + 1) {
      // (+1: a trailing "\r" does not count against the limit.)
      this.discarded = this.buffered;
      this.chunks = [];
      this.buffered = 0;
    }
  }

  private finishLine(): LineEvent | undefined {
    if (this.discarded !== undefined) {
      const bytes = this.discarded;
      this.discarded = undefined;
      return { type: 'tooLarge', bytes };
    }
    let line = concat(this.chunks, this.buffered);
    this.chunks = [];
    this.buffered = 0;
    if (line[line.length - 1] === CARRIAGE_RETURN) line = line.subarray(0, -1);
    if (line.length > this.maxFrameBytes) return { type: 'tooLarge', bytes: line.length };
    const text = decodeUtf8(line);
    if (text === undefined) return { type: 'invalidUtf8' };
    return text.trim() === '' ? undefined : { type: 'frame', text };
  }
}

const concat = (chunks: readonly Uint8Array[], length: number): Uint8Array => {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
};
