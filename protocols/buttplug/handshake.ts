/**
 * The first frame of a session: a RequestServerInfo whose fields tell the client's spec version
 * (`ProtocolVersionMajor` since v4, `MessageVersion` in v1..v3, neither in v0).
 */
import { ErrorCode, failure, type ButtplugFailure } from './errorCodes.js';
import { isRecord, parseJson, readableId } from './frame.js';
import { SPEC_VERSION_MAJOR } from './messages.js';
import type { SessionCodec } from './sessionCodec.js';

export type HandshakeResult =
  | {
      readonly ok: true;
      readonly codec: SessionCodec;
      readonly id: number;
      readonly clientName: string;
      /** Messages that followed the RequestServerInfo in the same frame. */
      readonly rest: readonly unknown[];
    }
  | { readonly ok: false; readonly id: number; readonly failure: ButtplugFailure };

/** The spec version a RequestServerInfo body announces. */
export const announcedVersion = (body: Record<string, unknown>): number => {
  const major = body['ProtocolVersionMajor'];
  if (typeof major === 'number') return major;
  const legacy = body['MessageVersion'];
  return typeof legacy === 'number' ? legacy : 0;
};

const parse = (frame: unknown) => (typeof frame === 'string' ? parseJson(frame) : { ok: true as const, value: frame });

export const readHandshake = (
  frame: unknown,
  codecFor: (version: number) => SessionCodec | undefined,
): HandshakeResult => {
  const parsed = parse(frame);
  if (!parsed.ok || !Array.isArray(parsed.value) || parsed.value.length === 0) {
    return { ok: false, id: 0, failure: failure(ErrorCode.Message, 'frame is not a JSON array of messages') };
  }
  const [first, ...rest] = parsed.value;
  const id = readableId(first);
  const body = isRecord(first) && Object.keys(first).length === 1 ? first['RequestServerInfo'] : undefined;
  if (!isRecord(body)) {
    return { ok: false, id, failure: failure(ErrorCode.Init, 'RequestServerInfo expected: the handshake comes first') };
  }
  const version = announcedVersion(body);
  const codec = Number.isInteger(version) ? codecFor(version) : undefined;
  if (!codec) {
    const reason =
      version > SPEC_VERSION_MAJOR
        ? `client speaks spec v${version}, newer than this server's v${SPEC_VERSION_MAJOR}`
        : `spec v${version} clients are not supported`;
    return { ok: false, id, failure: failure(ErrorCode.Init, reason) };
  }
  const decoded = codec.decode([first]);
  const element = decoded.ok ? decoded.elements[0] : undefined;
  if (!element || !element.ok) {
    const reason = element && !element.ok ? element.failure.message : 'invalid RequestServerInfo';
    return { ok: false, id, failure: failure(ErrorCode.Message, reason) };
  }
  const clientName = (element.message as unknown as { ClientName: string }).ClientName;
  return { ok: true, codec, id, clientName, rest };
};
