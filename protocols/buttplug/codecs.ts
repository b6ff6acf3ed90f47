/** The session codec for each spec version this server speaks. */
import type { SessionCodec } from './sessionCodec.js';
import { v4Codec } from './v4Codec.js';

const codecs: ReadonlyMap<number, SessionCodec> = new Map<number, SessionCodec>([[4, v4Codec as SessionCodec]]);

export const codecFor = (version: number): SessionCodec | undefined => codecs.get(version);

export const supportedSpecVersions = (): number[] => [...codecs.keys()].sort();
