/**
 * `npm run bench`: measures the engine against baselines measured in the same run, and writes the
 * results to BENCHMARKS.md. Numbers are ratios (engine / baseline) so they mean the same on any
 * machine; absolute figures are given for context only. Shows progress.
 *
 *   npm run bench                        every benchmark; rewrites BENCHMARKS.md
 *   npm run bench -- --fast-path         only the fast-path figures; rewrites their section
 *   npm run bench -- --check [--short]   the fast-path figures against BENCHMARKS.md; exit 1 when a
 *                                        ratio is more than 25% worse (or a safety rule broke)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { runBenchmarks } from './benchmarks.js';
import { runFastPath, type FastPathResults } from './fastPath.js';
import { fastPathSection, withFastPathSection } from './fastPathReport.js';
import { checkAgainst, formatRatio, readRatios, type CheckResult } from './figures.js';

const args = new Set(process.argv.slice(2));
const short = args.has('--short');
const progress = (line: string) => process.stderr.write(`${line}\n`);
const file = new URL('../../BENCHMARKS.md', import.meta.url);

const failures = (committed: Map<string, number>, results: FastPathResults): CheckResult[] => {
  const checked = checkAgainst(committed, results.figures);
  for (const result of checked)
    progress(
      `${result.failed ? 'WORSE' : 'ok   '} ${result.name}: ${formatRatio(result.committed)} -> ${formatRatio(result.now)}`,
    );
  return checked.filter((result) => result.failed);
};

if (args.has('--check')) {
  const committed = readRatios(readFileSync(file, 'utf8'));
  const first = await runFastPath({ short, progress });
  let failed = failures(committed, first).map((result) => result.name);
  let broken = first.facts.filter((fact) => !fact.holds).map((fact) => fact.name);
  if (failed.length > 0) {
    // Load on a shared machine can spoil one pass: a figure fails only if it fails twice.
    progress(`measuring again: ${failed.join('; ')}`);
    const second = await runFastPath({ short, progress });
    const again = new Set(failures(committed, second).map((result) => result.name));
    failed = failed.filter((name) => again.has(name));
    broken = [...broken, ...second.facts.filter((fact) => !fact.holds).map((fact) => fact.name)];
  }
  for (const name of failed) progress(`FAILED: ${name} is more than 25% worse than in BENCHMARKS.md`);
  for (const name of broken) progress(`FAILED: ${name} does not hold`);
  if (failed.length > 0 || broken.length > 0) process.exit(1);
  progress('bench check passed');
  process.exit(0);
}

if (args.has('--fast-path') || short) {
  const results = await runFastPath({ short, progress });
  writeFileSync(file, withFastPathSection(readFileSync(file, 'utf8'), fastPathSection(results, short)));
} else {
  const general = await runBenchmarks(progress);
  const results = await runFastPath({ short: false, progress });
  writeFileSync(file, withFastPathSection(general, fastPathSection(results, false)));
}
progress('wrote BENCHMARKS.md');
