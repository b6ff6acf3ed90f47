/**
 * Every vendored upstream case file as a test: the same run as
 * `npm run conformance -- specs/conformance/upstream/cases`, one test per file.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { casesForAnotherConfig } from './caseErrata.js';
import { reportLine, runCaseFile } from './runner.js';

const casesDir = fileURLToPath(new URL('./upstream/cases', import.meta.url));
const files = (await readdir(casesDir)).filter((name) => /\.ya?ml$/.test(name)).sort();

describe('conformance cases (specs/conformance/upstream/cases)', () => {
  it('finds the vendored cases', () => {
    expect(files.length).toBeGreaterThanOrEqual(109);
    for (const file of casesForAnotherConfig) expect(files, file).toContain(file);
  });

  it.each(files.filter((file) => !casesForAnotherConfig.includes(file)))('%s', { timeout: 60_000 }, async (file) => {
    const report = await runCaseFile(join(casesDir, file));
    expect(report.passed, reportLine(report)).toBe(true);
  });

  // Written for another device config than the vendored 5.55 (caseErrata.ts says why): the runner must
  // say so with the reason rather than run them. A changed file (another hash) runs, and fails here.
  it.each(casesForAnotherConfig)('%s is reported as written for another device config', async (file) => {
    const report = await runCaseFile(join(casesDir, file));
    expect(report.passed).toBe(false);
    expect(reportLine(report)).toMatch(
      new RegExp(`^SKIP ${file}: written for another device config than 5\\.55: .{40,}`),
    );
    expect(report.versions).toEqual([]);
  });
});
