/**
 * The whole engine, property-tested (issue 9, Must have 5): random sequences of client commands,
 * near-valid and hostile frames, device drops, write failures, slow devices, disconnects, ping
 * timeouts and shutdown, with device acknowledgements and client deliveries reordered by fast-check's
 * scheduler, against a real engine through the embedding API and over WebSocket. The invariants after
 * every step and the safety rules at the end are in ./model/engineCommands.ts.
 *
 * Fixed seeds and few runs here; `npm run fuzz -- --minutes N` runs the same property with random seeds.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { engineProperty, missedPingScript } from './model/engineCommands.js';

describe('the engine as a whole', () => {
  it('keeps every invariant through the embedding API', { timeout: 60_000 }, async () => {
    await fc.assert(engineProperty('embedded', 30), { seed: 9_001, numRuns: 6, endOnFailure: true });
  });

  it(
    'stops every device when a client misses its ping, through the embedding API (on a clock that jumps the allowance)',
    { timeout: 60_000 },
    async () => {
      await fc.assert(engineProperty('embedded', 0, fc.constant(missedPingScript())), {
        seed: 9_003,
        numRuns: 3,
        endOnFailure: true,
      });
    },
  );

  it('keeps every invariant over WebSocket', { timeout: 60_000 }, async () => {
    await fc.assert(engineProperty('websocket', 30), { seed: 9_002, numRuns: 5, endOnFailure: true });
  });
});
