/**
 * The bounds every client frame must keep, whatever the transport (WebSocket, IPC, embedded), checked
 * before the frame is parsed or decoded. A frame over a bound is answered with one `Error` (code 3)
 * carrying the Id of the message at fault when it can be read safely, else 0; the session lives on.
 *
 * The bounds are far above anything a real client sends (a frame of OutputCmds for every feature of
 * many devices is a few dozen messages, a few levels deep) and low enough that the work and memory
 * one frame costs are small and fixed.
 */
import { checkJsonText, checkJsonValue, type JsonLimits, type JsonLimitViolation } from '../core/boundedJson.js';
import { ErrorCode, failure, type ButtplugFailure } from './errorCodes.js';
import { MAX_FRAME_DEPTH, parseJson, readableId } from './frame.js';

export type FrameLimits = JsonLimits;

export const defaultFrameLimits: FrameLimits = {
  maxDepth: MAX_FRAME_DEPTH,
  maxTopLevelElements: 1024,
  maxElements: 1024,
  maxStringLength: 1024,
  maxValues: 1 << 20,
};

/** A frame within bounds, parsed when it was text (so nothing parses it twice), or why it is refused. */
export type BoundedFrame =
  | { readonly ok: true; readonly frame: unknown }
  | { readonly ok: false; readonly id: number; readonly failure: ButtplugFailure };

const refused = (violation: JsonLimitViolation, id: number): BoundedFrame => ({
  ok: false,
  id,
  failure: failure(ErrorCode.Message, `frame refused: ${violation.message}`),
});

const onlyDepth = (limits: FrameLimits): FrameLimits => ({
  ...limits,
  maxTopLevelElements: Infinity,
  maxElements: Infinity,
  maxStringLength: Infinity,
});

/** The Id of the message at fault, read only from a value that is known to be safe to parse. */
const idAt = (value: unknown, index: number | undefined): number => {
  try {
    return index !== undefined && Array.isArray(value) ? readableId(value[index]) : 0;
  } catch {
    return 0; // a hostile getter
  }
};

export const boundFrame = (frame: unknown, limits: FrameLimits = defaultFrameLimits): BoundedFrame => {
  if (typeof frame === 'string') {
    const violation = checkJsonText(frame, limits);
    if (!violation) {
      const parsed = parseJson(frame);
      // Text that is not one JSON value (several arrays back to back, or garbage) goes on as text: the codec says what it is.
      return { ok: true, frame: parsed.ok ? parsed.value : frame };
    }
    if (violation.limit === 'depth' || violation.topLevelIndex === undefined) return refused(violation, 0);
    // Over a size bound but shallow enough to parse safely: name the message at fault.
    if (checkJsonText(frame, onlyDepth(limits))) return refused(violation, 0);
    const parsed = parseJson(frame);
    return refused(violation, parsed.ok ? idAt(parsed.value, violation.topLevelIndex) : 0);
  }
  const violation = checkJsonValue(frame, limits);
  if (!violation) return { ok: true, frame };
  return refused(violation, violation.limit === 'unreadable' ? 0 : idAt(frame, violation.topLevelIndex));
};
