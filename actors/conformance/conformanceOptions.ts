/**
 * The `buttplug-conformance` command line. Two modes:
 *
 * - client mode (the default): upstream's client harness flags, unchanged (`--port`, `--sequence`,
 *   `--format stdout|json`, `--timeout`, `--client-driven`), so client libraries that run upstream's
 *   Rust binary can run this one instead;
 * - server mode (`--server ws://host:port`): drives a Buttplug server and checks it against the spec.
 */
import { parseArgs } from 'node:util';
import { SEQUENCE_NAMES, type SequenceName } from './client/clientSequences.js';

export type ReportFormat = 'text' | 'json';

export interface ClientModeOptions {
  readonly mode: 'client';
  readonly port: number;
  readonly sequence?: SequenceName;
  readonly format: ReportFormat;
  readonly timeoutMs: number;
  readonly clientDriven: boolean;
}

export interface ServerModeOptions {
  readonly mode: 'server';
  readonly server: string;
  readonly deviceServer?: string;
  readonly deviceName: string;
  readonly deviceCount: number;
  readonly seed: number;
  readonly runs: number;
  readonly format: ReportFormat;
  /** How long the server gets to answer one request. */
  readonly timeoutMs: number;
}

export type ConformanceCommand =
  { readonly mode: 'help' } | { readonly mode: 'version' } | ClientModeOptions | ServerModeOptions;

/** A bad command line: one line for the user, exit code 2. */
export class UsageError extends Error {}

const flags = {
  server: { type: 'string', value: 'URL', help: 'server mode: check the Buttplug server at this WebSocket URL' },
  'device-server': {
    type: 'string',
    value: 'URL',
    help: "server mode: the server's device WebSocket port to dial as simulated devices (Intiface's --use-device-websocket-server)",
  },
  'device-name': {
    type: 'string',
    value: 'NAME',
    help: 'server mode: identifier the simulated devices announce (default LVSDevice)',
  },
  'device-count': { type: 'string', value: 'N', help: 'server mode: how many simulated devices to dial (default 2)' },
  seed: { type: 'string', value: 'N', help: 'server mode: seed of the generated sequences (default: random, printed)' },
  runs: { type: 'string', value: 'N', help: 'server mode: how many generated sequences to run (default 25)' },
  port: { type: 'string', value: 'PORT', help: 'client mode: WebSocket port to listen on (default 12345)' },
  sequence: {
    type: 'string',
    value: 'NAME',
    help: `client mode: run only this sequence (${SEQUENCE_NAMES.join(', ')})`,
  },
  'client-driven': {
    type: 'boolean',
    help: 'client mode: the client sends every message itself (otherwise the harness sends them in its name)',
  },
  format: { type: 'string', value: 'FORMAT', help: 'report format: stdout (human-readable, default) or json' },
  timeout: {
    type: 'string',
    value: 'MS',
    help: 'client mode: time per step (default 5000); server mode: time per reply (default 2000)',
  },
  help: { type: 'boolean', help: 'show this help' },
  version: { type: 'boolean', help: 'print the version' },
} as const;

const integer = (flag: string, text: string | undefined, min: number, max: number, fallback: number): number => {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value < min || value > max)
    throw new UsageError(`--${flag}: expected an integer from ${min} to ${max}, got "${text}"`);
  return value;
};

const websocketUrl = (flag: string, text: string): string => {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`--${flag}: expected a WebSocket URL such as ws://127.0.0.1:12345, got "${text}"`);
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:')
    throw new UsageError(`--${flag}: expected a ws:// or wss:// URL, got "${text}"`);
  return text;
};

const formatOf = (text: string | undefined): ReportFormat => {
  if (text === undefined || text === 'stdout' || text === 'text') return 'text';
  if (text === 'json') return 'json';
  throw new UsageError(`--format: expected stdout or json, got "${text}"`);
};

const CLIENT_ONLY = ['port', 'sequence', 'client-driven'] as const;
const SERVER_ONLY = ['device-server', 'device-name', 'device-count', 'seed', 'runs'] as const;

export const parseConformanceArgs = (argv: readonly string[]): ConformanceCommand => {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: Object.fromEntries(Object.entries(flags).map(([name, spec]) => [name, { type: spec.type }])),
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!);
  }
  if (values['help']) return { mode: 'help' };
  if (values['version']) return { mode: 'version' };
  const format = formatOf(values['format'] as string | undefined);
  const timeout = values['timeout'] as string | undefined;
  const server = values['server'] as string | undefined;
  if (server !== undefined) {
    const misplaced = CLIENT_ONLY.find((flag) => values[flag] !== undefined);
    if (misplaced) throw new UsageError(`--${misplaced} belongs to client mode; it cannot go with --server`);
    const deviceServer = values['device-server'] as string | undefined;
    return {
      mode: 'server',
      server: websocketUrl('server', server),
      ...(deviceServer !== undefined ? { deviceServer: websocketUrl('device-server', deviceServer) } : {}),
      deviceName: (values['device-name'] as string | undefined) ?? 'LVSDevice',
      deviceCount: integer('device-count', values['device-count'] as string | undefined, 1, 8, 2),
      seed: integer('seed', values['seed'] as string | undefined, 0, 2 ** 31 - 1, Math.floor(Math.random() * 2 ** 31)),
      runs: integer('runs', values['runs'] as string | undefined, 0, 10_000, 25),
      format,
      timeoutMs: integer('timeout', timeout, 100, 600_000, 2_000),
    };
  }
  const misplaced = SERVER_ONLY.find((flag) => values[flag] !== undefined);
  if (misplaced) throw new UsageError(`--${misplaced} belongs to server mode; add --server URL`);
  const sequence = values['sequence'] as string | undefined;
  if (sequence !== undefined && !(SEQUENCE_NAMES as readonly string[]).includes(sequence))
    throw new UsageError(`--sequence: unknown sequence "${sequence}"; one of ${SEQUENCE_NAMES.join(', ')}`);
  return {
    mode: 'client',
    port: integer('port', values['port'] as string | undefined, 0, 65_535, 12_345),
    ...(sequence !== undefined ? { sequence: sequence as SequenceName } : {}),
    format,
    timeoutMs: integer('timeout', timeout, 1, 600_000, 5_000),
    clientDriven: values['client-driven'] === true,
  };
};

export const conformanceHelp = (): string => {
  const lines = [
    'Usage: buttplug-conformance [client mode flags]',
    '       buttplug-conformance --server ws://HOST:PORT [server mode flags]',
    '',
    'Client mode serves simulated devices on ws://127.0.0.1:PORT and checks the Buttplug client that',
    "connects against five scripted sequences (upstream's client harness: same flags, names and JSON).",
    'Server mode connects to a Buttplug server and checks it against the spec with scripted and',
    'generated sequences. Exit code: 0 when every check passed, 1 when one failed, 2 for a bad command line.',
    '',
  ];
  const width = Math.max(
    ...Object.entries(flags).map(([name, spec]) => name.length + ('value' in spec ? spec.value.length + 1 : 0)),
  );
  for (const [name, spec] of Object.entries(flags)) {
    const left = `--${name}${'value' in spec ? ` ${spec.value}` : ''}`;
    lines.push(`  ${left.padEnd(width + 4)}${spec.help}`);
  }
  return `${lines.join('\n')}\n`;
};
