/**
 * Every vendored upstream case file as a test: the same run as
 * `npm run conformance -- specs/conformance/upstream/cases`, one test per file.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { reportLine, runCaseFile } from './runner.js';

const casesDir = fileURLToPath(new URL('./upstream/cases', import.meta.url));
const files = (await readdir(casesDir)).filter((name) => /\.ya?ml$/.test(name)).sort();

describe('conformance cases (specs/conformance/upstream/cases)', () => {
  it('finds the vendored cases', () => expect(files.length).toBeGreaterThanOrEqual(97));

  it.each(files)('%s', { timeout: 60_000 }, async (file) => {
    const report = await runCaseFile(join(casesDir, file));
    expect(report.passed, reportLine(report)).toBe(true);
  });
});
