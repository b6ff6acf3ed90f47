/** Client mode: each chosen sequence in turn, each waiting for its own client connection, then the report. */
import type { ClientModeOptions } from '../conformanceOptions.js';
import type { ConformanceOutput } from '../conformanceOutput.js';
import { ClientSequenceRun, type SequenceResult } from './clientHarness.js';
import { allPassed, formatClientReport } from './clientReport.js';
import { SEQUENCES } from './clientSequences.js';

export const runClientMode = async (options: ClientModeOptions, output: ConformanceOutput): Promise<number> => {
  const chosen = SEQUENCES.filter((sequence) => options.sequence === undefined || sequence.name === options.sequence);
  output.out(
    [
      'Buttplug Client Conformance Test Harness (buttplug-actors)',
      `  Port:     ${options.port}`,
      `  Format:   ${options.format === 'json' ? 'json' : 'stdout'}`,
      `  Sequence: ${options.sequence ?? 'all'}`,
      `  Timeout:  ${options.timeoutMs}ms`,
      `  Mode:     ${options.clientDriven ? 'client-driven' : 'harness-driven'}`,
      '',
      '',
    ].join('\n'),
  );
  const results: SequenceResult[] = [];
  for (const sequence of chosen) {
    output.out(`=== Waiting for client connection for: ${sequence.name} ===\n`);
    results.push(
      await ClientSequenceRun.run(sequence, {
        port: options.port,
        timeoutMs: options.timeoutMs,
        clientDriven: options.clientDriven,
        onListening: (url) => output.out(`    Connect to ${url}\n`),
      }),
    );
  }
  const report = { sequences: results };
  output.out(formatClientReport(report, options.format));
  return allPassed(report) ? 0 : 1;
};
