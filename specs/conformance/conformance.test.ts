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

  /**
   * Not implemented yet, so these fail and are tracked as failing (it.fails turns red once they pass):
   * an SDL pad that reports a layout (`identifier.sdl_selection`) needs the hardware to hand the
   * protocol its selection, and upstream then announces the hardware name ("sdl-gamepad"), not the
   * layout's model name. The pads without a selection (test_sdl_gamepad*.yaml otherwise) pass.
   */
  const NOT_YET = [
    'test_sdl_gamepad_disabled_channel.yaml',
    'test_sdl_gamepad_main_trigger.yaml',
    'test_sdl_gamepad_triggers_only.yaml',
  ];
  it.fails.each(NOT_YET)('%s (SDL layout selection not implemented)', { timeout: 60_000 }, async (file) => {
    const report = await runCaseFile(join(casesDir, file));
    expect(report.passed, reportLine(report)).toBe(true);
  });

  it.each(files.filter((file) => !NOT_YET.includes(file)))('%s', { timeout: 60_000 }, async (file) => {
    const report = await runCaseFile(join(casesDir, file));
    // A case written for another device config is reported as such, with its reason (caseErrata.ts).
    if (report.notApplicable)
      expect(reportLine(report)).toMatch(/^SKIP .*: written for another device config than 5\.55: ./);
    else expect(report.passed, reportLine(report)).toBe(true);
  });
});
