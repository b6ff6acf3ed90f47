/**
 * The `buttplug-actors` command: parse the flags, run the engine until SIGINT or SIGTERM, then stop
 * every device and close every session before exiting (0 when that finished in time).
 */
import { errorFields } from '../../protocols/core/logger.js';
import { packageVersion } from '../../protocols/core/packageVersion.js';
import { CliError } from './cliError.js';
import { helpText, parseCli } from './cliOptions.js';

/** Stopping must finish within 2 s of the signal; leave a margin for exiting. */
const STOP_DEADLINE_MS = 1_800;

const nextSignal = () =>
  new Promise<NodeJS.Signals>((resolve) => {
    const on = (signal: NodeJS.Signals) => {
      process.off('SIGINT', on);
      process.off('SIGTERM', on);
      resolve(signal);
    };
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
  });

export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
}

const processOutput: CliOutput = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Runs the command line; resolves with the exit code. */
export const runCli = async (argv: readonly string[], output: CliOutput = processOutput): Promise<number> => {
  const fail = (error: CliError) => {
    output.err(`buttplug-actors: ${error.message}\n`);
    return error.exitCode;
  };
  let command;
  try {
    command = parseCli(argv);
  } catch (error) {
    if (error instanceof CliError) return fail(error);
    throw error;
  }
  if (command.kind === 'help') {
    output.out(helpText());
    return 0;
  }
  if (command.kind === 'version') {
    output.out(`buttplug-actors ${packageVersion()}\n`);
    return 0;
  }
  if (command.kind === 'listSimulated') {
    output.out((await import('./simulatedDevices.js')).simulatedDeviceList());
    return 0;
  }
  if (command.kind === 'serverVersion') {
    output.out(`${packageVersion()}\n`);
    return 0;
  }

  const { options } = command;
  // Loaded only to run: --help, --version and usage errors answer at once.
  const [{ startCliEngine }, { createCliLogger }] = await Promise.all([
    import('./cliEngine.js'),
    import('./cliLogger.js'),
  ]);
  const logger = createCliLogger(options.logLevel, options.logJson);
  // Signals that arrive while starting still stop the engine, once it is up.
  const signal = nextSignal();
  let engine;
  try {
    engine = await startCliEngine(options, logger);
  } catch (error) {
    if (error instanceof CliError) return fail(error);
    logger.error(errorFields(error), 'the engine could not start');
    return 1;
  }
  // SIGHUP: with a terminal it means hang-up (the default: the process ends); without one, as for a
  // daemon, it means "reload your configuration".
  const hasTerminal = process.stdin.isTTY === true || process.stdout.isTTY === true;
  const reloadConfig = engine.reloadConfig;
  const onHangup = () => {
    logger.info('SIGHUP: reloading the user device config');
    void reloadConfig?.();
  };
  if (!hasTerminal && reloadConfig) process.on('SIGHUP', onHangup);
  const received = await Promise.race([signal, engine.stopRequested]);
  process.off('SIGHUP', onHangup);
  logger.info({ signal: received }, 'stopping: every device stops, every session closes');
  // A second signal while stopping: the user insists.
  void nextSignal().then(() => process.exit(130));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const inTime = await Promise.race([
    engine.stop().then(() => true),
    new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), STOP_DEADLINE_MS))),
  ]);
  clearTimeout(timer);
  if (!inTime) {
    logger.error({ deadlineMs: STOP_DEADLINE_MS }, 'the engine did not stop in time');
    return 1;
  }
  logger.info('stopped');
  return 0;
};
