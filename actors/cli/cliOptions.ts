/**
 * The command line: Intiface Engine's flags where they make sense (same names, same meanings), plus a
 * few of our own. One table drives both parsing (`util.parseArgs`) and `--help`.
 */
import { parseArgs } from 'node:util';
import { CliError } from './cliError.js';
import { deviceManagerRegistry } from './deviceManagers.js';
import { messageOf } from '../../protocols/core/errorText.js';
import { socketPathProblem } from '../../transports/ipcPath.js';

export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface CliOptions {
  readonly websocketPort: number;
  readonly websocketHost: string;
  readonly websocketPingIntervalMs: number;
  readonly maxFrameBytes: number;
  readonly ipcPath?: string;
  readonly concurrentSessions: boolean;
  readonly serverName: string;
  readonly maxPingTime: number;
  readonly deviceConfigFile?: string;
  readonly userDeviceConfigFile?: string;
  /** Without a user config file: where the indexes of the devices seen are kept across restarts. */
  readonly deviceIndexFile?: string;
  readonly logLevel: LogLevel;
  readonly logJson: boolean;
  /** `--use-*` flags given, without the dashes, in registry order. */
  readonly deviceManagers: readonly string[];
  readonly deviceWebsocketServerPort: number;
  /** Where the Lovense Connect app listens (`http://host:port`); found through Lovense's lookup service when absent. */
  readonly lovenseConnectAddress?: string;
  /** Names simulated devices advertise, one device each. */
  readonly simulate: readonly string[];
  /** `--websocket-client-address`: dial out to an app instead of (or, with `--websocket-port`, besides) listening. */
  readonly websocketClientAddress?: string;
  /** Set when only the client address was given: no WebSocket server listens. */
  readonly noWebsocketServer?: true;
  readonly restApiPort?: number;
  readonly frontendWebsocketPort?: number;
  readonly broadcastMdns?: true;
  readonly mdnsSuffix?: string;
  /** Intiface flags this engine accepts but does nothing for: one warning each at start. */
  readonly warnings?: readonly string[];
  /** Serve the state-visualizer page on 127.0.0.1 at this port (off when absent). */
  readonly inspectPort?: number;
  /** Record the inspection stream to this JSONL file (the flight recorder). */
  readonly inspectRecord?: string;
}

export type CliCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'listSimulated' }
  /** `--server-version`: the bare version number, as Intiface Engine prints it. */
  | { readonly kind: 'serverVersion' }
  | { readonly kind: 'run'; readonly options: CliOptions };

interface FlagSpec {
  readonly type: 'string' | 'boolean';
  readonly multiple?: boolean;
  readonly short?: string;
  /** Placeholder for the value in `--help`. */
  readonly value?: string;
  readonly help: string;
  readonly group: 'Server' | 'Devices' | 'Logging' | 'Inspector' | 'Intiface Engine compatibility' | 'Other';
}

/**
 * Intiface Engine flags that do nothing here (or do nothing upstream any more): accepted, so that
 * command lines written for Intiface keep working, each with one warning saying why it does nothing.
 */
const inertFlags: Readonly<Record<string, { readonly type: 'string' | 'boolean'; readonly warning: string }>> = {
  'use-xinput': {
    type: 'boolean',
    warning:
      '--use-xinput: XInput gamepads are not supported on this platform (no maintained XInput binding for Node.js exists); ignored',
  },
  'use-sdl-gamepad': {
    type: 'boolean',
    warning:
      '--use-sdl-gamepad: SDL gamepads are not supported by this engine: no SDL binding for Node.js ships its binaries in its npm package (@kmamal/sdl downloads them while installing, which fails offline), so there is no SDL device manager here; ignored. For real pads run Intiface Engine, or give ButtplugServer your own device manager reporting pads with transport sdlGamepad; to try the sdl-gamepad protocol, --simulate "SDL Gamepad"',
  },
  'use-lovense-dongle-serial': {
    type: 'boolean',
    warning:
      '--use-lovense-dongle-serial: Intiface Engine removed the serial Lovense dongle; ignored (use --use-lovense-dongle-hid for the HID dongle)',
  },
  repeater: {
    type: 'boolean',
    warning: '--repeater: repeater mode is not implemented (a no-op in Intiface Engine 4); ignored',
  },
  'repeater-port': { type: 'string', warning: '--repeater-port: repeater mode is not implemented; ignored' },
  'repeater-remote-address': {
    type: 'string',
    warning: '--repeater-remote-address: repeater mode is not implemented; ignored',
  },
  'allow-raw': {
    type: 'boolean',
    warning: '--allow-raw: raw device commands are not part of spec v4 (Intiface Engine dropped the flag); ignored',
  },
  'crash-reporting': {
    type: 'boolean',
    warning:
      '--crash-reporting: Intiface Engine removed crash reporting (2.0); this engine sends no crash reports; ignored',
  },
  'ipc-pipe': {
    type: 'string',
    warning:
      '--ipc-pipe: Intiface Engine removed its IPC pipe server (1.2); ignored (--ipc-path serves Buttplug on a Unix socket or Windows named pipe)',
  },
  'crash-main-thread': { type: 'boolean', warning: "--crash-main-thread: Intiface's debug-build crash test; ignored" },
  'crash-task-thread': { type: 'boolean', warning: "--crash-task-thread: Intiface's debug-build crash test; ignored" },
};

