/**
 * An app's own property test: for any device, any pattern and any device misbehaviour, the toy ends
 * stopped and the engine's safety rules hold. Exit code 0 when the property held, 1 with the shrunk
 * counterexample when it did not (try PLANTED_BUG=1).
 * Run: npx tsx examples/property-test-your-app/playerStops.ts
 */
import fc from 'fast-check';
import { applyFault, createTestEngine, faultSchedule, featureSet } from 'buttplug-actors/testing';
import { playPattern } from './patternPlayer.js';

const property = fc.asyncProperty(
  featureSet({ outputs: ['Vibrate', 'Rotate'], inputs: [], maxFeatures: 3 }),
  fc.array(fc.double({ min: 0.1, max: 1, noNaN: true }), { minLength: 1, maxLength: 6 }),
  faultSchedule(1, { kinds: ['disconnect', 'dropNotifications'], maxFaults: 2 }),
  async (features, levels, faults) => {
    const engine = await createTestEngine({ devices: [{ name: 'Toy', features }], websocket: false });
    try {
      const client = await engine.connectClient('pattern player');
      await engine.scan(client);
      for (const fault of faults) applyFault(engine, fault);
      await playPattern(client, levels).catch(() => {}); // a failed write may reach the app: fine
      await engine.advance(1_000); // every stop has 1 s to land
      const toy = engine.device('Toy');
      return (!toy.connected || !toy.running) && engine.safetyViolations === 0;
    } finally {
      await engine.close();
    }
  },
);

const result = await fc.check(property, { numRuns: 40, seed: Number(process.env['SEED'] ?? 2026) });
console.log(result.failed ? fc.defaultReportMessage(result) : `the toy ended stopped in ${result.numRuns} runs`);
process.exitCode = result.failed ? 1 : 0;
