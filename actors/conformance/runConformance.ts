/** The `buttplug-conformance` command: parse the flags, run client or server mode, resolve with the exit code. */
import { messageOf } from '../../protocols/core/errorText.js';
import { packageVersion } from '../../protocols/core/packageVersion.js';
import { conformanceHelp, parseConformanceArgs, UsageError, type ConformanceCommand } from './conformanceOptions.js';
import { processOutput, type ConformanceOutput } from './conformanceOutput.js';

export const runConformance = async (
  argv: readonly string[],
  output: ConformanceOutput = processOutput,
): Promise<number> => {
  let command: ConformanceCommand;
  try {
    command = parseConformanceArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    output.err(`buttplug-conformance: ${error.message}\n`);
    return 2;
  }
  switch (command.mode) {
    case 'help':
      output.out(conformanceHelp());
      return 0;
    case 'version':
      output.out(`buttplug-conformance ${packageVersion()}\n`);
      return 0;
    case 'client': {
      const { runClientMode } = await import('./client/runClientMode.js');
      return runClientMode(command, output).catch((error: unknown) => {
        output.err(`buttplug-conformance: ${messageOf(error)}\n`);
        return 1;
      });
    }
    case 'server': {
      const { runServerMode } = await import('./server/runServerMode.js');
      return runServerMode(command, output).catch((error: unknown) => {
        output.err(`buttplug-conformance: ${messageOf(error)}\n`);
        return 1;
      });
    }
  }
};
