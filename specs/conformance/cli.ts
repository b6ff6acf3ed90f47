/**
 * `npm run conformance -- <dir>`: replays every case file in a directory, one line per file
 * (`PASS file` / `FAIL file: first difference`), then `N passed, M failed`. Exit code 1 on failures.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { reportLine, runCaseFile } from './runner.js';
import { messageOf } from '../../protocols/core/errorText.js';

const caseFiles = async (dir: string): Promise<string[]> =>
  (await readdir(dir))
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(dir, name));

const main = async (): Promise<number> => {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: npm run conformance -- <directory of case files>');
    return 2;
  }
  let files: string[];
  try {
    files = await caseFiles(dir);
  } catch (error) {
    console.error(`cannot read ${dir}: ${messageOf(error)}`);
    return 2;
  }
  let passed = 0;
  let otherConfig = 0;
  for (const file of files) {
    const report = await runCaseFile(file);
    if (report.passed) passed++;
    if (report.notApplicable) otherConfig++;
    console.log(reportLine(report));
  }
  const failed = files.length - passed - otherConfig;
  const notRun = otherConfig ? `, ${otherConfig} written for another device config (not run)` : '';
  console.log(`${passed} passed, ${failed} failed${notRun}`);
  return failed === 0 ? 0 : 1;
};

process.exitCode = await main();
