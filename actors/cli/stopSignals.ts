/**
 * The signals that stop the command line: every terminating signal it can catch stops every device
 * first, then exits. (SIGKILL and SIGSTOP cannot be caught; a supervisor sending SIGKILL has chosen to
 * leave devices as they are.)
 */
import type { HangUpPolicy } from './hangUp.js';

export const stopSignals = (hangUp: HangUpPolicy, platform: NodeJS.Platform = process.platform): NodeJS.Signals[] => [
  'SIGINT',
  'SIGTERM',
  ...(platform === 'win32' ? (['SIGBREAK'] as const) : (['SIGQUIT'] as const)),
  ...(hangUp === 'stop' ? (['SIGHUP'] as const) : []),
];

/** Resolves with the first of these signals; listens only until then. */
export const nextSignal = (signals: readonly NodeJS.Signals[]): Promise<NodeJS.Signals> =>
  new Promise((resolve) => {
    const on = (signal: NodeJS.Signals) => {
      for (const other of signals) process.off(other, on);
      resolve(signal);
    };
    for (const signal of signals) process.on(signal, on);
  });
