/**
 * The Lovense USB dongle's protocol: JSON messages, one per line, carried in HID reports.
 *
 * To the dongle: `{"type":"toy","func":"search"}`, `{"type":"usb","func":"stopSearch"}`,
 * `{"type":"toy","func":"statuss"}` (which toy is connected?), `{"type":"toy","func":"command",
 * "id":"<toy>","cmd":"Vibrate:5;"}`; each followed by CR LF and cut into 65-byte output reports
 * (report id 0, up to 63 bytes of text, the last byte always 0).
 * From the dongle: `{"type":"toy","func":"search","result":205}`, `{"type":"toy","func":"toyData",
 * "data":{"id":"<toy>","data":"P:37:...;"}}`, `{"type":"toy","func":"status","data":{"id":"<toy>",
 * "status":202}}`...; text split over input reports padded with NULs, messages ended by LF.
 */
import * as Either from 'effect/Either';
import * as Schema from 'effect/Schema';

/** The `result` / `status` codes the dongle answers with. */
export const DongleResult = {
  DongleInitialized: 100,
  CommandSuccess: 200,
  ToyConnecting: 201,
  ToyConnected: 202,
  SearchStarted: 205,
  SearchStopped: 206,
  MalformedMessage: 400,
  ToyConnectionFailed: 402,
  ToyDisconnected: 403,
  ToyNotFound: 404,
  SearchInterrupted: 501,
} as const;

export const DongleOutgoing = Schema.Struct({
  type: Schema.Literal('usb', 'toy'),
  func: Schema.Literal('reset', 'init', 'search', 'stopSearch', 'statuss', 'command', 'connect'),
  id: Schema.optional(Schema.String),
  cmd: Schema.optional(Schema.String),
});
export type DongleOutgoing = typeof DongleOutgoing.Type;

export const DongleIncoming = Schema.Struct({
  type: Schema.Literal('usb', 'toy'),
  /** `search`, `stopSearch`, `status`, `toyData`, `error`...; unknown ones are ignored by the manager. */
  func: Schema.String,
  id: Schema.optional(Schema.String),
  result: Schema.optional(Schema.Number),
  data: Schema.optional(
    Schema.Struct({
      id: Schema.optional(Schema.String),
      data: Schema.optional(Schema.String),
      status: Schema.optional(Schema.Number),
    }),
  ),
  message: Schema.optional(Schema.String),
});
export type DongleIncoming = typeof DongleIncoming.Type;

const REPORT_LENGTH = 65;
const TEXT_PER_REPORT = 63;
/** A line this long without an end is noise, not a message. */
const MAX_PENDING_TEXT = 4_096;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A message as the output reports that carry it to the dongle. */
export const encodeDongleMessage = (message: DongleOutgoing): number[][] => {
  const bytes = encoder.encode(`${JSON.stringify(message)}\r\n`);
  const reports: number[][] = [];
  for (let offset = 0; offset < bytes.length; offset += TEXT_PER_REPORT) {
    const report = new Array<number>(REPORT_LENGTH).fill(0);
    bytes.subarray(offset, offset + TEXT_PER_REPORT).forEach((byte, i) => (report[i + 1] = byte));
    reports.push(report);
  }
  return reports;
};

/** Adds an input report to the text received so far; returns the complete lines and what is left. */
export const appendDongleReport = (pending: string, report: Uint8Array): { pending: string; lines: string[] } => {
  const text = pending + decoder.decode(report.filter((byte) => byte !== 0));
  const parts = text.split('\n');
  const rest = parts.pop()!;
  return {
    pending: rest.length > MAX_PENDING_TEXT ? '' : rest,
    lines: parts.map((line) => line.trim()).filter((line) => line !== ''),
  };
};

/** One line from the dongle as a message, or undefined when it is not one. Never throws. */
export const parseDongleLine = (line: string): DongleIncoming | undefined => {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return undefined;
  }
  return Either.getOrUndefined(Schema.decodeUnknownEither(DongleIncoming)(json));
};
