/** How an engine that failed beyond containment reports it to its host (see README, "Safety"). */
import { messageOf } from '../../protocols/core/errorText.js';

export class EngineFailure extends Error {
  override readonly name = 'EngineFailure';

  constructor(
    /** The actor that failed: `deviceManager`, or `server` (the root). */
    readonly actor: string,
    cause: unknown,
  ) {
    super(`the engine failed (${actor}: ${messageOf(cause)}); every device was stopped`, { cause });
  }
}
