/**
 * Every case file in ../shared/conformance/cases (when that folder exists) as a test: the same run
 * as `npm run conformance -- ../shared/conformance/cases`, one test per file.
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { reportLine, runCaseFile } from './runner.js';

const casesDir = fileURLToPath(new URL('../../../shared/conformance/cases', import.meta.url));
const files = existsSync(casesDir) ? (await readdir(casesDir)).filter((name) => /\.ya?ml$/.test(name)).sort() : [];

describe.runIf(files.length > 0)('conformance cases (../shared/conformance/cases)', () => {
  it.each(files)('%s', { timeout: 60_000 }, async (file) => {
    const report = await runCaseFile(join(casesDir, file));
    expect(report.passed, reportLine(report)).toBe(true);
  });
});