/** Names of the flags that are accepted but do nothing (for the README's flag table test). */
export const INERT_FLAGS: readonly string[] = Object.keys(inertFlags);

const flags: Readonly<Record<string, FlagSpec>> = {
  'websocket-port': {
    type: 'string',
    value: 'PORT',
    group: 'Server',
    help: 'WebSocket server port (default 12345; 0 picks a free port)',
  },
  'websocket-use-all-interfaces': {
    type: 'boolean',
    group: 'Server',
    help: 'listen on every network interface, not only 127.0.0.1',
  },
  'websocket-ping-interval': {
    type: 'string',
    value: 'MS',
    group: 'Server',
    help: 'WebSocket keepalive: ping clients this often, drop those that miss a pong (default 10000; 0 = off)',
  },
  'max-frame-size': {
    type: 'string',
    value: 'BYTES',
    group: 'Server',
    help: 'largest frame accepted (default 1048576); larger ones get Error code 3',
  },
  'ipc-path': {
    type: 'string',
    value: 'PATH',
    group: 'Server',
    help: 'also serve local clients on this Unix socket / Windows named pipe (newline-delimited JSON)',
  },
  'concurrent-sessions': {
    type: 'boolean',
    group: 'Server',
    help: 'let several clients connect at once, each with its own devices (default: one client at a time)',
  },
  'server-name': {
    type: 'string',
    value: 'NAME',
    group: 'Server',
    help: 'name reported to clients (default "Buttplug Actors")',
  },
  'max-ping-time': {
    type: 'string',
    value: 'MS',
    group: 'Server',
    help: 'clients must Ping within this or every device stops (default 0 = off)',
  },
  'websocket-client-address': {
    type: 'string',
    value: 'URL',
    group: 'Server',
    help: 'dial out to an app at ws://host:port and serve it, reconnecting with backoff (no server listens unless --websocket-port is given too)',
  },
  'rest-api-port': {
    type: 'string',
    value: 'PORT',
    group: 'Server',
    help: "also serve Intiface's REST API (/api/v1) and ours (/api/v2, OpenAPI at /api/v2/openapi.json) on this port",
  },
  'frontend-websocket-port': {
    type: 'string',
    value: 'PORT',
    group: 'Server',
    help: "report the engine's status to a GUI as Intiface EngineMessage JSON on ws://127.0.0.1:PORT (it may send Stop)",
  },
  'broadcast-server-mdns': {
    type: 'boolean',
    group: 'Server',
    help: 'advertise the server on the local network over mDNS (_intiface_engine._tcp; needs --websocket-use-all-interfaces)',
  },
  'mdns-suffix': {
    type: 'string',
    value: 'NAME',
    group: 'Server',
    help: 'mDNS instance name "Intiface NAME" (default: 6 random characters)',
  },
  simulate: {
    type: 'string',
    multiple: true,
    value: 'NAME',
    group: 'Devices',
    help: 'add a simulated device: a product name ("Lovense Edge") or what it advertises (LVS-Edge); repeatable',
  },
  'list-simulated': {
    type: 'boolean',
    group: 'Devices',
    help: 'list the devices --simulate can stand for, and exit (also: --simulate help)',
  },
  ...Object.fromEntries(
    Object.entries(deviceManagerRegistry).map(([flag, entry]): [string, FlagSpec] => [
      flag,
      { type: 'boolean', group: 'Devices', help: `find ${entry.help}` },
    ]),
  ),
  'device-websocket-server-port': {
    type: 'string',
    value: 'PORT',
    group: 'Devices',
    help: 'port of the device WebSocket server (default 54817)',
  },
  'lovense-connect-address': {
    type: 'string',
    value: 'URL',
    group: 'Devices',
    help: "the Lovense Connect app, e.g. http://192.168.1.23:30010 (default: ask Lovense's lookup service)",
  },
  'device-config-file': {
    type: 'string',
    value: 'FILE',
    group: 'Devices',
    help: 'device configuration file, upstream v4 JSON (replaces the built-in database)',
  },
  'user-device-config-file': {
    type: 'string',
    value: 'FILE',
    group: 'Devices',
    help: 'user device configuration file, upstream v4 JSON (allow/deny, names, limits, serial ports, WebSocket device names); each new device and its index are written back to it',
  },
  'device-index-file': {
    type: 'string',
    value: 'FILE',
    group: 'Devices',
    help: 'without a user device config file: keep the devices seen and their indexes in FILE (same format; created when missing), so a device keeps its index after a restart',
  },
  'inspect-port': {
    type: 'string',
    value: 'PORT',
    group: 'Inspector',
    help: 'serve the state-visualizer page on 127.0.0.1 at PORT (0 picks a free port); the URL with its token is printed',
  },
  'inspect-record': {
    type: 'string',
    value: 'FILE',
    group: 'Inspector',
    help: 'record every actor, transition and event to FILE as JSONL (bounded: 64 MiB in FILE and FILE.1); replay it in the page',
  },
  log: { type: 'string', value: 'LEVEL', group: 'Logging', help: `log level: ${LOG_LEVELS.join(', ')} (default info)` },
  'log-json': { type: 'boolean', group: 'Logging', help: 'log JSON lines instead of human-readable text' },
  ...Object.fromEntries(
    Object.entries(inertFlags).map(([flag, entry]): [string, FlagSpec] => [
      flag,
      {
        type: entry.type,
        ...(entry.type === 'string' ? { value: 'VALUE' } : {}),
        group: 'Intiface Engine compatibility',
        help: 'accepted and ignored, with a warning',
      },
    ]),
  ),
  'use-lovense-dongle': {
    type: 'boolean',
    group: 'Intiface Engine compatibility',
    help: 'the old name of --use-lovense-dongle-hid (works, with a warning)',
  },
  version: { type: 'boolean', group: 'Other', help: 'print the version and exit' },
  'server-version': { type: 'boolean', group: 'Other', help: 'print the bare version number and exit' },
  help: { type: 'boolean', short: 'h', group: 'Other', help: 'print this help and exit' },
};

