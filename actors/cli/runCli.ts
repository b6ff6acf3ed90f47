/**
 * The `buttplug-actors` command: parse the flags, run the engine until a terminating signal (SIGINT,
 * SIGTERM, SIGQUIT or SIGBREAK, and SIGHUP when a terminal hung up: see hangUp.ts), then stop every
 * device and close every session before exiting (0 when that finished in time).
 *
 * If the engine fails beyond containment, or anything in the process throws that nobody caught,
 * every device is stopped from the live hardware registry and the command exits with code 1 and one
 * log line saying why, so a supervisor can restart it. Never alive but deaf.
 */
import { liveHardware } from '../../hardware/liveHardware.js';
import { messageOf } from '../../protocols/core/errorText.js';
import { errorFields, failureFields, guardedLogger, type Logger } from '../../protocols/core/logger.js';
import { packageVersion } from '../../protocols/core/packageVersion.js';
import { delay } from '../../protocols/core/timeouts.js';
import { EngineFailure } from '../engine/engineFailure.js';
import type { CliEngine } from './cliEngine.js';
import { CliError } from './cliError.js';
import { helpText, parseCli } from './cliOptions.js';
import { hangUpPolicy, listenForReload } from './hangUp.js';
import { nextSignal, stopSignals } from './stopSignals.js';

/** Stopping must finish within 2 s of the signal; leave a margin for exiting. */
const STOP_DEADLINE_MS = 1_800;

/** What nobody caught anywhere in the process: the first uncaught exception or unhandled rejection. */
const processFailure = (): { failed: Promise<unknown>; dispose(): void } => {
  let report: (error: unknown) => void = () => {};
  const failed = new Promise<unknown>((resolve) => (report = resolve));
  const onFailure = (error: unknown) => report(error);
  process.on('uncaughtException', onFailure);
  process.on('unhandledRejection', onFailure);
  return {
    failed,
    dispose: () => {
      process.off('uncaughtException', onFailure);
      process.off('unhandledRejection', onFailure);
    },
  };
};

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
  // A terminal that hung up fails every write to it: losing log lines must not stop the stop.
  const logger = guardedLogger(createCliLogger(options.logLevel, options.logJson));
  const hangUp = hangUpPolicy();
  const signals = stopSignals(hangUp);
  // Signals that arrive while starting still stop the engine, once it is up.
  const signal = nextSignal(signals);
  let engine: CliEngine | undefined;
  const stopListeningForReload = hangUp === 'reload' ? listenForReload(logger, () => engine?.reloadConfig) : () => {};
  const crash = processFailure();
  try {
    try {
      engine = await startCliEngine(options, logger);
    } catch (error) {
      if (error instanceof CliError) return fail(error);
      logger.error(errorFields(error), 'the engine could not start');
      return 1;
    }
    const outcome = await Promise.race([
      signal.then((received) => ({ kind: 'signal', received }) as const),
      // The frontend channel's Stop: an orderly stop, like a signal.
      engine.stopRequested.then((received) => ({ kind: 'signal', received }) as const),
      engine.failed.then((failure) => ({ kind: 'failure', error: failure as unknown }) as const),
      crash.failed.then((error) => ({ kind: 'failure', error }) as const),
    ]);
    if (outcome.kind === 'failure') return await exitAfterFailure(outcome.error, engine, logger);
    return await stopOnSignal(outcome.received, engine, signals, logger);
  } finally {
    stopListeningForReload();
    crash.dispose();
  }
};

/** Something failed that nothing contained: stop every device in the process, say why in one line, exit 1. */
const exitAfterFailure = async (error: unknown, engine: CliEngine, logger: Logger): Promise<number> => {
  const report = await liveHardware.stopAll();
  const what = error instanceof EngineFailure ? `the engine failed (${error.actor})` : 'an uncaught error';
  const stopped =
    report.failed.length === 0
      ? 'every device was stopped'
      : `${report.failed.length} device(s) could not be stopped: ${report.failed.map((f) => f.address).join(', ')}`;
  const cause = error instanceof EngineFailure ? error.cause : error;
  logger.error({ ...failureFields(cause), exitCode: 1 }, `exiting: ${what}: ${messageOf(cause)}; ${stopped}`);
  // Close the listeners so a supervisor can restart it at once; do not wait long for that.
  await Promise.race([engine.stop().catch(() => {}), delay(STOP_DEADLINE_MS / 2)]);
  return 1;
};

const stopOnSignal = async (
  received: string,
  engine: CliEngine,
  signals: readonly NodeJS.Signals[],
  logger: Logger,
): Promise<number> => {
  logger.info({ signal: received }, 'stopping: every device stops, every session closes');
  // A second signal while stopping: the user insists.
  void nextSignal(signals).then(() => process.exit(130));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const inTime = await Promise.race([
    engine.stop().then(() => true),
    new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), STOP_DEADLINE_MS))),
  ]);
  clearTimeout(timer);
  if (!inTime) {
    // The orderly stop is stuck: stop the hardware without it.
    const report = await liveHardware.stopAll();
    logger.error(
      { deadlineMs: STOP_DEADLINE_MS, notStopped: report.failed },
      'the engine did not stop in time; its devices were stopped directly',
    );
    return 1;
  }
  logger.info('stopped');
  return 0;
};
