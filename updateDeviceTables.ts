/**
 * `npm run devices:generate`: rewrites every protocol module's device table (`protocols/devices/**\/*Devices.ts`)
 * from the vendored upstream device config, `specs/conformance/upstream/device-config/buttplug-device-config-v5.json`.
 * A table whose protocol the file no longer lists is reported, not deleted.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { formatIssue } from './protocols/config/configIssues.js';
import { parseDeviceTables } from './protocols/config/deviceConfigFile.js';
import { tableModule, tablePath } from './protocols/devices/deviceTables.js';

const root = fileURLToPath(new URL('./', import.meta.url));
const source = `${root}specs/conformance/upstream/device-config/buttplug-device-config-v5.json`;
const parsed = parseDeviceTables(JSON.parse(readFileSync(source, 'utf8')));
if (!parsed.ok) throw new Error(parsed.issues.map(formatIssue).join('\n'));

const devicesDir = `${root}protocols/devices/`;
let changed = 0;
for (const devices of parsed.value) {
  const path = `${devicesDir}${tablePath(devices.name)}`;
  const text = await format(tableModule(devices), { ...(await resolveConfig(path)), filepath: path });
  let before: string | undefined;
  try {
    before = readFileSync(path, 'utf8');
  } catch {
    before = undefined;
  }
  if (before === text) continue;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  changed++;
}
const listed = new Set(parsed.value.map((devices) => tablePath(devices.name)));
const stale = readdirSync(devicesDir, { recursive: true, encoding: 'utf8' }).filter(
  (file) => file.includes('/') && file.endsWith('Devices.ts') && !listed.has(file),
);
console.log(`${parsed.value.length} device tables, ${changed} rewritten`);
if (stale.length) console.log(`not in the device config (remove with their protocol): ${stale.join(', ')}`);
