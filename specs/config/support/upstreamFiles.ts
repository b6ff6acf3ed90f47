/** The upstream device database and its summary vendored in `specs/conformance/upstream/`, for tests only. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ProtocolConfig } from '../../../protocols/config/deviceDefinitions.js';

export const sharedPath = (relative: string): string =>
  fileURLToPath(new URL(`../../conformance/upstream/${relative}`, import.meta.url));

export const fixturePath = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

export const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

export const SHIPPED_DEVICE_CONFIG = sharedPath('device-config/buttplug-device-config-v4.json');
export const SHIPPED_DEVICE_CONFIG_V5 = sharedPath('device-config/buttplug-device-config-v5.json');

export interface ProtocolSummary {
  readonly configurations: number;
  readonly models: number;
  /** File keys: `btle`, `serial`, `lovense_connect_service`... */
  readonly transports: readonly string[];
  readonly blePatterns: number;
}

/** The "All protocols" table of PROTOCOLS.md, by protocol key. */
export const protocolSummaries = (): Map<string, ProtocolSummary> => {
  const text = readFileSync(sharedPath('PROTOCOLS.md'), 'utf8');
  const table = text.slice(text.indexOf('## All protocols'));
  const rows = new Map<string, ProtocolSummary>();
  for (const line of table.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    const name = /^`([^`]+)`/.exec(cells[1] ?? '')?.[1]; // `sexverse-v5` carries a footnote mark
    if (!name) continue;
    rows.set(name, {
      configurations: Number(cells[2]),
      models: Number(cells[3]),
      transports: cells[4]!.split(',').map((t) => t.trim()),
      blePatterns: Number(cells[5]) || 0, // '–' for protocols without BLE
    });
  }
  return rows;
};

const FILE_TRANSPORT = { lovenseConnectService: 'lovense_connect_service' } as Record<string, string>;

/** Our database entry summarised the way PROTOCOLS.md counts. */
export const summarise = (protocol: ProtocolConfig): ProtocolSummary => ({
  configurations: protocol.configurations.length,
  models: protocol.configurations.length || 1,
  transports: protocol.communication.map((s) => FILE_TRANSPORT[s.transport] ?? s.transport),
  blePatterns: protocol.communication.reduce((n, s) => n + (s.transport === 'btle' ? s.names.length : 0), 0),
});
