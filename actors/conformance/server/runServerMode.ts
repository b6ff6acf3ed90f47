/**
 * Server mode: first contact (handshake, scan, dial the simulated devices), then every check in turn,
 * then the Id oracle over everything that crossed every connection, then the report. Exit code 0 only
 * when no check failed.
 */
import type { ServerModeOptions } from '../conformanceOptions.js';
import type { ConformanceOutput } from '../conformanceOutput.js';
import { idsAnsweredOnce } from '../../../protocols/safety/observedRules.js';
import { messageId, messageName, type WireMessage } from '../wire.js';
import { generatedSequencesCheck } from './generatedSequences.js';
import { failed, passed, runCheck, scriptedChecks, type CheckOutcome, type ServerCheck } from './serverChecks.js';
import { formatServerReport, type CheckResult, type ServerReport } from './serverReport.js';
import { ServerTarget } from './serverTarget.js';

const idsCheck: ServerCheck = {
  id: 'ids.answered-once',
  title: 'Across every connection, each request Id is answered once; no reply carries an unknown Id',
  async run(target): Promise<CheckOutcome> {
    const toOracle = (at: number, message: WireMessage) => ({ at, name: messageName(message), id: messageId(message) });
    const problems = target.connections.flatMap((connection) =>
      idsAnsweredOnce(
        connection.sent.flatMap((sent) => sent.messages.map((message) => toOracle(sent.at, message))),
        connection.received.map((received) => toOracle(received.at, received.message)),
      ),
    );
    const unique = [...new Set(problems)];
    return unique.length
      ? failed(`${unique.slice(0, 3).join('; ')}${unique.length > 3 ? ` (and ${unique.length - 3} more)` : ''}`)
      : passed(
          `${target.connections.length} connections, ${target.connections.reduce((n, c) => n + c.sent.length, 0)} frames sent`,
        );
  },
};

const timed = async (check: ServerCheck, target: ServerTarget): Promise<CheckResult> => {
  const started = performance.now();
  const outcome = await runCheck(check, target);
  return { id: check.id, title: check.title, ...outcome, duration_ms: Math.round(performance.now() - started) };
};

export const checkServer = async (
  options: ServerModeOptions,
  onResult?: (result: CheckResult) => void,
): Promise<ServerReport> => {
  const target = new ServerTarget(options);
  const results: CheckResult[] = [];
  const record = (result: CheckResult) => {
    results.push(result);
    onResult?.(result);
  };
  try {
    const setupStarted = performance.now();
    try {
      await target.setup();
    } catch (error) {
      record({
        id: 'connect',
        title: 'The server accepts a client and a spec v4 handshake',
        status: 'fail',
        detail: (error as Error).message,
        duration_ms: Math.round(performance.now() - setupStarted),
      });
      return report(options, target, results);
    }
    const { before, after } = scriptedChecks();
    for (const check of [...before, generatedSequencesCheck, ...after]) record(await timed(check, target));
    record(await timed(idsCheck, target));
    return report(options, target, results);
  } finally {
    await target.tearDown();
  }
};

const report = (options: ServerModeOptions, target: ServerTarget, checks: CheckResult[]): ServerReport => ({
  server: options.server,
  device_server: options.deviceServer ?? null,
  server_name: target.serverInfo.name || null,
  max_ping_time: target.serverInfo.name ? target.serverInfo.maxPingTime : null,
  seed: options.seed,
  runs: options.runs,
  checks,
  passed: checks.every((check) => check.status !== 'fail'),
});

export const runServerMode = async (options: ServerModeOptions, output: ConformanceOutput): Promise<number> => {
  const result = await checkServer(options);
  output.out(formatServerReport(result, options.format));
  return result.passed ? 0 : 1;
};
