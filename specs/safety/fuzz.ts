/**
 * `npm run fuzz -- --minutes N`: the whole-engine model test (specs/safety/model) with random seeds
 * for N minutes (default 10), through the embedding API and over WebSocket in turn. On the first
 * failure it prints the seed and path to replay it, and the counterexample, and exits 1.
 *
 *   npm run fuzz -- --minutes 10
 *   npm run fuzz -- --seed 12345 --path 3:1 --variant websocket   # replay one failure
 */
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { engineProperty } from './model/engineCommands.js';
import type { Variant } from './model/engineUnderTest.js';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    seed: { type: 'string' },
    path: { type: 'string' },
    variant: { type: 'string' },
    'max-commands': { type: 'string', default: '40' },
  },
});

const minutes = Number(values.minutes);
const maxCommands = Number(values['max-commands']);
if (!Number.isFinite(minutes) || minutes <= 0) throw new Error('--minutes: expected a positive number');
const variants: Variant[] = values.variant ? [values.variant as Variant] : ['embedded', 'websocket'];

const report = <Ts>(variant: Variant, seed: number, details: fc.RunDetails<Ts>): void => {
  console.error(`\nFAILED (${variant}): seed ${seed}, path ${details.counterexamplePath ?? '?'}`);
  console.error(
    `replay: npm run fuzz -- --variant ${variant} --seed ${seed}` +
      (details.counterexamplePath ? ` --path ${details.counterexamplePath}` : ''),
  );
  console.error(fc.defaultReportMessage(details) ?? '');
  const error = details.errorInstance;
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
};

/** The batch under way, so that an error nothing caught still names the seed that replays it. */
let current: { variant: Variant; seed: number } | undefined;
const crash = (error: unknown) => {
  console.error(
    `\nFAILED: uncaught in the test process` +
      (current ? ` (${current.variant}, seed ${current.seed}, one of its runs)` : ''),
  );
  if (current) console.error(`replay: npm run fuzz -- --variant ${current.variant} --seed ${current.seed}`);
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
};
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);

const main = async (): Promise<number> => {
  if (values.seed !== undefined) {
    const seed = Number(values.seed);
    for (const variant of variants) {
      current = { variant, seed };
      const details = await fc.check(engineProperty(variant, maxCommands), {
        seed,
        ...(values.path ? { path: values.path } : {}),
        numRuns: values.path ? 1 : 20,
        endOnFailure: true,
      });
      if (details.failed) {
        report(variant, seed, details);
        return 1;
      }
      console.log(`${variant}: seed ${seed} passes`);
    }
    return 0;
  }
  const deadline = Date.now() + minutes * 60_000;
  let batches = 0;
  let runs = 0;
  while (Date.now() < deadline) {
    const variant = variants[batches % variants.length]!;
    const seed = Math.floor(Math.random() * 0x7fff_ffff);
    current = { variant, seed };
    const numRuns = 5;
    const details = await fc.check(engineProperty(variant, maxCommands), { seed, numRuns, endOnFailure: true });
    batches++;
    runs += details.numRuns;
    if (details.failed) {
      report(variant, seed, details);
      return 1;
    }
    const left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
    console.log(`${variant}: seed ${seed}, ${details.numRuns} runs passed (${runs} in all, ${left} s left)`);
  }
  console.log(`no failure in ${runs} runs (${batches} seeds) over ${minutes} minute(s)`);
  return 0;
};

process.exit(await main());
