/** The session codec for each spec version this server speaks. */
import { LEGACY_VERSIONS } from './legacy/legacyClientMessages.js';
import { legacyCodec } from './legacy/legacyCodec.js';
import type { SessionCodec } from './sessionCodec.js';
import { v4Codec } from './v4Codec.js';

const codecs: ReadonlyMap<number, SessionCodec> = new Map<number, SessionCodec>([
  ...LEGACY_VERSIONS.map((version) => [version, legacyCodec(version) as SessionCodec] as const),
  [4, v4Codec as SessionCodec],
]);

export const codecFor = (version: number): SessionCodec | undefined => codecs.get(version);

export const supportedSpecVersions = (): number[] => [...codecs.keys()].sort();