const integerFlag = (
  values: Record<string, unknown>,
  flag: string,
  fallback: number,
  min: number,
  max: number,
): number => {
  const raw = values[flag];
  if (raw === undefined) return fallback;
  const text = String(raw);
  const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new CliError(`--${flag}: expected an integer from ${min} to ${max}, got ${JSON.stringify(text)}`);
  }
  return value;
};

const nonEmpty = (values: Record<string, unknown>, flag: string): string | undefined => {
  const raw = values[flag];
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string' || raw.trim() === '') throw new CliError(`--${flag}: expected a value, got an empty one`);
  return raw;
};

/** parseArgs' own errors are long; keep one line that names the flag. */
const usageError = (error: unknown): CliError => {
  const message = messageOf(error);
  const code = (error as { code?: string }).code;
  const flag = /'(-[^' ]+)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
    return new CliError(`${flag ?? 'unknown flag'}: unknown flag (see --help)`);
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const argument = /'([^']*)'/.exec(message)?.[1];
    return new CliError(`unexpected argument ${JSON.stringify(argument ?? '')} (every option is a --flag; see --help)`);
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && flag) {
    return new CliError(
      flags[flag.replace(/^-+/, '')]?.type === 'boolean' ? `${flag}: takes no value` : `${flag}: needs a value`,
    );
  }
  return new CliError(message.split('\n')[0]!);
};

