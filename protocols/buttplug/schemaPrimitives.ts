/** Number and range schemas shared by every spec version's message schemas. */
import * as Schema from 'effect/Schema';

export const U32 = Schema.Int.pipe(Schema.between(0, 0xffff_ffff));
export const I32 = Schema.Int.pipe(Schema.between(-0x8000_0000, 0x7fff_ffff));

/** Ids of client requests: 1..2^32-1 (0 is reserved for server events). */
export const ClientId = Schema.Int.pipe(Schema.between(1, 0xffff_ffff));
/** Ids of server messages: 0 for events, otherwise the request's Id. */
export const ServerId = U32;

/** An inclusive `[min, max]` pair. */
export const Range = Schema.Tuple(I32, I32);

/** A float that a legacy command expects in 0..1. */
export const UnitFloat = Schema.Number.pipe(Schema.between(0, 1));
