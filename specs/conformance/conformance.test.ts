/**
 * Every case file in ../shared/conformance/cases (when that folder exists) as a test: the same run
 * as `npm run conformance -- ../shared/conformance/cases`, one test per file.
 *
 * Cases whose device no implemented protocol takes yet are left out here (the CLI reports them as
 * failures); once every protocol with a case exists, every file runs.
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createDeviceConfig, matchProtocols } from '../../protocols/config/deviceConfig.js';
import { builtinProtocols } from '../../protocols/devices/index.js';
import { loadCase } from './caseFile.js';
import { loadUserConfig } from './configFiles.js';
import { reportLine, runCaseFile } from './runner.js';

const casesDir = fileURLToPath(new URL('../../../shared/conformance/cases', import.meta.url));

const hasImplementedProtocol = async (file: string): Promise<boolean> => {
  const testCase = await loadCase(join(casesDir, file)).catch(() => undefined);
  // A case that does not even load is a failure the run reports.
  if (!testCase) return true;
  const base = builtinProtocols.map((protocol) => protocol.config);
  const user = testCase.userDeviceConfigFile
    ? await loadUserConfig(join(casesDir, 'config', testCase.userDeviceConfigFile), base).catch(() => ({}))
    : {};
  const config = createDeviceConfig(base, user);
  return testCase.devices.every(
    (device) => matchProtocols(config, { transport: 'btle', name: device.name, address: device.address ?? 'any' }).length > 0,
  );
};

const files = existsSync(casesDir) ? (await readdir(casesDir)).filter((name) => /\.ya?ml$/.test(name)).sort() : [];
const runnable: string[] = [];
for (const file of files) if (await hasImplementedProtocol(file)) runnable.push(file);

describe.runIf(runnable.length > 0)('conformance cases (../shared/conformance/cases)', () => {
  it.each(runnable)('%s', async (file) => {
    const report = await runCaseFile(join(casesDir, file));
    expect(report.passed, reportLine(report)).toBe(true);
  });
});