export const parseCli = (argv: readonly string[]): CliCommand => {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: Object.fromEntries(
        Object.entries(flags).map(([flag, spec]) => [
          flag,
          {
            type: spec.type,
            ...(spec.multiple ? { multiple: true } : {}),
            ...(spec.short ? { short: spec.short } : {}),
          },
        ]),
      ),
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw usageError(error);
  }
  if (values['help']) return { kind: 'help' };
  if (values['version']) return { kind: 'version' };
  if (values['server-version']) return { kind: 'serverVersion' };
  if (values['list-simulated'] || ((values['simulate'] as string[] | undefined) ?? []).includes('help'))
    return { kind: 'listSimulated' };

  // Intiface's --log takes tracing's level names, in any case.
  const logLevel = typeof values['log'] === 'string' ? values['log'].toLowerCase() : 'info';
  if (!LOG_LEVELS.includes(logLevel as LogLevel)) {
    throw new CliError(`--log: expected one of ${LOG_LEVELS.join(', ')}, got ${JSON.stringify(logLevel)}`);
  }
  const simulate = (values['simulate'] as string[] | undefined) ?? [];
  if (simulate.some((name) => name.trim() === ''))
    throw new CliError('--simulate: expected a device name, got an empty one');
  const ipcPath = nonEmpty(values, 'ipc-path');
  const ipcPathProblem = ipcPath === undefined ? undefined : socketPathProblem(ipcPath);
  if (ipcPathProblem) throw new CliError(`--ipc-path: ${ipcPathProblem}`);
  const deviceConfigFile = nonEmpty(values, 'device-config-file');
  const userDeviceConfigFile = nonEmpty(values, 'user-device-config-file');
  const deviceIndexFile = nonEmpty(values, 'device-index-file');
  if (deviceIndexFile !== undefined && userDeviceConfigFile !== undefined) {
    throw new CliError(
      '--device-index-file: not needed with --user-device-config-file (device indexes are written to that file)',
    );
  }
  const lovenseConnectAddress = nonEmpty(values, 'lovense-connect-address');
  const inspectRecord = nonEmpty(values, 'inspect-record');
  const inspectPort =
    values['inspect-port'] !== undefined ? integerFlag(values, 'inspect-port', 0, 0, 65535) : undefined;
  if (lovenseConnectAddress !== undefined && !/^https?:\/\/[^/\s]+/.test(lovenseConnectAddress)) {
    throw new CliError(
      `--lovense-connect-address: expected an address like http://192.168.1.23:30010, got ${JSON.stringify(lovenseConnectAddress)}`,
    );
  }
  // Intiface's older name for the HID dongle: honoured, with a word about the current name.
  const deviceManagers = Object.keys(deviceManagerRegistry).filter(
    (flag) => values[flag] === true || (flag === 'use-lovense-dongle-hid' && values['use-lovense-dongle'] === true),
  );
  if (values['concurrent-sessions'] === true && deviceManagers.includes('use-device-websocket-server')) {
    throw new CliError(
      '--use-device-websocket-server: cannot be combined with --concurrent-sessions (every session would need its own device port)',
    );
  }
  const websocketClientAddress = nonEmpty(values, 'websocket-client-address');
  if (websocketClientAddress !== undefined && !/^wss?:\/\/[^/\s]+/.test(websocketClientAddress)) {
    throw new CliError(
      `--websocket-client-address: expected an address like ws://127.0.0.1:12345, got ${JSON.stringify(websocketClientAddress)}`,
    );
  }
  const restApiPort =
    values['rest-api-port'] !== undefined ? integerFlag(values, 'rest-api-port', 0, 0, 65535) : undefined;
  if (restApiPort !== undefined && values['concurrent-sessions'] === true) {
    throw new CliError(
      '--rest-api-port: cannot be combined with --concurrent-sessions (the REST API drives the one shared engine)',
    );
  }
  const frontendWebsocketPort =
    values['frontend-websocket-port'] !== undefined
      ? integerFlag(values, 'frontend-websocket-port', 0, 0, 65535)
      : undefined;
  const mdnsSuffix = nonEmpty(values, 'mdns-suffix');
  if (mdnsSuffix !== undefined && !/^[\p{L}\p{N} _.-]{1,40}$/u.test(mdnsSuffix)) {
    throw new CliError(
      `--mdns-suffix: expected up to 40 letters, digits, spaces, dots, dashes or underscores, got ${JSON.stringify(mdnsSuffix)}`,
    );
  }
  const warnings = Object.entries(inertFlags)
    .filter(([flag]) => values[flag] !== undefined)
    .map(([, entry]) => entry.warning);
  if (values['use-lovense-dongle'] === true)
    warnings.push(
      '--use-lovense-dongle: the old name of --use-lovense-dongle-hid; using the HID dongle (pass the new name)',
    );
  if (mdnsSuffix !== undefined && values['broadcast-server-mdns'] !== true)
    warnings.push('--mdns-suffix: ignored without --broadcast-server-mdns');
  return {
    kind: 'run',
    options: {
      websocketPort: integerFlag(values, 'websocket-port', 12345, 0, 65535),
      websocketHost: values['websocket-use-all-interfaces'] ? '0.0.0.0' : '127.0.0.1',
      websocketPingIntervalMs: integerFlag(values, 'websocket-ping-interval', 10_000, 0, 3_600_000),
      maxFrameBytes: integerFlag(values, 'max-frame-size', 1024 * 1024, 64, 256 * 1024 * 1024),
      concurrentSessions: values['concurrent-sessions'] === true,
      serverName: nonEmpty(values, 'server-name') ?? 'Buttplug Actors',
      maxPingTime: integerFlag(values, 'max-ping-time', 0, 0, 2 ** 31 - 1),
      logLevel: logLevel as LogLevel,
      logJson: values['log-json'] === true,
      deviceManagers,
      deviceWebsocketServerPort: integerFlag(values, 'device-websocket-server-port', 54817, 1, 65535),
      simulate,
      ...(ipcPath !== undefined ? { ipcPath } : {}),
      ...(deviceConfigFile !== undefined ? { deviceConfigFile } : {}),
      ...(userDeviceConfigFile !== undefined ? { userDeviceConfigFile } : {}),
      ...(deviceIndexFile !== undefined ? { deviceIndexFile } : {}),
      ...(lovenseConnectAddress !== undefined ? { lovenseConnectAddress } : {}),
      ...(websocketClientAddress !== undefined ? { websocketClientAddress } : {}),
      ...(websocketClientAddress !== undefined && values['websocket-port'] === undefined
        ? { noWebsocketServer: true as const }
        : {}),
      ...(restApiPort !== undefined ? { restApiPort } : {}),
      ...(frontendWebsocketPort !== undefined ? { frontendWebsocketPort } : {}),
      ...(values['broadcast-server-mdns'] === true ? { broadcastMdns: true as const } : {}),
      ...(mdnsSuffix !== undefined && values['broadcast-server-mdns'] === true ? { mdnsSuffix } : {}),
      ...(warnings.length > 0 ? { warnings } : {}),
      ...(inspectPort !== undefined ? { inspectPort } : {}),
      ...(inspectRecord !== undefined ? { inspectRecord } : {}),
    },
  };
};

export const helpText = (): string => {
  const rows = Object.entries(flags).map(([flag, spec]) => ({
    group: spec.group,
    left: `${spec.short ? `-${spec.short}, ` : ''}--${flag}${spec.value ? ` ${spec.value}` : ''}`,
    help: spec.help,
  }));
  const width = Math.max(...rows.map((row) => row.left.length)) + 2;
  const groups = [...new Set(rows.map((row) => row.group))];
  return [
    'Usage: buttplug-actors [options]',
    '',
    'A Buttplug server (message spec v4). Applications connect over WebSocket, by default at',
    'ws://127.0.0.1:12345. Example: buttplug-actors --websocket-port 12345 --simulate "Lovense Edge"',
    ...groups.flatMap((group) => [
      '',
      `${group}:`,
      ...rows.filter((row) => row.group === group).map((row) => `  ${row.left.padEnd(width)}${row.help}`),
    ]),
    '',
    'Exit codes: 0 after SIGINT/SIGTERM (every device stopped), 1 on a runtime failure, 2 on bad usage.',
    '',
  ].join('\n');
};
