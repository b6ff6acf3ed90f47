/** Server mode's report: one line per check (human-readable), or the same as JSON. */
import type { ReportFormat } from '../conformanceOptions.js';
import type { CheckStatus } from './serverChecks.js';

export interface CheckResult {
  readonly id: string;
  readonly title: string;
  readonly status: CheckStatus;
  readonly detail: string;
  readonly duration_ms: number;
}

export interface ServerReport {
  readonly server: string;
  readonly device_server: string | null;
  readonly server_name: string | null;
  readonly max_ping_time: number | null;
  readonly seed: number;
  readonly runs: number;
  readonly checks: readonly CheckResult[];
  readonly passed: boolean;
}

const LABEL: Record<CheckStatus, string> = { pass: '[PASS]', fail: '[FAIL]', skip: '[SKIP]' };

export const count = (report: ServerReport, status: CheckStatus): number =>
  report.checks.filter((check) => check.status === status).length;

const textReport = (report: ServerReport): string => {
  const lines = [
    'Buttplug Server Conformance (buttplug-actors)',
    `  Server:       ${report.server}${report.server_name === null ? '' : ` ("${report.server_name}", MaxPingTime ${report.max_ping_time})`}`,
    `  Device port:  ${report.device_server ?? 'none (pass --device-server to check what devices receive)'}`,
    `  Generated:    ${report.runs} runs, seed ${report.seed}`,
    '',
  ];
  for (const check of report.checks) {
    lines.push(`  ${LABEL[check.status]} ${check.id}: ${check.title} (${check.duration_ms}ms)`);
    lines.push(`         ${check.status === 'skip' ? 'Not checked: ' : ''}${check.detail}`);
  }
  lines.push(
    '',
    `Results: ${count(report, 'pass')} passed, ${count(report, 'fail')} failed, ${count(report, 'skip')} not checked`,
    '',
  );
  return lines.join('\n');
};

export const formatServerReport = (report: ServerReport, format: ReportFormat): string =>
  format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : textReport(report);
