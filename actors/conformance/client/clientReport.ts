/**
 * Client mode's report, in upstream's two formats: the human one (`=== Sequence: NAME ===`, one
 * `[PASS]`/`[FAIL]` line per step) and pretty-printed JSON, `{"sequences": [{"sequence_name", "steps":
 * [{"step_name", "passed", "error", "duration_ms"}], "passed"}]}`, which starts on a line of its own
 * after the header (that is how buttplug-js finds it).
 */
import type { ReportFormat } from '../conformanceOptions.js';
import type { SequenceResult } from './clientHarness.js';

export interface ClientReport {
  readonly sequences: readonly SequenceResult[];
}

export const allPassed = (report: ClientReport): boolean => report.sequences.every((sequence) => sequence.passed);

const textReport = (report: ClientReport): string =>
  report.sequences
    .map((sequence) => {
      const lines = [`=== Sequence: ${sequence.sequence_name} ===`];
      for (const step of sequence.steps) {
        lines.push(`  ${step.passed ? '[PASS]' : '[FAIL]'} ${step.step_name} (${step.duration_ms}ms)`);
        if (step.error !== null) lines.push(`         Error: ${step.error}`);
      }
      const passed = sequence.steps.filter((step) => step.passed).length;
      lines.push('', `Results: ${passed}/${sequence.steps.length} passed`, '', '');
      return lines.join('\n');
    })
    .join('');

export const formatClientReport = (report: ClientReport, format: ReportFormat): string =>
  format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : textReport(report);
