/**
 * `npm run bench`: measures the engine against baselines measured in the same run, and writes the
 * results to BENCHMARKS.md. Numbers are ratios (engine / baseline) so they mean the same on any
 * machine; absolute figures are given for context only. Takes about a minute; shows progress.
 */
import { writeFileSync } from 'node:fs';
import { runBenchmarks } from './benchmarks.js';

const results = await runBenchmarks((line) => process.stderr.write(`${line}\n`));
writeFileSync(new URL('../../BENCHMARKS.md', import.meta.url), results);
process.stderr.write('wrote BENCHMARKS.md\n');
