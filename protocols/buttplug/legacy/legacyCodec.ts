/**
 * The session codecs for spec v0..v3: a legacy client's frames are decoded with its version's
 * schemas (a message from another version is an Error, code 3), converted to engine requests, and
 * what the engine says (v4) is converted back into that version.
 */
import { decodeFrame, decodeFrameValue, type MessageTable } from '../frame.js';
import type { SessionCodec } from '../sessionCodec.js';
import { clientMessageTable, type LegacyClientMessage, type LegacyVersion } from './legacyClientMessages.js';
import { legacyInbound } from './legacyInbound.js';
import { legacyOutbound, legacyServerInfo } from './legacyOutbound.js';
import { applyDeviceList, emptyLegacyState, type LegacySessionState } from './legacySessionState.js';

export const legacyCodec = (version: LegacyVersion): SessionCodec<LegacySessionState> => {
  const table: MessageTable = clientMessageTable(version);
  const options = { versionLabel: `spec v${version}` } as const;
  return {
    version,
    initialState: emptyLegacyState,
    decode: (frame) =>
      typeof frame === 'string' ? decodeFrame(frame, table, options) : decodeFrameValue(frame, table, options),
    serverInfo: (fields) => legacyServerInfo(version, fields),
    inbound: (message, state) => legacyInbound(message as LegacyClientMessage, state),
    outbound: (message, state) => legacyOutbound(version, message, state),
    seedDevices: (state, devices) => applyDeviceList(state, devices).state,
  };
};
