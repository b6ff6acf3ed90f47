/** The body of `/api/v2` output requests, as the Effect schema the routes validate with and the OpenAPI document shows. */
import { Schema } from 'effect';

const Fraction = Schema.Number.pipe(Schema.between(-1, 1));
const Steps = Schema.Int.pipe(Schema.between(-0x7fff_ffff, 0x7fff_ffff));
const DurationMs = Schema.Int.pipe(Schema.between(0, 0xffff_ffff));

/** The body of an output request: a fraction of the range (`level`) or raw `steps`; a duration for HwPositionWithDuration. */
export const OutputBody = Schema.Union(
  Schema.Struct({ level: Fraction, durationMs: Schema.optional(DurationMs) }),
  Schema.Struct({ steps: Steps, durationMs: Schema.optional(DurationMs) }),
);
export type OutputBody = typeof OutputBody.Type;
